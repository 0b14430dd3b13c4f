package id.jembatan.moodle.log;

import java.util.List;

/**
 * The Moodle events the {@code moodle-learning} flow turns into xAPI statements, as Moodle writes them in
 * the {@code eventname} column of the standard log: the fully qualified PHP class name with a leading
 * backslash. See <a href="https://moodledev.io/docs/apis/core/events">Events API</a>.
 */
public final class LearningEvents {

    /** A learner met a course's completion criteria ({@code \core\event\course_completed}). */
    public static final String COURSE_COMPLETED = "\\core\\event\\course_completed";

    /** An activity's completion state changed for a learner; {@code other.completionstate} says to what. */
    public static final String COURSE_MODULE_COMPLETION_UPDATED = "\\core\\event\\course_module_completion_updated";

    /** A grade was set for a learner; {@code other} holds {@code itemid}, {@code finalgrade}, {@code overridden}. */
    public static final String USER_GRADED = "\\core\\event\\user_graded";

    /** A learner submitted a quiz attempt; {@code other} holds {@code quizid}. */
    public static final String QUIZ_ATTEMPT_SUBMITTED = "\\mod_quiz\\event\\attempt_submitted";

    /** A learner was enrolled in a course; {@code other.enrol} names the enrolment plugin. */
    public static final String USER_ENROLMENT_CREATED = "\\core\\event\\user_enrolment_created";

    /** A learner's enrolment was removed; {@code other.userenrolment} holds the deleted record. */
    public static final String USER_ENROLMENT_DELETED = "\\core\\event\\user_enrolment_deleted";

    /** All of the above, in the order listed. */
    public static final List<String> ALL = List.of(COURSE_COMPLETED, COURSE_MODULE_COMPLETION_UPDATED, USER_GRADED,
            QUIZ_ATTEMPT_SUBMITTED, USER_ENROLMENT_CREATED, USER_ENROLMENT_DELETED);

    private LearningEvents() {
    }
}
