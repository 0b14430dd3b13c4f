package id.jembatan.support.state;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a flow has read one source (or one partition of it).
 *
 * @param flow      flow id, e.g. {@code moodle-learning}
 * @param key       source or partition within the flow, e.g. {@code logstore} or {@code opd:1.02}
 * @param value     the position, in the flow's own text encoding (a timestamp, an id, {@code time|id})
 * @param updatedAt when the flow last moved it
 */
public record Watermark(String flow, String key, String value, Instant updatedAt) {

    public Watermark {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
