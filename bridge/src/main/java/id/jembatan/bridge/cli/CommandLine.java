package id.jembatan.bridge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The jar's command line split into a command and its arguments. Spring properties
 * ({@code --name.with.dots=value}) may stand anywhere and are left to Spring; the first other word names
 * the command; no word means "run the service".
 *
 * @param command   the command's name, or {@code null} to run the service
 * @param arguments the command's own arguments
 */
public record CommandLine(String command, List<String> arguments) {

    /** Commands the jar knows. */
    public static final Set<String> COMMANDS = Set.of("check", "run", "backfill", "dead-letters", "users");

    /** Splits {@code args}. */
    public static CommandLine parse(String[] args) {
        String command = null;
        List<String> arguments = new ArrayList<>();
        for (String arg : args) {
            if (isSpringProperty(arg)) {
                continue;
            }
            if (command == null) {
                command = arg;
            } else {
                arguments.add(arg);
            }
        }
        return new CommandLine(command, List.copyOf(arguments));
    }

    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int equals = arg.indexOf('=');
        String key = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        return key.contains(".") || key.equals("debug") || key.equals("trace");
    }

    /** Whether the service should run (no command given). */
    public boolean service() {
        return command == null;
    }
}
