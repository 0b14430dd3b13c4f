package id.jembatan.lrs.xapi;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Generates valid xAPI statements of every shape the model allows, from a fixed seed (decision 0004: property tests
 * are seeded JUnit parameters). Extension values are JSON-native (strings, ints, booleans, maps, lists) so that a
 * statement read back from JSON equals the one written.
 */
final class StatementGenerator {

    private static final List<String> LANGUAGES = List.of("id-ID", "en-US", "en", "id", "jv", "zh-Hant-TW",
            "sr-Latn-RS", "es-419", "de-CH-1901", "en-GB-x-private", "x-whatever");
    private static final List<String> DURATIONS = List.of("PT1H30M", "P1D", "PT0.5S", "P1Y2M3DT4H5M6S", "P3W", "PT45M",
            "P0D", "PT1,5H");

    private final Random random;

    StatementGenerator(long seed) {
        this.random = new Random(seed);
    }

    static Stream<Statement> statements(long seed, int count) {
        StatementGenerator generator = new StatementGenerator(seed);
        return Stream.generate(generator::statement).limit(count);
    }

    Statement statement() {
        Statement.Builder builder = Statement.builder()
                .id(random.nextBoolean() ? uuid4() : StatementIds.forLogRow(SampleStatements.SITE,
                        random.nextInt(1_000_000)))
                .actor(actor())
                .verb(verb());
        StatementObject object = object(true);
        builder.object(object);
        if (random.nextBoolean()) {
            builder.result(result());
        }
        if (random.nextBoolean()) {
            Context context = context();
            builder.context(object instanceof Activity ? context : context.toBuilder().platform(null).build());
        }
        if (random.nextInt(4) > 0) {
            builder.timestamp(timestamp());
        }
        return builder.build();
    }

