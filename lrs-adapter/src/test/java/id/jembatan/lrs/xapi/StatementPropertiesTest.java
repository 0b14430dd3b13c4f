package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the model, the validator and the comparison over generated statements (seeded; see decision 0004).
 */
class StatementPropertiesTest {

    private static final int SAMPLES = 300;

    static Stream<Statement> statements() {
        return StatementGenerator.statements(20261129L, SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("statements")
    void everyGeneratedStatementIsValid(Statement statement) {
        assertThat(StatementValidator.validate(statement)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("statements")
    void everyStatementReadsBackFromItsJsonUnchanged(Statement statement) {
        Statement read = XapiJson.readStatement(XapiJson.toJson(statement));

        assertThat(read).isEqualTo(statement);
        assertThat(XapiJson.toJson(read)).isEqualTo(XapiJson.toJson(statement));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void whatAnLrsMayChangeDoesNotMakeAStatementDifferent(Statement statement) {
        Statement asStored = asAnLrsReturnsIt(statement);

        assertThat(StatementEquivalence.equivalent(statement, asStored)).isTrue();
        assertThat(StatementEquivalence.equivalent(asStored, statement)).isTrue();
    }

    static Stream<Arguments> significantChanges() {
        Map<String, UnaryOperator<Statement>> changes = new LinkedHashMap<>();
        changes.put("verb", s -> s.toBuilder().verb(s.verb().equals(XapiProfile.FAILED) ? XapiProfile.PASSED
                : XapiProfile.FAILED).build());
        changes.put("actor", s -> s.toBuilder().actor(Agent.ofAccount(SampleStatements.HOME_PAGE, "199001012020011001"))
                .build());
        changes.put("object", s -> s.toBuilder().object(Activity.of(URI.create("https://elearning.kota.go.id/other")))
                .build());
        changes.put("result", s -> s.toBuilder().result(Result.builder()
                .completion(s.result() == null || !Boolean.TRUE.equals(s.result().completion())).build()).build());
        changes.put("timestamp", s -> s.toBuilder().timestamp(s.timestampInstant()
                .orElse(Instant.parse("2025-01-01T00:00:00Z")).plusSeconds(1)).build());
        changes.put("context extension", s -> s.toBuilder().context(Context.builder()
                .extension(XapiProfile.EXT_JP, 1000).build()).build());
        List<Statement> statements = statements().limit(50).toList();
        return changes.entrySet().stream().flatMap(change -> statements.stream()
                .map(statement -> Arguments.of(change.getKey(), statement, change.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("significantChanges")
    void aChangeToAnythingElseMakesItDifferent(String what, Statement statement, UnaryOperator<Statement> change) {
        Statement changed = change.apply(statement);

        assertThat(StatementEquivalence.equivalent(statement, changed)).isFalse();
        assertThat(StatementEquivalence.equivalent(asAnLrsReturnsIt(statement), changed)).isFalse();
    }

    static Stream<Arguments> invalidatingChanges() {
        Map<String, UnaryOperator<Statement>> changes = new LinkedHashMap<>();
        changes.put("actor", s -> s.toBuilder().actor(new Agent("tanpa identitas", null, null, null, null)).build());
        changes.put("actor.account.homePage", s -> s.toBuilder()
                .actor(Agent.ofAccount(URI.create("sso"), SampleStatements.NIP)).build());
        changes.put("verb.id", s -> s.toBuilder().verb(Verb.of("selesai", Map.of())).build());
        changes.put("result.score.scaled", s -> s.toBuilder().result(Result.builder()
                .score(Score.scaled(1.0001)).build()).build());
        changes.put("result.score.raw", s -> s.toBuilder().result(Result.builder()
                .score(new Score(null, 101.0, 0.0, 100.0)).build()).build());
        changes.put("result.duration", s -> s.toBuilder().result(Result.builder().duration("01:30:00").build())
                .build());
        changes.put("timestamp", s -> s.toBuilder().timestamp(s.timestampInstant()
                .orElse(Instant.parse("2025-01-01T00:00:00Z")).toString().replace("Z", "")).build());
        changes.put("context.language", s -> s.toBuilder().context(Context.builder().language("id_ID").build())
                .build());
        List<Statement> statements = statements().limit(50).toList();
        return changes.entrySet().stream().flatMap(change -> statements.stream()
                .map(statement -> Arguments.of(change.getKey(), statement, change.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidatingChanges")
    void eachBrokenRuleIsReportedAtItsPath(String path, Statement statement, UnaryOperator<Statement> change) {
        assertThat(StatementValidator.validate(change.apply(statement))).extracting(Violation::path)
                .containsExactly(path);
    }

    static Stream<Score> scores() {
        Random random = new Random(4242L);
        List<Double> values = List.of(-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 10.0, 100.0, 101.0);
        return Stream.generate(() -> new Score(maybe(random, values), maybe(random, values), maybe(random, values),
                maybe(random, values))).limit(SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("scores")
    void aScoreIsReportedExactlyWhenItBreaksTheArithmetic(Score score) {
        boolean valid = (score.scaled() == null || (score.scaled() >= -1 && score.scaled() <= 1))
                && (score.min() == null || score.max() == null || score.min() < score.max())
                && (score.raw() == null || score.min() == null || score.raw() >= score.min())
                && (score.raw() == null || score.max() == null || score.raw() <= score.max());

        List<Violation> violations = StatementValidator.validate(SampleStatements.courseCompletion(7).toBuilder()
                .result(Result.builder().score(score).build()).build());

        assertThat(violations.isEmpty()).as("%s gave %s", score, violations).isEqualTo(valid);
        assertThat(violations).allSatisfy(violation -> assertThat(violation.path()).startsWith("result.score."));
    }

    static Stream<Arguments> instantsAndOffsets() {
        Random random = new Random(77L);
        return Stream.generate(() -> Arguments.of(
                Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1000) * 1_000_000L),
                ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800))).limit(SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("instantsAndOffsets")
    void aTimestampIsValidInAnyOffsetAndReportedWithoutOne(Instant instant, ZoneOffset offset) {
        Statement statement = SampleStatements.courseCompletion(7).toBuilder()
                .timestamp(OffsetDateTime.ofInstant(instant, offset)).build();

        assertThat(StatementValidator.validate(statement)).isEmpty();
        assertThat(statement.timestampInstant()).contains(instant);
        String local = statement.timestamp().replaceAll("(Z|[+-]\\d{2}:\\d{2})$", "");
        assertThat(StatementValidator.validate(statement.toBuilder().timestamp(local).build()))
                .extracting(Violation::message).singleElement().asString().startsWith("needs a zone offset");
    }

    static Stream<Duration> durations() {
        Random random = new Random(99L);
        return Stream.generate(() -> Duration.ofMillis((long) (random.nextDouble() * 1_000_000_000_000L)))
                .limit(SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("durations")
    void everyNonNegativeJavaDurationIsWrittenAsAValidXapiDuration(Duration duration) {
        Result result = Result.builder().duration(duration).build();

        assertThat(Iso8601.isDuration(result.duration())).as(result.duration()).isTrue();
        assertThat(Duration.parse(result.duration())).isEqualTo(duration);
    }

    /** The statement as an LRS may return it: with stored, authority and version, in another zone, reordered. */
    static Statement asAnLrsReturnsIt(Statement statement) {
        Statement.Builder stored = statement.toBuilder()
                .stored("2026-01-01T00:00:00.000Z")
                .authority(Agent.ofMbox("jembatan@lrs.kota.go.id", "Jembatan"))
                .version("1.0.0")
                .verb(new Verb(statement.verb().id(), Map.of("en-US", "other display")));
        statement.timestampInstant().ifPresent(instant -> stored.timestamp(OffsetDateTime.ofInstant(instant,
                ZoneOffset.ofHours(9)).toString()));
        if (statement.object() instanceof Activity activity) {
            stored.object(Activity.of(activity.id()));
        }
        if (statement.actor() instanceof Group group && group.member().size() > 1) {
            List<Agent> members = new ArrayList<>(group.member());
            Collections.reverse(members);
            stored.actor(new Group(group.name(), group.mbox(), group.mboxSha1sum(), group.openid(), group.account(),
                    members));
        }
        if (statement.context() != null && statement.context().extensions().get(XapiProfile.EXT_JP) instanceof Integer jp) {
            Map<URI, Object> extensions = new LinkedHashMap<>(statement.context().extensions());
            extensions.put(XapiProfile.EXT_JP, jp.doubleValue());
            stored.context(statement.context().toBuilder().extensions(extensions).build());
        }
        return stored.build();
    }

    private static Double maybe(Random random, List<Double> values) {
        return random.nextInt(4) == 0 ? null : values.get(random.nextInt(values.size()));
    }
}
