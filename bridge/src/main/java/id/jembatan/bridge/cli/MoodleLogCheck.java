package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.MoodleLearningProperties;
import id.jembatan.bridge.config.MoodleProperties;
import id.jembatan.moodle.log.LogTableCheck;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.moodle.log.MoodleLogReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moodle's log database, when {@code moodle-learning} tails it: connects with the configured account, reads the log
 * table (which needs {@code SELECT} on it), and finds the indexes the flow's queries rely on.
 */
@Component
@Order(3)
class MoodleLogCheck implements Check {

    private final MoodleProperties moodle;
    private final MoodleLearningProperties flow;
    private final ObjectProvider<MoodleLogReader> reader;

    MoodleLogCheck(MoodleProperties moodle, MoodleLearningProperties flow, ObjectProvider<MoodleLogReader> reader) {
        this.moodle = moodle;
        this.flow = flow;
        this.reader = reader;
    }

    @Override
    public String name() {
        return "moodle-log";
    }

    @Override
    public CheckResult run() {
        MoodleLogReader log = reader.getIfAvailable();
        if (log == null) {
            return CheckResult.skipped(name(), "tidak dikonfigurasi / not configured (jembatan.moodle.log-jdbc-url"
                    + (moodle.configured() ? "" : " and jembatan.moodle.url") + " empty): moodle-learning reads"
                    + " Moodle's web services");
        }
        if (!flow.enabled()) {
            return CheckResult.skipped(name(), "moodle-learning nonaktif / is disabled"
                    + " (jembatan.flows.moodle-learning.enabled=false); the log database is not read");
        }
        LogTableCheck check;
        try {
            check = log.check();
        } catch (MoodleLogException e) {
            return CheckResult.failed(name(), e.getMessage());
        } catch (RuntimeException e) {
            return CheckResult.failed(name(), "tidak dapat membaca / cannot read " + log.table() + ": " + e.getMessage()
                    + " — periksa / check jembatan.moodle.log-jdbc-url");
        }
        if (!check.missingIndexes().isEmpty()) {
            return CheckResult.failed(name(), check.table() + " dapat dibaca tetapi indeks hilang / is readable but has"
                    + " no index on " + String.join(", ", check.missingIndexes()) + ": every poll would scan the whole"
                    + " log. Moodle creates these indexes; point jembatan.moodle.log-jdbc-url and"
                    + " jembatan.moodle.log-table-prefix at Moodle's own log table, or recreate them");
        }
        return CheckResult.ok(name(), check.table() + " dapat dibaca / readable, newest id " + check.newestId()
                + ", indexes on " + String.join(", ", LogTableCheck.INDEXED_COLUMNS) + " present");
    }
}
