package id.jembatan.support.error;

import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.simpeg.SimpegException;
import id.jembatan.lrs.LrsException;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.support.state.StateStoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
        for (Throwable t : causes(failure)) {
            if (t instanceof MoodleClientException e) {
                return e.kind() == ErrorKind.TRANSIENT ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof MoodleLogException e) {
                return e.isRetryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof LrsException e) {
                return e.isRetryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof SimpegException e) {
                return e.retryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof KinerjaException e) {
                return e.retryable() ? Kind.TRANSIENT : Kind.FATAL;
            }
            if (t instanceof StateStoreException) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.FATAL;
    }

    /** {@code failure} and its causes, each once, even when the chain loops back. */
    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Whether {@code failure} is worth a retry. */
    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    /** The message of the first adapter exception in the cause chain (these name the setting to fix). */
    public static String message(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof MoodleClientException || t instanceof MoodleLogException || t instanceof LrsException
                    || t instanceof SimpegException || t instanceof KinerjaException || t instanceof StateStoreException) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
