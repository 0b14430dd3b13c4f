package id.jembatan.flow.kinerja;

import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import org.apache.camel.builder.RouteBuilder;

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
public class KinerjaPerformanceRoutes extends RouteBuilder {

    /** The route a command or the timer sends a {@link PerformancePass} to. */
    public static final String PASS = "direct:kinerja-performance.pass";

    private final PerformanceSteps steps;
    private final RecommendationSteps recommendations;
    private final FlowSupervisor supervisor;
    private final boolean scheduled;
    private final long everyMs;

    /**
     * @param recommendations the next flow's steps, run after each scheduled pass; null when that flow is off
     * @param scheduled whether the timer starts with the application
     */
    public KinerjaPerformanceRoutes(PerformanceSteps steps, RecommendationSteps recommendations,
            FlowSupervisor supervisor, boolean scheduled, long everyMs) {
        this.steps = steps;
        this.recommendations = recommendations;
        this.supervisor = supervisor;
        this.scheduled = scheduled;
        this.everyMs = everyMs;
    }

    @Override
    public void configure() {
        var poll = from("timer:kinerja-performance?period=" + everyMs + "&delay=5000")
                .routeId("kinerja-performance.poll")
                .autoStartup(scheduled)
                .doTry()
                    .bean(steps, "start").id("kinerja-performance.start-pass")
                    .to(PASS);
        if (recommendations != null) {
            poll = poll.to(KinerjaRecommendationsRoutes.AFTER_PERFORMANCE + "?block=false&failIfNoConsumers=false");
        }
        poll.doCatch(Exception.class)
                    .bean(supervisor, "failed(${exchange}, 'kinerja-performance', 'kinerja-performance.poll')")
                .end();

        from(PASS).routeId("kinerja-performance.pass")
                .routeConfigurationId(FlowErrorHandling.ID)
                .loopDoWhile(simple("${body.more}"))
                    .bean(steps, "readPage").id("kinerja-performance.read-page")
                    .bean(steps, "translate").id("kinerja-performance.translate")
                    .bean(steps, "deliver").id("kinerja-performance.deliver")
                    .bean(steps, "commit").id("kinerja-performance.commit")
                .end();
    }
}
