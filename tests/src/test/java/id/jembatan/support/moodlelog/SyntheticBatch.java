package id.jembatan.support.moodlelog;

import java.util.Map;

/**
 * What one {@link MoodleLogTable#appendSynthetic(SyntheticLog)} appended: ids {@code firstId} to
 * {@code lastId} (contiguous), and how many rows of each event name.
 */
public record SyntheticBatch(long firstId, long lastId, int rows, Map<String, Integer> rowsByEvent) {

    public SyntheticBatch {
        rowsByEvent = Map.copyOf(rowsByEvent);
    }

    /** How many rows have this event name. */
    public int rowsOf(String eventName) {
        return rowsByEvent.getOrDefault(eventName, 0);
    }

    /** How many of the rows are {@link id.jembatan.moodle.log.LearningEvents#ALL learning events}. */
    public int learningEvents() {
        return SyntheticEvent.learning().stream().mapToInt(event -> rowsOf(event.eventName())).sum();
    }
}
