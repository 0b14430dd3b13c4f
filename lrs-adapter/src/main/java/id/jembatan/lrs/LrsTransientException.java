package id.jembatan.lrs;

import java.time.Duration;
import java.util.Optional;

/**
 * The LRS could not be reached or was not able to answer now: connection refused, timeout, 429, 5xx. The client does
 * not retry; the flow retries with backoff and keeps its watermark.
 */
public final class LrsTransientException extends LrsException {

    private final Duration retryAfter;

    LrsTransientException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, status, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the LRS asked for in {@code Retry-After}, when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
