package id.jembatan.moodle;

import java.util.List;

/**
 * The answer of {@code core_completion_get_course_completion_status}: one user's course completion and
 * how far each completion criterion is met.
 */
public record CourseCompletionResult(Status completionStatus, List<Warning> warnings) {

    public CourseCompletionResult {
        warnings = MoodleJson.list(warnings);
    }

    /** Whether the user has completed the course. */
    public boolean completed() {
        return completionStatus != null && completionStatus.completed();
    }

    /**
     * The course completion state.
     *
     * @param aggregation 1 when all criteria are needed, 2 when any one is enough
     */
    public record Status(boolean completed, int aggregation, List<Criterion> completions) {

        public Status {
            completions = MoodleJson.list(completions);
        }
    }

    /**
     * One completion criterion and the user's state against it.
     *
     * @param type 4 activity completion, 6 course grade (see Moodle's {@code COMPLETION_CRITERIA_TYPE_*})
     * @param status Moodle's human-readable status, e.g. {@code 88.00 (65.00 required)}
     * @param timeCompleted unix seconds; null when not complete
     */
    public record Criterion(int type, String title, String status, boolean complete, Long timeCompleted,
            Details details) {
    }

    /** Moodle's description of a criterion; {@code criteria} may hold HTML (a link to the activity). */
    public record Details(String type, String criteria, String requirement, String status) {
    }
}
