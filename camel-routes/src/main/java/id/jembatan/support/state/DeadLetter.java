package id.jembatan.support.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One record that failed permanently, kept with its payload so an admin can replay it after fixing the
 * cause.
 *
 * @param id         store-assigned id, what {@code dead-letters replay <id>} takes
 * @param flow       flow id
 * @param recordKey  the record's key within the flow (NIP, Moodle event id, statement id)
 * @param payload    the record as the flow read it, enough to replay it; null if it could not be read
 * @param reason     why it failed, for the admin; never contains secrets
 * @param errorClass class name of the exception that failed it; null for a validation rejection
 * @param attempts   how many times the record has failed while open
 * @param firstSeen  first failure
 * @param lastSeen   latest failure
 * @param status     where it stands
 */
public record DeadLetter(
        long id,
        String flow,
        String recordKey,
        String payload,
        String reason,
        String errorClass,
        int attempts,
        Instant firstSeen,
        Instant lastSeen,
        DeadLetterStatus status) {

    public DeadLetter {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(status, "status");
    }
}