    String timestamp() {
        Instant instant = Instant.ofEpochMilli(1_500_000_000_000L + (long) (random.nextDouble() * 400_000_000_000L));
        return switch (random.nextInt(3)) {
            case 0 -> Iso8601.format(instant);
            case 1 -> Iso8601.format(instant.atOffset(ZoneOffset.ofHours(7)));
            default -> Iso8601.format(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHoursMinutes(-3, -30)));
        };
    }

    Actor actor() {
        return random.nextInt(5) == 0 ? group() : agent();
    }

    Agent agent() {
        String name = random.nextBoolean() ? "ASN " + random.nextInt(10_000) : null;
        return switch (random.nextInt(4)) {
            case 0 -> Agent.ofMbox("asn" + random.nextInt(10_000) + "@kota.go.id", name);
            case 1 -> new Agent(name, null, hex(40), null, null);
            case 2 -> new Agent(name, null, null, URI.create("https://openid.kota.go.id/u/" + random.nextInt(1000)), null);
            default -> Agent.ofAccount(SampleStatements.HOME_PAGE, nip(), name);
        };
    }

    Group group() {
        List<Agent> members = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            members.add(agent());
        }
        return random.nextBoolean() ? Group.anonymous(members)
                : new Group("Tim " + random.nextInt(100), null, null, null,
                        new Account(URI.create("https://simpeg.kota.go.id"), "tim-" + random.nextInt(100)), members);
    }

    Verb verb() {
        List<Verb> verbs = List.of(XapiProfile.COMPLETED, XapiProfile.PASSED, XapiProfile.FAILED, XapiProfile.SCORED,
                XapiProfile.ATTEMPTED, XapiProfile.REGISTERED, XapiProfile.UNREGISTERED, XapiProfile.COMPLETION_REVOKED);
        return verbs.get(random.nextInt(verbs.size()));
    }

    StatementObject object(boolean subStatementAllowed) {
        int kind = random.nextInt(subStatementAllowed ? 10 : 9);
        if (kind < 6) {
            return activity();
        }
        if (kind == 6) {
            return agent();
        }
        if (kind == 7) {
            return group();
        }
        if (kind == 8) {
            return new StatementRef(uuid4());
        }
        return new SubStatement(actor(), verb(), object(false), random.nextBoolean() ? result() : null, null,
                random.nextBoolean() ? timestamp() : null, null);
    }

    Activity activity() {
        URI id = random.nextBoolean()
                ? XapiProfile.course(SampleStatements.SITE, random.nextInt(500), null).id()
                : XapiProfile.module(SampleStatements.SITE, pick(List.of("quiz", "page", "url", "assign")),
                        random.nextInt(5000), null).id();
        if (random.nextBoolean()) {
            return Activity.of(id);
        }
        ActivityDefinition.Builder definition = ActivityDefinition.builder()
                .type(random.nextBoolean() ? XapiProfile.TYPE_COURSE : XapiProfile.TYPE_ASSESSMENT)
                .name(languageMap());
        if (random.nextBoolean()) {
            definition.description(languageMap());
        }
        if (random.nextInt(4) == 0) {
            definition.interactionType("choice").correctResponsesPattern(List.of("a"))
                    .choices(List.of(new InteractionComponent("a", languageMap()),
                            new InteractionComponent("b", languageMap())));
        }
        if (random.nextBoolean()) {
            definition.extensions(extensions());
        }
        return new Activity(id, definition.build());
    }

    Result result() {
        Result.Builder result = Result.builder();
        if (random.nextBoolean()) {
            result.score(score());
        }
        if (random.nextBoolean()) {
            result.success(random.nextBoolean());
        }
        if (random.nextBoolean()) {
            result.completion(random.nextBoolean());
        }
        if (random.nextInt(3) == 0) {
            result.response("jawaban " + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            result.duration(random.nextBoolean() ? pick(DURATIONS)
                    : Iso8601.format(Duration.ofMillis((long) (random.nextDouble() * 90_000_000L))));
        }
        if (random.nextBoolean()) {
            result.extensions(extensions());
        }
        return result.build();
    }

    Score score() {
        double min = random.nextInt(50) - 10;
        double max = min + 1 + random.nextInt(200);
        double raw = min + Math.floor(random.nextDouble() * (max - min) * 100) / 100;
        return switch (random.nextInt(3)) {
            case 0 -> Score.scaled(Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0);
            case 1 -> new Score(null, raw, min, max);
            default -> Score.ofRaw(raw, min, max);
        };
    }

    Context context() {
        Context.Builder context = XapiProfile.moodleContext(SampleStatements.SITE,
                random.nextBoolean() ? XapiProfile.course(SampleStatements.SITE, random.nextInt(100), "Kursus") : null);
        if (random.nextBoolean()) {
            context.registration(uuid4());
        }
        if (random.nextInt(4) == 0) {
            context.instructor(agent());
        }
        context.language(pick(LANGUAGES));
        context.extension(XapiProfile.EXT_JP, random.nextInt(40));
        context.extension(XapiProfile.EXT_COMPETENCY_TYPE, pick(List.of(CompetencyType.values())).value());
        return context.build();
    }

    Map<URI, Object> extensions() {
        Map<URI, Object> extensions = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            URI key = URI.create(XapiProfile.BASE + "extensions/test-" + random.nextInt(1000));
            Supplier<Object> value = switch (random.nextInt(5)) {
                case 0 -> () -> "teks " + random.nextInt(100);
                case 1 -> () -> random.nextInt(1000);
                case 2 -> random::nextBoolean;
                case 3 -> () -> Map.of("code", "4.01." + random.nextInt(10), "name", "OPD");
                default -> () -> List.of(1, "dua", true);
            };
            extensions.put(key, value.get());
        }
        return extensions;
    }

    Map<String, String> languageMap() {
        Map<String, String> map = new LinkedHashMap<>();
        int size = 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
            map.put(pick(LANGUAGES), "teks " + random.nextInt(1000));
        }
        return map;
    }

    /** A random (version 4) UUID drawn from the seeded generator, so runs repeat. */
    UUID uuid4() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    String nip() {
        return String.format("19%02d%02d%02d20%02d%02d%d%03d", random.nextInt(90) + 10, 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(2),
                random.nextInt(1000));
    }

    String hex(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
