package id.jembatan.hr;

import java.time.Duration;

/**
 * Told of every HTTP call an HR client makes (e-Kinerja's API, SIASN), with how long it took and the status it got, so
 * that the application can measure its calls without the clients knowing how (as {@code MoodleCallListener} does for
 * Moodle). Called on the caller's thread; it must not throw.
 */
@FunctionalInterface
public interface HttpCallListener {

    /** Told nothing. */
    HttpCallListener NONE = (operation, took, status) -> { };

    /**
     * @param operation what was called, e.g. {@code GET records} or {@code POST token}
     * @param took      from sending the request to reading the answer
     * @param status    the HTTP status of the answer, or 0 when none came (unreachable, timed out, interrupted)
     */
    void called(String operation, Duration took, int status);
}
