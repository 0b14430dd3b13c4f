package id.jembatan.moodle.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 51 rows of {@code moodle/logstore/standard_log_sample.json}, copied as-is from a real Moodle 4.5.6's
 * {@code mdl_logstore_standard_log} (PostgreSQL), with all 21 columns.
 */
final class RecordedLog {

    static final List<String> COLUMNS = List.of("id", "eventname", "component", "action", "target", "objecttable",
            "objectid", "crud", "edulevel", "contextid", "contextlevel", "contextinstanceid", "userid", "courseid",
            "relateduserid", "anonymous", "other", "timecreated", "origin", "ip", "realuserid");

    private static final List<JsonNode> ROWS = load();

    private RecordedLog() {
    }

    /** Each recorded row as JSON, keyed by column name, in id order. */
    static List<JsonNode> rows() {
        return ROWS;
    }

    /** Each recorded row as the reader should return it. */
    static List<LogRow> logRows() {
        return ROWS.stream().map(RecordedLog::logRow).toList();
    }

    /** The recorded rows whose event is one of {@code eventNames}, as the reader should return them. */
    static List<LogRow> logRows(List<String> eventNames) {
        return logRows().stream().filter(row -> eventNames.contains(row.eventName())).toList();
    }

    /** The recorded row with this id. */
    static LogRow logRow(long id) {
        return logRows().stream().filter(row -> row.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no recorded row " + id));
    }

    static LogRow logRow(JsonNode row) {
        return new LogRow(row.get("id").asLong(), row.get("eventname").asText(), row.get("component").asText(),
                row.get("action").asText(), row.get("target").asText(), text(row, "objecttable"),
                number(row, "objectid"), row.get("contextid").asLong(), row.get("contextlevel").asInt(),
                row.get("contextinstanceid").asLong(), row.get("userid").asLong(), row.get("courseid").asLong(),
                number(row, "relateduserid"), row.get("anonymous").asInt() != 0, text(row, "other"),
                row.get("timecreated").asLong(), text(row, "origin"));
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value.isNull() ? null : value.asLong();
    }

    private static List<JsonNode> load() {
        try (InputStream in = RecordedLog.class.getResourceAsStream("/moodle/logstore/standard_log_sample.json")) {
            List<JsonNode> rows = new ArrayList<>();
            new ObjectMapper().readTree(in).get("rows").forEach(rows::add);
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
