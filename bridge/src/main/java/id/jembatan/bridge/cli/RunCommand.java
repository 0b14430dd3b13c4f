package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code java -jar jembatan.jar run <flow-id>}: one pass of one flow, then what it read and did. */
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
        if (arguments.size() != 1) {
            out.println("Penggunaan / usage: run <flow-id>   (flows: " + FlowCommands.MOODLE_LEARNING + ")");
            return ExitCodes.USAGE;
        }
        if (!arguments.get(0).equals(FlowCommands.MOODLE_LEARNING)) {
            out.println("Alur tidak dikenal / unknown flow: " + arguments.get(0) + " (flows: "
                    + FlowCommands.MOODLE_LEARNING + ")");
            return ExitCodes.USAGE;
        }
        return flows.runOnce(out);
    }
}
