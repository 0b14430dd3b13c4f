package id.jembatan.moodle;

import java.time.Duration;

/**
 * Told of every web service call {@link MoodleClient} makes, with how long it took and how it ended, so that the
 * application can measure its calls to Moodle without the client knowing how. Called on the caller's thread; it must
 * not throw.
 */
@FunctionalInterface
public interface MoodleCallListener {

    /** Told nothing. */
    MoodleCallListener NONE = (wsfunction, took, failure) -> { };

    /**
     * @param wsfunction the function called
     * @param took       from sending the request to reading the answer
     * @param failure    what the call threw ({@link MoodleClientException}), or null when Moodle answered
     */
    void called(String wsfunction, Duration took, RuntimeException failure);
}
