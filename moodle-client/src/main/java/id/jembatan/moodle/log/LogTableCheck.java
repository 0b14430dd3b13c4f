package id.jembatan.moodle.log;

import java.util.List;

/**
 * What {@link MoodleLogReader#check()} found of Moodle's log table.
 *
 * @param table          the table read, e.g. {@code mdl_logstore_standard_log}
 * @param newestId       the id of its newest row (0 when it is empty)
 * @param missingIndexes the columns the reader looks rows up by that lead no index of the table, e.g.
 *                       {@code timecreated}; empty when every index Moodle creates for them is there
 */
public record LogTableCheck(String table, long newestId, List<String> missingIndexes) {

    /** The columns the reader's queries look rows up by, each the first column of an index Moodle creates. */
    public static final List<String> INDEXED_COLUMNS = List.of("id", "timecreated", "contextid", "relateduserid");

    public LogTableCheck {
        missingIndexes = List.copyOf(missingIndexes);
    }
}
