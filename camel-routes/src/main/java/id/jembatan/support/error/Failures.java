package id.jembatan.support.error;

import id.jembatan.lrs.LrsException;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.support.state.StateStoreException;

/**
 * The error taxonomy of DESIGN.md "Errors", over the adapters' exceptions: transient failures are retried
 * with backoff and then pause the flow with its watermark unmoved; fatal ones stop the flow with a message
 * naming the setting to fix. Per-record problems never reach here: flows turn them into dead letters.
 */
public final class Failures {

    /** What a failure means for the flow. */
    public enum Kind {
        /** Worth retrying later: timeouts, refused connections, 5xx, 429, a busy database. */
        TRANSIENT,
        /** Retrying cannot help until an admin changes the configuration: bad token, missing function. */
        FATAL
    }

    private Failures() {
    }

    /** Classifies {@code failure} by the first adapter exception in its cause chain; unknown ones are fatal. */
    public static Kind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MoodleClientException e) {
                return e.kind() == ErrorKind.TRANSIENT ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof MoodleLogException e) {
                return e.isRetryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof LrsException e) {
                return e.isRetryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof StateStoreException) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.FATAL;
    }

    /** Whether {@code failure} is worth a retry. */
    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    /** The message of the first adapter exception in the cause chain (these name the setting to fix). */
    public static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MoodleClientException || t instanceof MoodleLogException || t instanceof LrsException
                    || t instanceof StateStoreException) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
