package id.jembatan.flow.credits;

import id.jembatan.hr.Nip;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Actor;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.ContextActivities;
import id.jembatan.lrs.xapi.Group;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Pure translation of one statement read from the LRS into what {@code lrs-credits} does with it: a credit (a
 * {@code completed} or {@code passed} course), the reversal of one (a {@code voided} statement), nothing (any other
 * learning statement), or a rejection with a reason for the dead letters. Statements from our Moodle
 * ({@code docs/xapi-profile.md}) and from partners are read alike; only the provider differs.
 *
 * <p>A statement is a credit when its object is a course (activity type {@code .../activities/course}), carries a
 * JP extension, or is in the course mapping: completions of single Moodle activities (a quiz, a page) are steps of
 * a course, not training of their own. JP and type come from the context extensions, else from the mapping, else
 * the credit is held with JP unknown; they are never guessed.
 */
public final class CreditTranslator {

    /** What became of one statement. */
    public sealed interface Outcome {
    }

    /** A credit to record. */
    public record Credited(Credit credit) implements Outcome {
    }

    /**
     * The statement withdraws {@code target}: its credit, if any, is reversed. When {@code target} is no credit but a
     * step of a course (the voiding names the course as {@code context.contextActivities.parent}, as moodle-learning
     * does for an activity marked incomplete), {@code review} says which credit to flag instead; else null.
     */
    public record Voiding(UUID voidingId, UUID target, CourseReview review) implements Outcome {

        public Voiding(UUID voidingId, UUID target) {
            this(voidingId, target, null);
        }
    }

    /** A course credit of {@code nip} completed on or before {@code on} that HR should look at again, and why. */
    public record CourseReview(String nip, String courseActivityId, LocalDate on, String reason) {
    }

    /** Not a credit and not wrong: another verb, an activity step. */
    public record Skipped(String why) implements Outcome {
    }

    /** Should have been a credit but cannot be: goes to the dead letters with this reason. */
    public record Rejected(String reason) implements Outcome {
    }

    static final int MAX_TITLE = 500;
    static final int MAX_PROVIDER = 300;
    static final int MAX_SOURCE = 100;
    static final BigDecimal MAX_JP = BigDecimal.valueOf(99_999);
    private static final BigDecimal MINUTES_PER_JP = BigDecimal.valueOf(45);
    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{64}");

    private final CreditSettings settings;

    public CreditTranslator(CreditSettings settings) {
        this.settings = settings;
    }

    public Outcome translate(Statement statement) {
        if (statement.id() == null) {
            return new Rejected("Pernyataan tanpa id / statement without an id");
        }
        URI verb = statement.verb() == null ? null : statement.verb().id();
        if (XapiProfile.VOIDED.id().equals(verb)) {
            return statement.object() instanceof StatementRef ref && ref.id() != null
                    ? new Voiding(statement.id(), ref.id(), review(statement).orElse(null))
                    : new Skipped("voided without a StatementRef");
        }
        if (!XapiProfile.COMPLETED.id().equals(verb) && !XapiProfile.PASSED.id().equals(verb)) {
            return new Skipped("verb " + verb + " is not completed or passed");
        }
        if (!(statement.object() instanceof Activity activity) || activity.id() == null) {
            return new Skipped("object is not an activity");
        }
        if (statement.result() != null && (Boolean.FALSE.equals(statement.result().success())
                || Boolean.FALSE.equals(statement.result().completion()))) {
            return new Skipped("result says not successful or not complete");
        }
        String activityId = activity.id().toString();
        Map<URI, Object> extensions = statement.context() == null ? Map.of() : statement.context().extensions();
        Optional<CreditMapping.Entry> mapped = settings.mapping().lookup(activityId);
        boolean course = activity.definition() != null && XapiProfile.TYPE_COURSE.equals(activity.definition().type());
        if (!course && !extensions.containsKey(XapiProfile.EXT_JP) && mapped.isEmpty()) {
            return new Skipped("activity " + activityId + " is not a course and not in the course mapping");
        }
        NipRead nip = nip(statement.actor());
        if (nip.problem() != null) {
            return new Rejected(nip.problem());
        }
        String nipValue = nip.nip();
        Optional<Instant> when = statement.timestampInstant().or(statement::storedInstant);
        if (when.isEmpty()) {
            return new Rejected("Pernyataan tanpa timestamp / statement without a valid timestamp or stored time");
        }
        LocalDate completedOn = LocalDate.ofInstant(when.get(), settings.zone());

        BigDecimal jp;
        JpSource jpSource;
        Object jpValue = extensions.get(XapiProfile.EXT_JP);
        Optional<Duration> duration = duration(statement);
        if (jpValue != null) {
            Optional<BigDecimal> read = jp(jpValue);
            if (read.isEmpty()) {
                return new Rejected("JP dalam pernyataan tidak valid / invalid JP in the statement: '" + jpValue
                        + "' (a number from 0 to 99999 expected)");
            }
            jp = read.get();
            jpSource = JpSource.STATEMENT;
        } else if (mapped.isPresent() && mapped.get().jp() != null) {
            jp = mapped.get().jp();
            jpSource = JpSource.MAPPING;
        } else if (settings.jpFromDuration() && duration.isPresent()) {
            jp = BigDecimal.valueOf(duration.get().toMinutes()).divide(MINUTES_PER_JP, 2, RoundingMode.DOWN);
            jpSource = JpSource.STATEMENT;
        } else {
            jp = null;
            jpSource = JpSource.UNKNOWN;
        }
        CompetencyType type = extensions.get(XapiProfile.EXT_COMPETENCY_TYPE) instanceof String text
                ? CompetencyType.fromValue(text).orElse(null) : null;
        if (type == null && mapped.isPresent()) {
            type = mapped.get().competencyType();
        }
        LocalDate startedOn = duration.filter(d -> !d.isZero())
                .map(d -> LocalDate.ofInstant(when.get().minus(d), settings.zone())).orElse(null);

        boolean fromMoodle = statement.context() != null
                && (XapiProfile.PLATFORM_MOODLE.equals(statement.context().platform())
                    || extensions.containsKey(XapiProfile.EXT_MOODLE_SITE));
        String provider;
        String source;
        if (fromMoodle) {
            provider = settings.provider();
            source = "moodle:" + host(extensions.get(XapiProfile.EXT_MOODLE_SITE), activity.id());
        } else {
            String partner = partner(statement.authority()).orElse(host(null, activity.id()));
            provider = partner;
            source = "partner:" + partner;
        }
        String certificate = settings.certificates().number(statement.id(), nipValue, completedOn);
        Credit credit = new Credit(statement.id(), nipValue, activityId, cut(title(activity), MAX_TITLE), type, jp,
                jpSource, startedOn, completedOn, certificate, cut(provider, MAX_PROVIDER), cut(source, MAX_SOURCE),
                unitKerja(statement.context()));
        return new Credited(credit);
    }

