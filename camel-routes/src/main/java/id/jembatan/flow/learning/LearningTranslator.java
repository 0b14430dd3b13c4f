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
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns one enriched Moodle log event into an xAPI statement of the project's profile (docs/xapi-profile.md),
 * or says why it cannot. Pure: everything it needs comes in as arguments.
 *
 * <ul>
 *   <li>{@code course_completed} → completed (course), with JP and competency type;</li>
 *   <li>{@code course_module_completion_updated}: state 1 → completed, 2 → passed, 3 and 4 (failed, hidden from
 *       the learner) → failed (module); state 0
 *       (incomplete, e.g. a teacher's override) voids the statement of the learner's previous completion row of
 *       the same activity in the log, or sends nothing when the previous row was not a completion;</li>
 *   <li>{@code user_graded} → scored (module, or course for course and manual items);</li>
 *   <li>{@code attempt_submitted} → attempted (quiz);</li>
 *   <li>{@code user_enrolment_created} / {@code deleted} → registered / unregistered (course).</li>
 * </ul>
 * The statement id is the UUID v5 of the site and the log row id, so replays and overlapping runs resend the
 * same statement, never a second one.
 */
public class LearningTranslator {

    /** Activities remembered per course and per module: a pass makes the same few for thousands of statements. */
    private static final int REMEMBERED = 10_000;

    private final LearningSettings settings;
    private final Map<CourseInfo, Activity> courses = new ConcurrentHashMap<>();
    private final Map<ModuleKey, Activity> modules = new ConcurrentHashMap<>();

    public LearningTranslator(LearningSettings settings) {
        this.settings = settings;
    }

    /**
     * Whether translating {@code event} needs the activity completion row before it: only an activity marked
     * incomplete (completion state 0) does, to void the completion sent for that row.
     */
    static boolean needsPriorCompletion(LearningEvent event) {
        if (event.learner() == null || event.learner().nip() == null || event.course() == null
                || event.module() == null || !isActivityCompletion(event.row())) {
            return false;
        }
        try {
            OptionalLong state = event.row().otherLong("completionstate");
            return state.isPresent() && state.getAsLong() == 0;
        } catch (MoodleLogException unreadable) {
            return false;
        }
    }

    /**
     * Translates {@code event}.
     *
     * @param completedBefore for an activity marked incomplete (see {@link #needsPriorCompletion}): the id of the
     *                        latest earlier activity completion row of the same learner in the same activity
     *                        ({@link #completionPair}) when that row {@link #completes completes}; 0 when it does
     *                        not (it was itself "incomplete") or the log holds none. Not read for other rows.
     */
    Translation translate(LearningEvent event, long completedBefore) {
        LogRow row = event.row();
        long learnerId = LearningEvent.learnerId(row);
        if (event.refused() != null) {
            return new Translation.Reject(event.refused());
        }
        if (event.learner() == null) {
            return new Translation.Reject("Pengguna Moodle id " + learnerId + " tidak ditemukan (dihapus?) / Moodle user id "
                    + learnerId + " not found (deleted?)");
        }
        if (event.learner().nip() == null) {
            return new Translation.Reject(event.learner().nipProblem());
        }
        if (event.course() == null) {
            return new Translation.Reject("Kursus id " + row.courseId() + " tidak ada lagi di Moodle / course id "
                    + row.courseId() + " no longer exists in Moodle");
        }
        try {
            return switch (row.eventName()) {
                case LearningEvents.COURSE_COMPLETED -> emit(event, XapiProfile.COMPLETED, course(event),
                        Result.builder().completion(true).build());
                case LearningEvents.COURSE_MODULE_COMPLETION_UPDATED -> moduleCompletion(event, completedBefore);
                case LearningEvents.USER_GRADED -> graded(event);
                case LearningEvents.QUIZ_ATTEMPT_SUBMITTED -> attempt(event);
                case LearningEvents.USER_ENROLMENT_CREATED -> emit(event, XapiProfile.REGISTERED, course(event), null);
                case LearningEvents.USER_ENROLMENT_DELETED -> emit(event, XapiProfile.UNREGISTERED, course(event), null);
                default -> new Translation.Skip("event " + row.eventName() + " is not part of moodle-learning");
            };
        } catch (MoodleLogException e) {
            return new Translation.Reject("Baris log tidak terbaca / unreadable log row: " + e.getMessage());
        }
    }

    private Translation moduleCompletion(LearningEvent event, long completedBefore) {
        LogRow row = event.row();
        if (event.module() == null) {
            return missingModule(row);
        }
        OptionalLong state = row.otherLong("completionstate");
        if (state.isEmpty()) {
            return new Translation.Reject("completionstate tidak ada / missing in 'other': " + row.other());
        }
        int completionState = (int) state.getAsLong();
        Result.Builder result = Result.builder().completion(true);
        Verb verb;
        switch (completionState) {
            case 0 -> {
                return voidEarlierCompletion(event, completedBefore);
            }
            case 1 -> verb = XapiProfile.COMPLETED;
            case 2 -> {
                verb = XapiProfile.PASSED;
                result.success(true);
            }
            case 3, 4 -> {
                verb = XapiProfile.FAILED;
                result.success(false);
            }
            default -> {
                return new Translation.Reject("completionstate " + completionState
                        + " tidak dikenal / is not a Moodle completion state (0-4)");
            }
        }
        return new Translation.Emit(statement(event, verb, module(event), result.build(), true).build(), null, null);
    }

    /**
     * An activity marked incomplete voids the statement of the completion before it, when that row was a completion
     * (states 1-4): its statement id is the UUID v5 of the site and that row's id, whether or not the LRS holds it
     * (a voiding of an unknown statement is accepted, and voids it should it arrive later). When the row before
     * was itself "incomplete", its completion was already voided; when there is none, nothing was sent. The voiding
     * names the course as {@code context.contextActivities.parent} and the activity as {@code other}, so that
     * lrs-credits flags the learner's course credit for review (decision 0017).
     */
    private Translation voidEarlierCompletion(LearningEvent event, long completedBefore) {
        if (completedBefore <= 0 || completedBefore >= event.row().id()) {
            return new Translation.Skip("activity marked incomplete; no completion before it to revoke");
        }
        Statement voiding = Statement.builder()
                .id(StatementIds.forLogRow(settings.site(), event.row().id()))
                .actor(actor(event.learner()))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(StatementIds.forLogRow(settings.site(), completedBefore)))
                .context(XapiProfile.stepVoidingContext(settings.site(), course(event), module(event)))
                .timestamp(event.row().time())
                .build();
        return new Translation.Emit(voiding, null, null);
    }

    /**
     * Whether an activity completion row says complete, passed or failed (states 1-4), the rows sent as such; not
     * when it says incomplete, another state, or cannot be read.
     */
    static boolean completes(LogRow completion) {
        try {
            OptionalLong state = completion.otherLong("completionstate");
            return state.isPresent() && state.getAsLong() >= 1 && state.getAsLong() <= 4;
        } catch (MoodleLogException unreadable) {
            return false;
        }
    }

    private Translation graded(LearningEvent event) {
        LogRow row = event.row();
        var finalGrade = row.otherJson().path("finalgrade");
        if (!finalGrade.isNumber() && !(finalGrade.isTextual() && isNumber(finalGrade.textValue()))) {
            return new Translation.Skip("grade removed (finalgrade is empty)");
        }
        double raw = finalGrade.isNumber() ? finalGrade.doubleValue() : Double.parseDouble(finalGrade.textValue());
        GradeItemInfo item = event.gradeItem();
        if (item == null) {
            return new Translation.Reject("Item nilai " + row.otherLong("itemid").orElse(-1)
                    + " tidak ada lagi di kursus / grade item no longer exists in course " + row.courseId());
        }
        Score score = item.min() != null && item.max() != null && raw >= item.min() && raw <= item.max()
                ? Score.ofRaw(raw, item.min(), item.max())
                : new Score(null, raw, null, null);
        boolean onModule = "mod".equals(item.itemType()) && item.cmId() != null && item.itemModule() != null;
        Activity object = onModule ? module(item.itemModule(), item.cmId(), item.name()) : course(event);
        return emit(event, XapiProfile.SCORED, object, Result.builder().score(score).build());
    }

    private Translation attempt(LearningEvent event) {
        if (event.module() == null) {
            return missingModule(event.row());
        }
        return emit(event, XapiProfile.ATTEMPTED, module(event), Result.builder().completion(true).build());
    }

    private Translation emit(LearningEvent event, Verb verb, Activity object, Result result) {
        boolean onModule = !object.id().equals(course(event).id());
        return new Translation.Emit(statement(event, verb, object, result, onModule).build(), null, null);
    }

    private Statement.Builder statement(LearningEvent event, Verb verb, Activity object, Result result,
                                        boolean onModule) {
        Context.Builder context = XapiProfile.moodleContext(settings.site(), onModule ? course(event) : null);
        CourseInfo course = event.course();
        if (!onModule && course.jp() != null) {
            context.extension(XapiProfile.EXT_JP, course.jp());
        }
        if (!onModule && course.competencyType() != null) {
            context.extension(XapiProfile.EXT_COMPETENCY_TYPE, course.competencyType().value());
        }
        String department = event.learner().department();
        if (department != null && !department.isBlank()) {
            context.extension(XapiProfile.EXT_UNIT_KERJA, Map.of("name", department));
        }
        return Statement.builder()
                .id(StatementIds.forLogRow(settings.site(), event.row().id()))
                .actor(actor(event.learner()))
                .verb(verb)
                .object(object)
                .result(result)
                .context(context.build())
                .timestamp(event.row().time());
    }

    private Agent actor(Learner learner) {
        String nip = learner.nip().value();
        return settings.pseudonymize()
                ? XapiProfile.pseudonymousAsn(settings.homePage(), settings.pseudonymKey(), nip)
                : XapiProfile.asn(settings.homePage(), nip, learner.fullName());
    }

    private Activity course(LearningEvent event) {
        return remembered(courses, event.course(),
                course -> XapiProfile.course(settings.site(), course.id(), course.fullName()));
    }

    private Activity module(LearningEvent event) {
        ModuleInfo module = event.module();
        return module(module.modName(), module.cmid(), module.name());
    }

    private Activity module(String modName, long cmid, String name) {
        return remembered(modules, new ModuleKey(modName, cmid, name),
                key -> XapiProfile.module(settings.site(), key.modName(), key.cmid(), key.name()));
    }

    private static <K> Activity remembered(Map<K, Activity> memo, K key, Function<K, Activity> make) {
        Activity known = memo.get(key);
        if (known == null) {
            if (memo.size() >= REMEMBERED) {
                memo.clear();
            }
            known = make.apply(key);
            memo.put(key, known);
        }
        return known;
    }

    private record ModuleKey(String modName, long cmid, String name) {
    }

    private static Translation missingModule(LogRow row) {
        return new Translation.Reject("Aktivitas (cmid " + row.contextInstanceId() + ") tidak ada lagi di kursus "
                + row.courseId() + " / course module no longer exists");
    }

    /**
     * Whether {@code row} is an activity completion ({@code course_module_completion_updated} in a course module's
     * context), one an "incomplete" row of the same {@link #completionPair} may revoke.
     */
    static boolean isActivityCompletion(LogRow row) {
        return row.eventName().equals(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED)
                && row.contextLevel() == PriorCompletions.MODULE_CONTEXT;
    }

    /** The learner and activity of an activity completion row: the activity's context and the learner. */
    static ContextUser completionPair(LogRow row) {
        return new ContextUser(row.contextId(), LearningEvent.learnerId(row));
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
