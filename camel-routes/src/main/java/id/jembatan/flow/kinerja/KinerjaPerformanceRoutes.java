package id.jembatan.flow.kinerja;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;
import java.util.ArrayList;
import java.util.List;

/**
 * e-Kinerja → LRS ({@code kinerja-performance}). Trigger: a timer every
 * {@code jembatan.flows.kinerja-performance.schedule}, or a command; after a scheduled pass, a pass of
 * {@code kinerja-recommendations} when that flow runs too, whose failures are its own (a fatal one stops it, not this
 * flow). Source: e-Kinerja's HTTP API or database, from the
 * watermark up to the start of the pass. Key: the statement id, a UUID v5 of NIP, year, period and ratings. A transient
 * failure is retried at the failing step, then the pass stops with its watermark unmoved; an invalid or contradictory
 * record, or a statement the LRS refuses, goes to the dead-letter store and the page goes on; a fatal failure (token,
 * URL, SQL) stops the poll route with a message naming the setting.
 */
public class KinerjaPerformanceRoutes extends FlowRoutes {

    /** The route a command or the timer sends a {@link PerformancePass} to. */
    public static final String PASS = "direct:kinerja-performance.pass";

    private final PerformanceSteps steps;
    private final RecommendationSteps recommendations;
    private final boolean scheduled;
    private final long everyMs;

    /**
     * @param recommendations the next flow's steps, run after each scheduled pass; null when that flow is off
     * @param scheduled whether the timer starts with the application
     */
    public KinerjaPerformanceRoutes(PerformanceSteps steps, RecommendationSteps recommendations,
            FlowSupervisor supervisor, boolean scheduled, long everyMs) {
        super(PerformanceSteps.FLOW, supervisor);
        this.steps = steps;
        this.recommendations = recommendations;
        this.scheduled = scheduled;
        this.everyMs = everyMs;
    }

    @Override
    public void configure() {
        List<Start> starts = new ArrayList<>();
        starts.add(new Start(steps, "start", "kinerja-performance.start-pass", PASS));
        if (recommendations != null) {
            starts.add(Start.handOff(KinerjaRecommendationsRoutes.AFTER_PERFORMANCE
                    + "?block=false&failIfNoConsumers=false"));
        }
        poll("kinerja-performance.poll", "timer:kinerja-performance?period=" + everyMs + "&delay=5000", scheduled,
                starts);

        pages(PASS, "kinerja-performance.pass")
                    .bean(steps, "readPage").id("kinerja-performance.read-page")
                    .bean(steps, "translate").id("kinerja-performance.translate")
                    .bean(steps, "deliver").id("kinerja-performance.deliver")
                    .bean(steps, "commit").id("kinerja-performance.commit")
                .end();
    }
}