    /**
     * What a voiding says about the course it names as parent: its learner's credit for that course, completed by the
     * time the LRS stored the voiding, needs review. The stored time, not the timestamp: moodle-learning's web-service
     * source stamps the voiding with the time of the completion it withdraws, before the course was completed. Empty
     * without a parent, a readable NIP or a time.
     */
    private Optional<CourseReview> review(Statement voiding) {
        ContextActivities activities = voiding.context() == null ? null : voiding.context().contextActivities();
        if (activities == null || activities.parent().isEmpty() || activities.parent().get(0).id() == null) {
            return Optional.empty();
        }
        NipRead nip = nip(voiding.actor());
        Optional<Instant> when = voiding.storedInstant().or(voiding::timestampInstant);
        if (nip.problem() != null || when.isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = LocalDate.ofInstant(when.get(), settings.zone());
        String step = activities.other().stream().filter(a -> a.id() != null).findFirst()
                .map(a -> "'" + cut(title(a), 200) + "' ").orElse("");
        String reason = "aktivitas " + step + "kursus ini ditandai belum selesai (dicatat " + on + ") / activity "
                + step + "of this course marked incomplete (recorded " + on + "), " + voiding.id();
        return Optional.of(new CourseReview(nip.nip(), activities.parent().get(0).id().toString(), on, reason));
    }

    /** The actor's NIP, or why there is none. */
    private record NipRead(String nip, String problem) {
    }

    private static NipRead nip(Actor actor) {
        if (!(actor instanceof Agent agent) || agent.account() == null || agent.account().name() == null) {
            return new NipRead(null, "Aktor tanpa akun NIP / actor without an account holding the NIP");
        }
        String name = agent.account().name();
        if (PSEUDONYM.matcher(name).matches()) {
            return new NipRead(null, "Aktor disamarkan, NIP tidak terbaca / actor is pseudonymised, the NIP cannot be"
                    + " read (jembatan.identity.pseudonymize)");
        }
        Nip.Result check = Nip.check(name);
        if (check.nip() == null) {
            return new NipRead(null, "NIP tidak valid / invalid NIP: '" + name + "' ("
                    + check.reason().message() + ")");
        }
        return new NipRead(check.nip().value(), null);
    }

    static Optional<BigDecimal> jp(Object value) {
        BigDecimal jp;
        try {
            if (value instanceof Number number) {
                jp = new BigDecimal(number.toString());
            } else if (value instanceof String text) {
                jp = new BigDecimal(text.strip());
            } else {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (jp.signum() < 0 || jp.compareTo(MAX_JP) > 0) {
            return Optional.empty();
        }
        return Optional.of(jp.setScale(Math.min(2, Math.max(0, jp.scale())), RoundingMode.HALF_UP));
    }

    private static Optional<Duration> duration(Statement statement) {
        if (statement.result() == null || statement.result().duration() == null) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(statement.result().duration());
            return duration.isNegative() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String title(Activity activity) {
        if (activity.definition() != null && !activity.definition().name().isEmpty()) {
            Map<String, String> names = activity.definition().name();
            for (String language : new String[] {"id-ID", "id", "en-US", "en"}) {
                String name = names.get(language);
                if (name != null && !name.isBlank()) {
                    return name.strip();
                }
            }
            return names.values().iterator().next().strip();
        }
        return activity.id().toString();
    }

    private static Optional<String> partner(Actor authority) {
        String name = null;
        if (authority instanceof Agent agent) {
            name = agent.name() != null ? agent.name()
                    : agent.account() != null ? agent.account().name()
                    : agent.mbox() != null ? agent.mbox().replaceFirst("^mailto:", "") : null;
        } else if (authority instanceof Group group) {
            name = group.member().stream().filter(m -> m.name() != null || m.account() != null)
                    .map(m -> m.name() != null ? m.name() : m.account().name()).findFirst().orElse(group.name());
        }
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    private static String host(Object site, URI activity) {
        if (site instanceof String text) {
            try {
                URI uri = URI.create(text);
                if (uri.getHost() != null) {
                    return uri.getHost();
                }
            } catch (IllegalArgumentException ignored) {
                // fall back to the activity's host
            }
        }
        return activity.getHost() == null ? activity.toString() : activity.getHost();
    }

    private static String unitKerja(Context context) {
        if (context == null || !(context.extensions().get(XapiProfile.EXT_UNIT_KERJA) instanceof Map<?, ?> unit)) {
            return null;
        }
        return unit.get("code") instanceof String code && !code.isBlank() ? code.strip() : null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
