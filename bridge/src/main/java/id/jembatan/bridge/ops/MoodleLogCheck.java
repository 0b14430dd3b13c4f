package id.jembatan.bridge.ops;

import id.jembatan.bridge.cli.Check;
import id.jembatan.bridge.cli.CheckResult;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.moodle.log.MoodleLogReader;

/**
 * The health of Moodle's log database, when {@code moodle-learning} tails it ({@code jembatan.moodle.log-jdbc-url}):
 * the newest row of the log table, read as the flow reads it.
 */
final class MoodleLogCheck implements Check {

    static final String NAME = "moodle-log";

    private final MoodleLogReader reader;

    MoodleLogCheck(MoodleLogReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run() {
        try {
            return new CheckResult(NAME, CheckResult.Status.OK, reader.table() + ": newest row " + reader.maxId());
        } catch (MoodleLogException e) {
            return new CheckResult(NAME, CheckResult.Status.FAILED, e.getMessage()
                    + " — periksa / check jembatan.moodle.log-jdbc-url, log-username, log-password");
        }
    }
}
