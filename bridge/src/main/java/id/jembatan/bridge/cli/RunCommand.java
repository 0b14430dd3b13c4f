package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jembatan.jar run <flow-id>}: one pass of one flow, then what it read and did.
 * {@code run hr-profiles --reconcile} compares every profile instead of reading the changes.
 */
@Component
class RunCommand implements CliCommand {

    private final FlowCommands flows;

    RunCommand(FlowCommands flows) {
        this.flows = flows;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        String flowIds = FlowCommands.MOODLE_LEARNING + ", " + FlowCommands.HR_PROFILES;
        boolean reconcile = arguments.size() == 2 && arguments.get(0).equals(FlowCommands.HR_PROFILES)
                && arguments.get(1).equals("--reconcile");
        if (arguments.size() != 1 && !reconcile) {
            out.println("Penggunaan / usage: run <flow-id>   (flows: " + flowIds + "; run " + FlowCommands.HR_PROFILES
                    + " --reconcile)");
            return ExitCodes.USAGE;
        }
        if (arguments.get(0).equals(FlowCommands.HR_PROFILES)) {
            return flows.runProfiles(reconcile, out);
        }
        if (!arguments.get(0).equals(FlowCommands.MOODLE_LEARNING)) {
            out.println("Alur tidak dikenal / unknown flow: " + arguments.get(0) + " (flows: " + flowIds + ")");
            return ExitCodes.USAGE;
        }
        return flows.runOnce(out);
    }
}
