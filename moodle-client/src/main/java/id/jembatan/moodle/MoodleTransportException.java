package id.jembatan.moodle;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The call did not get a usable HTTP answer: connection refused or timed out, an HTTP error status, a
 * redirect. Timeouts, refused connections, HTTP 5xx, 408 and 429 are {@link ErrorKind#TRANSIENT}; a
 * failed TLS handshake, a redirect and the other 4xx statuses are {@link ErrorKind#FATAL} (a setting is
 * wrong, retrying will not help).
 */
public final class MoodleTransportException extends MoodleClientException {

    private final Integer httpStatus;
    private final Duration retryAfter;

    MoodleTransportException(String wsfunction, ErrorKind kind, Integer httpStatus, Duration retryAfter,
            String message, Throwable cause) {
        super(wsfunction, kind, message, cause);
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status Moodle (or a proxy) answered with; empty when no answer came. */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The wait the server asked for in {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
