package id.jembatan.lrs;

import java.util.Optional;
import java.util.UUID;

/**
 * 409: a statement id in the request is already stored. Some LRSs answer so even when the stored statement is the
 * same; {@link StatementDelivery} fetches and compares it.
 */
public final class LrsConflictException extends LrsRejectedException {

    private final UUID conflictingId;

    LrsConflictException(String message, String lrsMessage, UUID conflictingId) {
        super(message, 409, lrsMessage);
        this.conflictingId = conflictingId;
    }

    /** The id the LRS named, when its message names one (Learning Locker: {@code "<id> is conflicting"}). */
    public Optional<UUID> conflictingId() {
        return Optional.ofNullable(conflictingId);
    }
}
