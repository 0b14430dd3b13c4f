package id.jembatan.flow.learning;

/**
 * What became of one pushed event. Every status but {@link #REJECTED} acknowledges it: the plugin deletes the row.
 *
 * @param outboxId the plugin's outbox row
 * @param logId    the standard log's row id the event came with, or 0 when the row could not be read
 * @param status   {@value #DELIVERED}, {@value #SKIPPED}, {@value #DEAD_LETTERED}, {@value #DUPLICATE} or
 *                 {@value #REJECTED}
 * @param reason   why it was dead-lettered or rejected, for the admin; else null
 */
public record PushResult(long outboxId, long logId, String status, String reason) {

    /** The LRS holds its statement. */
    public static final String DELIVERED = "delivered";
    /** It needs no statement (e.g. an activity marked incomplete that was never complete). */
    public static final String SKIPPED = "skipped";
    /** It is in the bridge's dead-letter store with a reason; an admin replays it there. */
    public static final String DEAD_LETTERED = "dead-lettered";
    /** The bridge received it before; nothing changed. */
    public static final String DUPLICATE = "duplicate";
    /** The row itself is wrong (a field missing or of the wrong type): not acknowledged, the plugin holds it. */
    public static final String REJECTED = "rejected";
}
