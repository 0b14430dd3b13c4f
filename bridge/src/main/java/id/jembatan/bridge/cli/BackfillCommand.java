package id.jembatan.bridge.cli;

import id.jembatan.flow.learning.LearningPass;
import id.jembatan.flow.learning.LogTail;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jembatan.jar backfill moodle-learning --from DATE [--to DATE]}: replays the log between two
 * dates (WIB, end exclusive), printing a progress line per page. Interrupted, the same command resumes.
 */
@Component
class BackfillCommand implements CliCommand {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final FlowCommands flows;

    BackfillCommand(FlowCommands flows) {
        this.flows = flows;
    }

    @Override
    public String name() {
        return "backfill";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Instant from = null;
        Instant to = null;
        String flow = null;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.equals("--from") && i + 1 < arguments.size()) {
                    from = parse(arguments.get(++i));
                } else if (argument.startsWith("--from=")) {
                    from = parse(argument.substring(7));
                } else if (argument.equals("--to") && i + 1 < arguments.size()) {
                    to = parse(arguments.get(++i));
                } else if (argument.startsWith("--to=")) {
                    to = parse(argument.substring(5));
                } else if (flow == null && !argument.startsWith("--")) {
                    flow = argument;
                } else {
                    return usage(out, "argumen tidak dikenal / unknown argument: " + argument);
                }
            }
        } catch (DateTimeParseException e) {
            return usage(out, "tanggal tidak valid / invalid date: " + e.getParsedString());
        }
        if (!FlowCommands.MOODLE_LEARNING.equals(flow) || from == null) {
            return usage(out, null);
        }
        if (to != null && !to.isAfter(from)) {
            return usage(out, "--to harus setelah --from / --to must be after --from");
        }
        LogTail tail = flows.logTail();
        if (tail == null) {
            out.println("backfill membaca log Moodle / replays Moodle's log: set jembatan.moodle.log-jdbc-url (and"
                    + " jembatan.moodle.url, jembatan.moodle.token). Without database access,"
                    + " 'run moodle-learning' reads every course's current state through web services.");
            return ExitCodes.USAGE;
        }
        Instant start = from;
        Instant end = to;
        return flows.logPass("backfill moodle-learning", () -> tail.startBackfill(start, end, progress(out)), out);
    }

    private static Consumer<LearningPass> progress(PrintStream out) {
        return pass -> {
            String share = pass.total() > 0
                    ? String.format(" (%d%%)", Math.min(100, pass.read() * 100 / pass.total())) : "";
            out.printf("backfill moodle-learning: %,d / %,d%s; %s%n", pass.read(), Math.max(pass.total(), 0), share,
                    pass.summary());
        };
    }

    private static Instant parse(String text) {
        if (text.contains("T")) {
            return Instant.parse(text);
        }
        return LocalDate.parse(text).atStartOfDay(WIB).toInstant();
    }

    private static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("Penggunaan / usage: backfill moodle-learning --from YYYY-MM-DD [--to YYYY-MM-DD]"
                + " (tanggal WIB / dates in WIB; --to exclusive)");
        return ExitCodes.USAGE;
    }
}
