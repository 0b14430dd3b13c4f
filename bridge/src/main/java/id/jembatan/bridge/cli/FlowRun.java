package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One flow that {@code java -jar jembatan.jar run <flow-id> [options]} can run once. Each flow contributes a bean;
 * {@link RunCommand} finds it by {@link #flowId()}, so adding a flow does not change the command.
 */
public interface FlowRun {

    /** The flow id as typed on the command line, e.g. {@code hr-profiles}. */
    String flowId();

    /** The options this flow accepts after its id, for the usage line; empty when none. */
    default List<String> options() {
        return List.of();
    }

    /**
     * Runs one pass and prints what it read and did.
     *
     * @param options the words after the flow id, each one of {@link #options()}
     * @param out     where the admin reads the result
     * @return the process exit status, see {@link ExitCodes}
     */
    int runOnce(List<String> options, PrintStream out);
}
