package id.jembatan.support.state;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
    /** Failed and waiting for an admin: a new failure of the same record updates it. */
    OPEN,
    /** Sent again successfully after the cause was fixed. */
    REPLAYED,
    /** Dropped on purpose by an admin. */
    DISCARDED
}
