package id.jembatan.bridge.cli;

import id.jembatan.bridge.secret.MaskingOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server and scheduled flows, runs one command, and stops. What the command
 * prints goes through {@link MaskingOutputStream}, so no secret reaches the admin's terminal or a script's log; a
 * command that fails prints its one-line reason, and the stack trace goes to the log at DEBUG
 * ({@code --logging.level.id.jembatan.bridge.cli=DEBUG}).
 */
public final class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private CommandRunner() {
    }

    /**
     * Runs {@code line}'s command in a context built from {@code source}.
     *
     * @return the exit status (see {@link ExitCodes})
     */
    public static int run(Class<?> source, CommandLine line, String[] args, PrintStream terminal) {
        PrintStream out = MaskingOutputStream.printStream(terminal);
        try {
            return runMasked(source, line, args, out);
        } finally {
            out.flush();
        }
    }

    private static int runMasked(Class<?> source, CommandLine line, String[] args, PrintStream out) {
        if (line.command().equals("help") || line.command().equals("--help")) {
            printUsage(out);
            return ExitCodes.OK;
        }
        if (!CommandLine.COMMANDS.contains(line.command())) {
            out.println("Perintah tidak dikenal / unknown command: " + line.command());
            printUsage(out);
            return ExitCodes.USAGE;
        }
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR",
                "logging.level.org.apache.camel.spring.boot", "ERROR",
                // Spring Boot would log the failed start with its whole stack; the runner prints one line instead.
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "OFF",
                "jembatan.internal.schedules-enabled", "false",
                "jembatan.internal.defer-state-migration", Boolean.toString(line.command().equals("check"))));
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            LOG.debug("The bridge could not start for {}", line.command(), e);
            out.println("Bridge tidak dapat dimulai / the bridge could not start: "
                    + StateStoreCheck.rootMessage(e));
            out.println("Periksa konfigurasi / check the configuration (application.yml, JEMBATAN_* variables).");
            return ExitCodes.USAGE;
        }
        try (context) {
            Optional<CliCommand> command = context.getBeansOfType(CliCommand.class).values().stream()
                    .filter(c -> c.name().equals(line.command()))
                    .findFirst();
            return command.map(c -> c.run(line.arguments(), out)).orElse(ExitCodes.USAGE);
        } catch (RuntimeException e) {
            LOG.debug("{} failed", line.command(), e);
            out.println(line.command() + " gagal / failed: " + StateStoreCheck.rootMessage(e)
                    + " (jejak lengkap / stack trace: --logging.level.id.jembatan.bridge.cli=DEBUG)");
            return ExitCodes.FAILED;
        }
    }

    static void printUsage(PrintStream out) {
        List.of(
                "Penggunaan / usage:",
                "  java -jar jembatan.jar            jalankan layanan / run the service",
                "  java -jar jembatan.jar check      periksa setiap sistem / check every configured system",
                "  java -jar jembatan.jar run <flow>  satu putaran / one pass of a flow (java -jar jembatan.jar run: the list)",
                "  java -jar jembatan.jar backfill moodle-learning --from 2025-01-01 [--to 2026-01-01]",
                "                                    kirim ulang riwayat / replay history (dates in WIB)",
                "  java -jar jembatan.jar dead-letters list [--flow <id>] | show <id> | discard <id> | replay <id>"
                        + " | replay --all [--flow <id>]",
                "                                    surat mati / records the flows could not deliver",
                "  java -jar jembatan.jar users add <name> --role ADMIN|OPERATOR|HR|VIEWER | list | disable <name>"
                        + " | reset <name>",
                "                                    akun konsol admin / admin console accounts",
                "Exit status: 0 ok, 1 a check or flow failed, 2 bad usage or configuration.")
            .forEach(out::println);
    }
}
