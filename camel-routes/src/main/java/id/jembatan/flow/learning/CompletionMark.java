package id.jembatan.flow.learning;

import java.util.UUID;

/**
 * What {@code moodle-learning} remembers about an activity completion it delivered, stored as
 * {@code state:statementId:logId}: the completion state, the statement that carried it, and the log row it came
 * from. The row id orders marks, so that replaying older rows (a backfill over a tailed range, a page read
 * again) neither voids a completion that a later row confirmed nor overwrites a newer mark.
 *
 * @param state       Moodle completion state: 0 incomplete (the completion was voided), 1-3 complete
 * @param statementId the statement sent for it
 * @param logId       the log row it was translated from
 */
record CompletionMark(int state, UUID statementId, long logId) {

    static String of(int state, UUID statementId, long logId) {
        return state + ":" + statementId + ":" + logId;
    }

    static CompletionMark parse(String text) {
        String[] parts = text.split(":", 3);
        long logId = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
        return new CompletionMark(Integer.parseInt(parts[0]), UUID.fromString(parts[1]), logId);
    }

    /** Whether this mark came from a later log row than {@code other}, so it may replace it. */
    boolean newerThan(CompletionMark other) {
        return logId > other.logId;
    }
}
