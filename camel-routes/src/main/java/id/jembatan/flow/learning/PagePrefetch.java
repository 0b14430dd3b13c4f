package id.jembatan.flow.learning;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Prepares the next page of a {@code moodle-learning} pass (read, enrich, translate and validate) on a thread of its
 * own while the route delivers and commits the page in hand, so that database, Moodle and CPU time of the next page
 * overlap the LRS round trips of this one (docs/decisions/0010-moodle-learning-page-prefetch.md).
 *
 * <p>What stays as it was: one page is delivered at a time, in log order, and the watermark moves only in the commit
 * step after the LRS accepted the page. The page ahead only reads (the log, Moodle, completion marks) and writes
 * nothing, so a pass that fails drops it and the next pass reads it again from the watermark. A stage that fails ahead
 * is not retried there: its step in the route throws the same failure for the page, and the route's error handling
 * retries that step as it would have without the prefetch.
 *
 * <p>The page ahead needs nothing the page in hand delivers or commits: what its rows become depends only on Moodle's
 * log (an activity marked incomplete voids the completion row before it; decision 0011). It shares the pass's
 * {@link CompletionHistory}, which the page in hand's translation filled before this page was started.
 */
public final class PagePrefetch {

    private final LogTail tail;
    private final LearningSteps steps;
    private final ExecutorService executor;

    /**
     * @param executor one thread is enough (one page is prepared ahead at a time); owned by the caller, which
     *                 shuts it down
     */
    public PagePrefetch(LogTail tail, LearningSteps steps, ExecutorService executor) {
        this.tail = tail;
        this.steps = steps;
        this.executor = executor;
    }

    /**
     * The route step after {@code translate}: starts preparing the page after the one in hand, when the range has
     * more and no page is being prepared for the pass yet.
     */
    public LearningPass prepareNext(LearningPass pass) {
        if (!pass.isMore() || pass.rows.isEmpty() || pass.hasNext()) {
            return pass;
        }
        long lastRowId = pass.rows.get(pass.rows.size() - 1).id();
        if (lastRowId >= pass.upToId()) {
            return pass;
        }
        LearningPass ahead = pass.forNextPage(lastRowId);
        pass.next(executor.submit(() -> prepare(ahead)));
        return pass;
    }

    private LearningPass prepare(LearningPass ahead) {
        try {
            tail.readAhead(ahead);
        } catch (RuntimeException e) {
            ahead.preparedUpTo(LearningPass.Stage.READ, e);
            return ahead;
        }
        ahead.preparedUpTo(LearningPass.Stage.READ, null);
        try {
            steps.enrich(ahead);
        } catch (RuntimeException e) {
            ahead.preparedUpTo(LearningPass.Stage.ENRICH, e);
            return ahead;
        }
        ahead.preparedUpTo(LearningPass.Stage.ENRICH, null);
        try {
            steps.translate(ahead);
        } catch (RuntimeException e) {
            ahead.preparedUpTo(LearningPass.Stage.TRANSLATE, e);
            return ahead;
        }
        ahead.preparedUpTo(LearningPass.Stage.TRANSLATE, null);
        return ahead;
    }

    /** Waits for a page being prepared ahead. */
    static LearningPass await(Future<LearningPass> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next page of moodle-learning", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("preparing the next page of moodle-learning failed", e.getCause());
        }
    }
}
