package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code run hr-profiles [--reconcile]}: the SIMPEG changes since the last pass, or every profile compared. */
@Component
class HrProfilesRun implements FlowRun {

    static final String RECONCILE = "--reconcile";

    private final FlowCommands flows;

    HrProfilesRun(FlowCommands flows) {
        this.flows = flows;
    }

    @Override
    public String flowId() {
        return FlowCommands.HR_PROFILES;
    }

    @Override
    public List<String> options() {
        return List.of(RECONCILE);
    }

    @Override
    public int runOnce(List<String> options, PrintStream out) {
        return flows.runProfiles(options.contains(RECONCILE), out);
    }
}
