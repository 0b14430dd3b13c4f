package id.jembatan.moodle.log;

/**
 * A context and a related user of Moodle's standard log: e.g. one learner in one activity (the activity's context,
 * the learner as {@code relateduserid}), the pair {@link MoodleLogReader#latestBefore} looks rows up by.
 *
 * @param contextId     the {@code contextid} column
 * @param relatedUserId the {@code relateduserid} column
 */
public record ContextUser(long contextId, long relatedUserId) {
}
