package id.jembatan.flow.learning;

import id.jembatan.moodle.log.LogRow;

/**
 * One event the Moodle plugin {@code local_jembatan} pushed: the row Moodle's standard log wrote for it, as the log
 * tail would read it, and for an activity marked incomplete the learner's completion row before it in that activity.
 *
 * @param outboxId the plugin's outbox row, echoed in the answer so the plugin knows which row to delete
 * @param row      the event; its id is the standard log's row id, the statement id's key
 * @param prior    the activity completion row of the same learner and activity before {@code row}, or null
 */
public record PushedEvent(long outboxId, LogRow row, LogRow prior) {

    /** The key of a pushed event, of its dead letter and of its statement: as the log tail's ({@code log:<id>}). */
    String recordKey() {
        return LearningSteps.recordKey(row);
    }
}
