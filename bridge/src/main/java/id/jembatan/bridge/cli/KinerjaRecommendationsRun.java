package id.jembatan.bridge.cli;

import id.jembatan.flow.kinerja.KinerjaRecommendationsRoutes;
import id.jembatan.flow.kinerja.RecommendationPass;
import id.jembatan.flow.kinerja.RecommendationSteps;
import java.io.PrintStream;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code run kinerja-recommendations}: enrolments and messages for the e-Kinerja results changed since the last pass. */
@Component
class KinerjaRecommendationsRun implements FlowRun {

    static final String FLOW = "kinerja-recommendations";
    static final String NOT_CONFIGURED = "kinerja-recommendations belum dikonfigurasi / is not configured: it needs"
            + " jembatan.kinerja.url (or jembatan.kinerja.jdbc-url), jembatan.moodle.url and jembatan.moodle.token";

    private final FlowCommands flows;
    private final ObjectProvider<RecommendationSteps> steps;

    KinerjaRecommendationsRun(FlowCommands flows, ObjectProvider<RecommendationSteps> steps) {
        this.flows = flows;
        this.steps = steps;
    }

    @Override
    public String flowId() {
        return FLOW;
    }

    @Override
    public int runOnce(List<String> options, PrintStream out) {
        RecommendationSteps recommendations = steps.getIfAvailable();
        if (recommendations == null) {
            out.println(NOT_CONFIGURED);
            return ExitCodes.USAGE;
        }
        return flows.pass("run " + FLOW, recommendations::start, KinerjaRecommendationsRoutes.PASS,
                RecommendationPass.class, RecommendationPass::summary, out);
    }
}
