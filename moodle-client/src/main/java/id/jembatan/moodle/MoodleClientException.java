package id.jembatan.moodle;

/**
 * A failed call to Moodle, classified. The client never retries by itself: callers decide, using
 * {@link #kind()} or {@link #isRetryable()}. Messages never contain the web service token.
 */
public abstract sealed class MoodleClientException extends RuntimeException
        permits MoodleException, MoodleTransportException, MoodleResponseException {

    private final String wsfunction;
    private final ErrorKind kind;

    MoodleClientException(String wsfunction, ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.wsfunction = wsfunction;
        this.kind = kind;
    }

    /** The web service function that was called, e.g. {@code core_user_create_users}. */
    public String wsfunction() {
        return wsfunction;
    }

    /** Whether the failure is fatal for the flow, permanent for the record, or transient. */
    public ErrorKind kind() {
        return kind;
    }

    /** Whether making the same call again later can succeed. */
    public boolean isRetryable() {
        return kind == ErrorKind.TRANSIENT;
    }
}
