package id.jembatan.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the flows' work-ahead threads share: one named daemon thread, and waiting for its result as if run here. */
public final class Futures {

    private Futures() {
    }

    /** A single daemon thread named {@code name}: it never holds the JVM open; its owner shuts it down. */
    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The result of {@code work}, its failure thrown as the caller's own (a runtime exception or error as it is, so
     * that the flow's error handling classifies it as if the work had run on the caller's thread).
     *
     * @param what what was waited for, for the message when the wait is interrupted
     */
    public static <T> T join(Future<T> work, String what) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
