package id.jembatan.flow.kinerja;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;

/**
 * e-Kinerja → Moodle enrolments ({@code kinerja-recommendations}). Trigger: after each scheduled pass of
 * {@code kinerja-performance}, or a command. Source: the same e-Kinerja records, from this flow's own watermark. Key:
 * NIP, course and period (idempotency store). A transient failure is retried at the failing step, then the pass
 * stops with its watermark unmoved; an unknown course or account, a refused enrolment or a refused message goes to
 * the dead-letter store and the page goes on; a fatal failure stops the pass with a message naming the setting, and
 * stops this flow (its route {@code kinerja-recommendations.poll}) without stopping {@code kinerja-performance}.
 */
public class KinerjaRecommendationsRoutes extends FlowRoutes {

    /** The route a command or {@code kinerja-performance} sends a {@link RecommendationPass} to. */
    public static final String PASS = "direct:kinerja-recommendations.pass";

    /**
     * The route {@code kinerja-performance} sends to after each scheduled pass. Producers name it with
     * {@code block=false&failIfNoConsumers=false}: once a fatal failure stopped this flow, sending to it does nothing.
     */
    public static final String AFTER_PERFORMANCE = "direct:kinerja-recommendations.after-performance";

    private final RecommendationSteps steps;

    public KinerjaRecommendationsRoutes(RecommendationSteps steps, FlowSupervisor supervisor) {
        super(RecommendationSteps.FLOW, supervisor);
        this.steps = steps;
    }

    @Override
    public void configure() {
        poll("kinerja-recommendations.poll", AFTER_PERFORMANCE, true,
                new Start(steps, "start", "kinerja-recommendations.start-pass", PASS));

        pages(PASS, "kinerja-recommendations.pass")
                    .bean(steps, "readPage").id("kinerja-recommendations.read-page")
                    .bean(steps, "plan").id("kinerja-recommendations.plan")
                    .bean(steps, "apply").id("kinerja-recommendations.apply")
                    .bean(steps, "commit").id("kinerja-recommendations.commit")
                .end();
    }
}
