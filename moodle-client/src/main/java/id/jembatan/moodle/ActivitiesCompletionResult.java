package id.jembatan.moodle;

import java.util.List;

/** The answer of {@code core_completion_get_activities_completion_status} for one user in one course. */
public record ActivitiesCompletionResult(List<ActivityCompletion> statuses, List<Warning> warnings) {

    public ActivitiesCompletionResult {
        statuses = MoodleJson.list(statuses);
        warnings = MoodleJson.list(warnings);
    }

    /**
     * One activity's completion for the user.
     *
     * @param cmId the course module id
     * @param instance the activity instance id (e.g. the quiz id)
     * @param state Moodle's number; see {@link #completionState()}
     * @param timeCompleted unix seconds, 0 when not complete
     * @param tracking 0 none, 1 manual, 2 automatic
     * @param overrideBy the id of the user who overrode the state; null when not overridden
     * @param details the state of each completion rule (view, receive a grade, pass grade...)
     */
    public record ActivityCompletion(long cmId, String modName, long instance, int state, long timeCompleted,
            int tracking, Long overrideBy, boolean valueUsed, boolean hasCompletion, boolean isAutomatic,
            boolean isTrackedUser, boolean userVisible, List<Rule> details, boolean isOverallComplete) {

        public ActivityCompletion {
            details = MoodleJson.list(details);
        }

        /** The state as a {@link CompletionState}. */
        public CompletionState completionState() {
            return CompletionState.of(state);
        }
    }

    /** One completion rule, e.g. {@code completionusegrade}, with its state. */
    public record Rule(String ruleName, RuleValue ruleValue) {
    }

    /** A rule's state (a {@link CompletionState} number) and its description. */
    public record RuleValue(int status, String description) {
    }
}
