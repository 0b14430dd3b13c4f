package id.jembatan.bridge.cli;

import id.jembatan.flow.kinerja.KinerjaPerformanceRoutes;
import id.jembatan.flow.kinerja.PerformancePass;
import id.jembatan.flow.kinerja.PerformanceSteps;
import java.io.PrintStream;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code run kinerja-performance}: the e-Kinerja results changed since the last pass, as statements to the LRS. */
@Component
class KinerjaPerformanceRun implements FlowRun {

    static final String FLOW = "kinerja-performance";
    static final String NOT_CONFIGURED = "kinerja-performance belum dikonfigurasi / is not configured: it needs"
            + " jembatan.kinerja.url (or jembatan.kinerja.jdbc-url)";

    private final FlowCommands flows;
    private final ObjectProvider<PerformanceSteps> steps;

    KinerjaPerformanceRun(FlowCommands flows, ObjectProvider<PerformanceSteps> steps) {
        this.flows = flows;
        this.steps = steps;
    }

    @Override
    public String flowId() {
        return FLOW;
    }

    @Override
    public int runOnce(List<String> options, PrintStream out) {
        PerformanceSteps performance = steps.getIfAvailable();
        if (performance == null) {
            out.println(NOT_CONFIGURED);
            return ExitCodes.USAGE;
        }
        return flows.pass("run " + FLOW, performance::start, KinerjaPerformanceRoutes.PASS, PerformancePass.class,
                PerformancePass::summary, out);
    }
}
