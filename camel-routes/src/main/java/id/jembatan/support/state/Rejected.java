package id.jembatan.support.state;

/**
 * A record a flow could not deliver and puts in the dead-letter store, the same shape in every flow: its key, the
 * record as read (enough to replay it), why, and what failed it.
 *
 * @param recordKey  the record's key within the flow (NIP, Moodle log id, statement id)
 * @param payload    the record as the flow read it; null when it could not be read
 * @param reason     why, for the admin, naming what to fix; never a secret
 * @param errorClass the exception class or the flow's code for the refusal (e.g. {@code lrs.rejected}); may be null
 */
public record Rejected(String recordKey, String payload, String reason, String errorClass) {
}
