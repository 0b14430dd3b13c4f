package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jembatan.jar run <flow-id> [options]}: one pass of one flow, then what it read and did. The flows
 * are the {@link FlowRun} beans; each says which options it takes (e.g. {@code run hr-profiles --reconcile}).
 */
@Component
class RunCommand implements CliCommand {

    private final List<FlowRun> flows;

    RunCommand(List<FlowRun> flows) {
        this.flows = flows.stream().sorted(Comparator.comparing(FlowRun::flowId)).toList();
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.isEmpty()) {
            return usage(out);
        }
        Optional<FlowRun> flow = flows.stream().filter(f -> f.flowId().equals(arguments.get(0))).findFirst();
        if (flow.isEmpty()) {
            out.println("Alur tidak dikenal / unknown flow: " + arguments.get(0) + " (flows: " + flowIds() + ")");
            return ExitCodes.USAGE;
        }
        List<String> options = arguments.subList(1, arguments.size());
        if (!flow.get().options().containsAll(options)) {
            return usage(out);
        }
        return flow.get().runOnce(options, out);
    }

    private int usage(PrintStream out) {
        String withOptions = flows.stream().filter(f -> !f.options().isEmpty())
                .map(f -> "run " + f.flowId() + " [" + String.join("] [", f.options()) + "]")
                .collect(Collectors.joining("; "));
        out.println("Penggunaan / usage: run <flow-id>   (flows: " + flowIds() + (withOptions.isEmpty() ? "" : "; "
                + withOptions) + ")");
        return ExitCodes.USAGE;
    }

    private String flowIds() {
        return flows.stream().map(FlowRun::flowId).collect(Collectors.joining(", "));
    }
}
