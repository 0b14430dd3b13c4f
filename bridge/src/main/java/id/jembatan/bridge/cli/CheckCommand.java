package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code java -jar jembatan.jar check}: one line per configured system; exit 0 only if none failed. */
@Component
class CheckCommand implements CliCommand {

    private final List<Check> checks;

    CheckCommand(List<Check> checks) {
        this.checks = checks;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (!arguments.isEmpty()) {
            out.println("check tidak menerima argumen / check takes no arguments: " + arguments);
            return ExitCodes.USAGE;
        }
        boolean failed = false;
        for (Check check : checks) {
            CheckResult result = check.run();
            out.println(result.line());
            failed |= result.status() == CheckResult.Status.FAILED;
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
