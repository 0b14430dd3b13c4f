package id.jembatan.flow.learning;

import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogReader;
import java.util.Collection;
import java.util.Map;

/**
 * Where {@code moodle-learning} finds, in Moodle's own log, the activity completion an "incomplete" row revokes: for
 * each learner in an activity (the activity's context, the learner as {@code relateduserid}), the latest
 * {@code course_module_completion_updated} row before a log id. Decision 0011.
 */
@FunctionalInterface
public interface PriorCompletions {

    /** Moodle's context level of a course module. */
    int MODULE_CONTEXT = 70;

    /**
     * The latest activity completion row of each pair with an id below {@code beforeId}; pairs without one are left
     * out.
     */
    Map<ContextUser, LogRow> latestBefore(Collection<ContextUser> pairs, long beforeId);

    /** Looked up in the log {@code reader} reads. */
    static PriorCompletions inLog(MoodleLogReader reader) {
        return (pairs, beforeId) -> reader.latestBefore(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED,
                MODULE_CONTEXT, pairs, beforeId);
    }
}
