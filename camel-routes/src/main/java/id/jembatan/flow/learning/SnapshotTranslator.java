package id.jembatan.flow.learning;

import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Score;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Verb;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.GradeItemsResult.GradeItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Turns what Moodle's web services report about a learner in a course into facts, and a fact that differs from what
 * was last delivered into an xAPI statement of the project's profile (docs/xapi-profile.md): the verbs, objects and
 * context {@link LearningTranslator} gives the same events read from the log. Pure.
 *
 * <p>A fact is keyed {@code <userId>:<courseId>:<kind>} and has a value:
 * <ul>
 *   <li>{@code course}: {@code completed@<time>} once the course is completed → completed (course), with JP and
 *       competency type; a course not completed, or completed at no known time, is no fact;</li>
 *   <li>{@code module:<cmid>}: {@code <state>@<time>} for state 1 → completed, 2 → passed, 3 → failed (module);
 *       state 4, a fail hidden from the learner, counts as 3; {@code 0} (incomplete, e.g. a teacher's override)
 *       voids the statement delivered for an earlier completion of the activity, or sends nothing;</li>
 *   <li>{@code grade:<itemid>}: the raw grade → scored (module for an activity's item, else course).</li>
 * </ul>
 * The statement id is {@link StatementIds#forRecord} of a kind naming the fact and its value
 * ({@code course-completion-<time>}, {@code module-completion-<cmid>-<state>-<time>}, {@code grade-<itemid>-<grade>}),
 * so an unchanged fact always yields the same statement and a changed one a new statement.
 */
class SnapshotTranslator {

    static final String COURSE = "course";
    static final String MODULE = "module:";
    static final String GRADE = "grade:";
    static final String INCOMPLETE = "0";

    private final LearningSettings settings;

    SnapshotTranslator(LearningSettings settings) {
        this.settings = settings;
    }

    /**
     * One thing Moodle reports about a learner in a course.
     *
     * @param learner   the learner
     * @param courseId  the course
     * @param kind      {@code course}, {@code module:<cmid>} or {@code grade:<itemid>}
     * @param value     what the fact says now
     * @param statement the statement saying it; {@code null} for an incomplete activity
     * @param voidingContext for an incomplete activity, the context of the voiding it may send; else {@code null}
     */
    record Fact(Learner learner, long courseId, String kind, String value, Statement statement,
                Context voidingContext) {

        /** The key under which the fact is remembered once its statement is delivered. */
        String key() {
            return key(learner.userId(), courseId, kind);
        }

        static String key(long userId, long courseId, String kind) {
            return userId + ":" + courseId + ":" + kind;
        }
    }

    /** The facts of one reading: the course completion, then each tracked activity, then each graded item. */
    List<Fact> facts(SnapshotReading reading) {
        List<Fact> facts = new ArrayList<>();
        courseCompletion(reading).ifPresent(facts::add);
        for (ActivityCompletion activity : reading.activities()) {
            moduleCompletion(reading, activity).ifPresent(facts::add);
        }
        for (GradeItem item : reading.grades()) {
            grade(reading, item).ifPresent(facts::add);
        }
        return facts;
    }

    /**
     * What to deliver for {@code fact}, given the mark remembered when a statement about it was last delivered.
     *
     * @param sentMark {@code <value> <statementId>} as stored, or {@code null} when nothing was delivered yet
     * @return the statement with the mark to remember once it is delivered; empty when nothing needs sending
     */
    Optional<Translation.Emit> change(Fact fact, String sentMark) {
        String sentValue = sentMark == null ? null : markValue(sentMark);
        if (fact.value().equals(sentValue)) {
            return Optional.empty();
        }
        if (fact.statement() != null) {
            return Optional.of(emit(fact, fact.statement()));
        }
        Optional<UUID> completedId = sentMark == null ? Optional.empty() : markStatementId(sentMark);
        if (completedId.isEmpty()) {
            return Optional.empty();
        }
        String cmid = fact.kind().substring(MODULE.length());
        Statement voiding = Statement.builder()
                .id(StatementIds.forRecord(settings.site(), fact.learner().userId(), fact.courseId(),
                        "module-completion-" + cmid + "-voided-" + completedId.get()))
                .actor(actor(fact.learner()))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(completedId.get()))
                .context(fact.voidingContext())
                .timestamp(instant(timeOf(sentValue)))
                .build();
        return Optional.of(emit(fact, voiding));
    }

    /** The mark remembered for a delivered statement: the fact's value and the statement id. */
    static String mark(String value, UUID statementId) {
        return value + " " + statementId;
    }

    static String markValue(String mark) {
        int space = mark.lastIndexOf(' ');
        return space < 0 ? mark : mark.substring(0, space);
    }

    static Optional<UUID> markStatementId(String mark) {
        int space = mark.lastIndexOf(' ');
        try {
            return space < 0 ? Optional.empty() : Optional.of(UUID.fromString(mark.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Translation.Emit emit(Fact fact, Statement statement) {
        return new Translation.Emit(statement, fact.key(), mark(fact.value(), statement.id()));
    }

    private Optional<Fact> courseCompletion(SnapshotReading reading) {
        OptionalLong time = completionTime(reading.completion());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Statement statement = statement(reading, "course-completion-" + time.getAsLong(), XapiProfile.COMPLETED,
                course(reading.course()), Result.builder().completion(true).build(), time.getAsLong());
        return Optional.of(fact(reading, COURSE, "completed@" + time.getAsLong(), statement));
    }

    /**
     * When the course was completed: Moodle's completion task stamps it with the latest criterion completion, and
     * the web service reports only the criteria's times.
     */
    private static OptionalLong completionTime(CourseCompletionResult completion) {
        if (completion == null || !completion.completed()) {
            return OptionalLong.empty();
        }
        return completion.completionStatus().completions().stream()
                .map(CourseCompletionResult.Criterion::timeCompleted)
                .filter(Objects::nonNull)
                .filter(time -> time > 0)
                .mapToLong(Long::longValue)
                .max();
    }

    private Optional<Fact> moduleCompletion(SnapshotReading reading, ActivityCompletion activity) {
        if (!activity.hasCompletion() || activity.tracking() == 0) {
            return Optional.empty();
        }
        String kind = MODULE + activity.cmId();
        Result.Builder result = Result.builder().completion(true);
        Verb verb;
        int state = activity.state();
        switch (state) {
            case 0 -> {
                ModuleInfo step = reading.modules().get(activity.cmId());
                return Optional.of(new Fact(reading.learner(), reading.course().id(), kind, INCOMPLETE, null,
                        XapiProfile.stepVoidingContext(settings.site(), course(reading.course()), XapiProfile.module(
                                settings.site(), activity.modName(), activity.cmId(), step == null ? null
                                        : step.name()))));
            }
            case 1 -> verb = XapiProfile.COMPLETED;
            case 2 -> {
                verb = XapiProfile.PASSED;
                result.success(true);
            }
            case 3, 4 -> {
                state = 3;
                verb = XapiProfile.FAILED;
                result.success(false);
            }
            default -> {
                return Optional.empty();
            }
        }
        long time = activity.timeCompleted();
        ModuleInfo module = reading.modules().get(activity.cmId());
        Activity object = XapiProfile.module(settings.site(), activity.modName(), activity.cmId(),
                module == null ? null : module.name());
        Statement statement = statement(reading, "module-completion-" + activity.cmId() + "-" + state + "-" + time,
                verb, object, result.build(), time);
        return Optional.of(fact(reading, kind, state + "@" + time, statement));
    }

    private Optional<Fact> grade(SnapshotReading reading, GradeItem item) {
        if (item.gradeRaw() == null) {
            return Optional.empty();
        }
        double raw = item.gradeRaw();
        String value = BigDecimal.valueOf(raw).stripTrailingZeros().toPlainString();
        Score score = item.gradeMin() != null && item.gradeMax() != null && raw >= item.gradeMin()
                && raw <= item.gradeMax()
                ? Score.ofRaw(raw, item.gradeMin(), item.gradeMax())
                : new Score(null, raw, null, null);
        boolean onModule = "mod".equals(item.itemType()) && item.cmId() != null && item.itemModule() != null;
        Activity object = onModule
                ? XapiProfile.module(settings.site(), item.itemModule(), item.cmId(), item.itemName())
                : course(reading.course());
        Long time = item.gradeDateGraded() != null ? item.gradeDateGraded() : item.gradeDateSubmitted();
        String idKind = "grade-" + item.id() + "-" + value.replace('.', 'p').replace('-', 'm');
        Statement statement = statement(reading, idKind, XapiProfile.SCORED, object,
                Result.builder().score(score).build(), time == null ? 0 : time);
        return Optional.of(fact(reading, GRADE + item.id(), value, statement));
    }

    private static Fact fact(SnapshotReading reading, String kind, String value, Statement statement) {
        return new Fact(reading.learner(), reading.course().id(), kind, value, statement, null);
    }

    private Statement statement(SnapshotReading reading, String idKind, Verb verb, Activity object, Result result,
                                long time) {
        Activity course = course(reading.course());
        boolean onModule = !object.id().equals(course.id());
        Context.Builder context = XapiProfile.moodleContext(settings.site(), onModule ? course : null);
        if (!onModule && reading.course().jp() != null) {
            context.extension(XapiProfile.EXT_JP, reading.course().jp());
        }
        if (!onModule && reading.course().competencyType() != null) {
            context.extension(XapiProfile.EXT_COMPETENCY_TYPE, reading.course().competencyType().value());
        }
        String department = reading.learner().department();
        if (department != null && !department.isBlank()) {
            context.extension(XapiProfile.EXT_UNIT_KERJA, Map.of("name", department));
        }
        return Statement.builder()
                .id(StatementIds.forRecord(settings.site(), reading.learner().userId(), reading.course().id(), idKind))
                .actor(actor(reading.learner()))
                .verb(verb)
                .object(object)
                .result(result)
                .context(context.build())
                .timestamp(instant(time))
                .build();
    }

    private Agent actor(Learner learner) {
        String nip = learner.nip().value();
        return settings.pseudonymize()
                ? XapiProfile.pseudonymousAsn(settings.homePage(), settings.pseudonymKey(), nip)
                : XapiProfile.asn(settings.homePage(), nip, learner.fullName());
    }

    private Activity course(CourseInfo course) {
        return XapiProfile.course(settings.site(), course.id(), course.fullName());
    }

    private static long timeOf(String value) {
        int at = value.indexOf('@');
        try {
            return at < 0 ? 0 : Long.parseLong(value.substring(at + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(long epochSeconds) {
        return epochSeconds > 0 ? Instant.ofEpochSecond(epochSeconds) : null;
    }
}
