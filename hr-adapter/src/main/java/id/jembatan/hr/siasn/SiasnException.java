package id.jembatan.hr.siasn;

/**
 * The SIASN-shaped API did not take a riwayat kursus. {@link Kind} says what the caller can do, as
 * {@code MoodleException}'s kinds do: retry later, give up on this record, or stop until an admin fixes the setting.
 */
public final class SiasnException extends RuntimeException {

    /** What a failure means. */
    public enum Kind {
        /** Unreachable, timeout, 429, 5xx: try again later. */
        TRANSIENT,
        /** This record was refused (400, 409, 422, {@code success: false}): retrying the same record cannot help. */
        PERMANENT,
        /** Credentials or URL wrong (401 after a fresh token, 403, 404): fix {@code jembatan.siasn.*}. */
        FATAL
    }

    private final Kind kind;
    private final int status;

    public SiasnException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
