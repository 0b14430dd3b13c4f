package id.jembatan.flow.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The 51 rows of {@code moodle/logstore/standard_log_sample.json}, copied from a real Moodle 4.5.6's
 * {@code mdl_logstore_standard_log}, as {@code MoodleLogReader} returns them; and variants of them for events the
 * recording does not hold.
 */
final class RecordedLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> ROWS = load();

    private RecordedLog() {
    }

    /** The recorded row with this id. */
    static LogRow row(long id) {
        return logRow(json(id));
    }

    /** The recorded rows the flow reads (the events of {@link LearningEvents#ALL}), in id order. */
    static List<LogRow> learningRows() {
        return ROWS.stream().map(RecordedLog::logRow).filter(row -> LearningEvents.ALL.contains(row.eventName()))
                .toList();
    }

    /** The highest id of the recording: what a pass started after it was written reads up to. */
    static long maxId() {
        return ROWS.get(ROWS.size() - 1).get("id").asLong();
    }

    /**
     * Recorded row {@code id} as a new event {@code newId}, changed by {@code change}: columns by Moodle's names,
     * {@code other} as the JSON object it holds (set it to a text node to store text that is not JSON).
     */
    static LogRow variant(long id, long newId, Consumer<ObjectNode> change) {
        ObjectNode row = json(id).deepCopy();
        row.put("id", newId);
        JsonNode other = row.get("other");
        if (other.isTextual() && !other.asText().equals("null")) {
            row.set("other", parse(other.asText()));
        }
        change.accept(row);
        if (row.get("other").isContainerNode()) {
            row.put("other", row.get("other").toString());
        }
        return logRow(row);
    }

    /** Recorded row {@code id} as event {@code newId} with these fields of {@code other} replaced. */
    static LogRow variant(long id, long newId, Map<String, Object> otherFields) {
        return variant(id, newId, row -> otherFields.forEach((field, value) ->
                ((ObjectNode) row.get("other")).set(field, JSON.valueToTree(value))));
    }

    private static JsonNode json(long id) {
        return ROWS.stream().filter(row -> row.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no recorded row " + id));
    }

    private static LogRow logRow(JsonNode row) {
        return new LogRow(row.get("id").asLong(), row.get("eventname").asText(), row.get("component").asText(),
                row.get("action").asText(), row.get("target").asText(), text(row, "objecttable"),
                number(row, "objectid"), row.get("contextid").asLong(), row.get("contextlevel").asInt(),
                row.get("contextinstanceid").asLong(), row.get("userid").asLong(), row.get("courseid").asLong(),
                number(row, "relateduserid"), row.get("anonymous").asInt() != 0, text(row, "other"),
                row.get("timecreated").asLong(), text(row, "origin"));
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> load() {
        try (InputStream in = RecordedLog.class.getResourceAsStream("/moodle/logstore/standard_log_sample.json")) {
            List<JsonNode> rows = new ArrayList<>();
            JSON.readTree(in).get("rows").forEach(rows::add);
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
