package id.jembatan.moodle.log;

import id.jembatan.moodle.ErrorKind;
import java.util.Optional;

/**
 * Reading Moodle's log failed, classified like the web service client's errors: {@link ErrorKind#TRANSIENT}
 * when the database could not be reached (a retry later can succeed), {@link ErrorKind#FATAL} when a setting
 * is wrong (missing table, refused login, missing grant; the message names the setting), and
 * {@link ErrorKind#PERMANENT} for one log row that cannot be read. The reader never retries by itself.
 */
public final class MoodleLogException extends RuntimeException {

    private final ErrorKind kind;
    private final String sqlState;

    MoodleLogException(ErrorKind kind, String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.sqlState = sqlState;
    }

    /** Whether the failure stops the flow, concerns one row, or may pass. */
    public ErrorKind kind() {
        return kind;
    }

    /** Whether making the same read again later can succeed. */
    public boolean isRetryable() {
        return kind == ErrorKind.TRANSIENT;
    }

    /** The SQLState the database or driver reported, if the failure came from JDBC. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
