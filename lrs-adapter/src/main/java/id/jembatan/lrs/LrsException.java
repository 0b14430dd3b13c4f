package id.jembatan.lrs;

import java.util.OptionalInt;

/**
 * A failure talking to the LRS. The subclass says what the caller can do: {@link LrsTransientException} may succeed
 * later ({@link #isRetryable()}), {@link LrsFatalException} needs an admin to fix a setting, {@link LrsRejectedException}
 * and its subclasses are the LRS refusing this particular request. Messages never contain credentials.
 */
public abstract sealed class LrsException extends RuntimeException
        permits LrsTransientException, LrsFatalException, LrsRejectedException {

    private final int status;

    LrsException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the LRS answered, when it answered. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Whether repeating the same request later can succeed. */
    public abstract boolean isRetryable();
}
