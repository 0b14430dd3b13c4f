package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;

/** A command the jar runs instead of the service ({@code java -jar jembatan.jar <name> ...}). */
public interface CliCommand {

    /** The first word on the command line that selects this command. */
    String name();

    /**
     * Runs the command.
     *
     * @param arguments the words after the command's name, options for Spring already removed
     * @param out       where the admin reads the result
     * @return the process exit status, see {@link ExitCodes}
     */
    int run(List<String> arguments, PrintStream out);
}
