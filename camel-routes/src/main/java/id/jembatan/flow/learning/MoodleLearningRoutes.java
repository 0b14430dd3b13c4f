package id.jembatan.flow.learning;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;

/**
 * Moodle → LRS ({@code moodle-learning}). Trigger: a timer every
 * {@code jembatan.flows.moodle-learning.poll-interval} (2 s), or a command. Source: Moodle's standard log,
 * keyset-paged on {@code id}. Key: the statement id, a UUID v5 of the site and the log row id. A transient
 * failure is retried at the failing step, then the pass stops with its watermark unmoved and the next poll
 * starts from it; a row that cannot become a statement, or that the LRS refuses, goes to the dead-letter store
 * and the page goes on; a fatal failure (bad token, wrong endpoint) stops the poll route with a message
 * naming the setting.
 *
 * <p>While a page is delivered and committed, the next one is read, enriched and translated on another thread
 * ({@link PagePrefetch}, {@code jembatan.flows.moodle-learning.prefetch}); delivery and commits stay one page at a
 * time, in log order, a page committed only after the LRS accepted it.
 */
public class MoodleLearningRoutes extends FlowRoutes {

    /** The route a command or the poll sends a {@link LearningPass} to. */
    public static final String PASS = "direct:moodle-learning.pass";

    private final LogTail logTail;
    private final LearningSteps steps;
    private final boolean scheduled;
    private final boolean prefetch;

    /**
     * With the next page prepared while the page in hand is delivered.
     *
     * @param scheduled whether the poll route starts with the application ({@code jembatan.flows.moodle-learning.enabled}
     *                  and not a command)
     */
    public MoodleLearningRoutes(LogTail logTail, LearningSteps steps, FlowSupervisor supervisor, boolean scheduled) {
        this(logTail, steps, supervisor, scheduled, true);
    }

    /**
     * @param prefetch whether the next page is prepared while the page in hand is delivered
     *                 ({@code jembatan.flows.moodle-learning.prefetch}); without it a page is read only after the
     *                 one before it was committed
     */
    public MoodleLearningRoutes(LogTail logTail, LearningSteps steps, FlowSupervisor supervisor, boolean scheduled,
                                boolean prefetch) {
        super(LogTail.FLOW, supervisor);
        this.logTail = logTail;
        this.steps = steps;
        this.scheduled = scheduled;
        this.prefetch = prefetch;
    }

    @Override
    public void configure() {
        PagePrefetch ahead = prefetch ? new PagePrefetch(logTail, steps, getContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "moodle-learning-prefetch")) : null;

        poll("moodle-learning.poll", "timer:moodle-learning?period={{jembatan.flows.moodle-learning.poll-interval:2000}}"
                + "&delay=1000", scheduled, new Start(logTail, "startLive", "moodle.start-pass", PASS));

        PassSteps pass = new PassSteps(logTail, steps, ahead);
        pages(PASS, "moodle-learning.pass")
                    .bean(pass, "readPage").id("moodle.read-log")
                    .bean(pass, "enrich").id("moodle.enrich")
                    .bean(pass, "translate").id("moodle-learning.translate")
                    .bean(pass, "prefetch").id("moodle-learning.prefetch")
                    .bean(pass, "deliver").id("lrs.deliver")
                    .bean(pass, "commit").id("state.commit")
                .end();
    }

    /** The steps of the pass route: those of {@link LogTail} and {@link LearningSteps}, and the read-ahead. */
    public static final class PassSteps {

        private final LogTail logTail;
        private final LearningSteps steps;
        private final PagePrefetch ahead;

        PassSteps(LogTail logTail, LearningSteps steps, PagePrefetch ahead) {
            this.logTail = logTail;
            this.steps = steps;
            this.ahead = ahead;
        }

        public LearningPass readPage(LearningPass pass) {
            return logTail.readPage(pass);
        }

        public LearningPass enrich(LearningPass pass) {
            return steps.enrich(pass);
        }

        public LearningPass translate(LearningPass pass) {
            return steps.translate(pass);
        }

        /** Starts preparing the next page, when the read-ahead is on. */
        public LearningPass prefetch(LearningPass pass) {
            return ahead == null ? pass : ahead.prepareNext(pass);
        }

        public LearningPass deliver(LearningPass pass) {
            return steps.deliver(pass);
        }

        public LearningPass commit(LearningPass pass) {
            return steps.commit(pass);
        }
    }
}
