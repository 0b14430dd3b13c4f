package id.jembatan.support.state;

import java.util.List;
import java.util.Optional;

/**
 * Each flow's read position per source or partition. A flow calls {@link #advance} only after the
 * target has accepted everything up to that position, so a crash re-reads at most one batch.
 */
public interface WatermarkStore {

    /** Longest flow id accepted. */
    int MAX_FLOW_LENGTH = 100;
    /** Longest source/partition key accepted. */
    int MAX_KEY_LENGTH = 200;
    /** Longest watermark value accepted. */
    int MAX_VALUE_LENGTH = 1000;

    /** The stored position of {@code flow} for {@code key}; empty if the flow has never advanced it. */
    Optional<String> get(String flow, String key);

    /**
     * Stores {@code value} as the position of {@code flow} for {@code key}, creating or replacing it.
     * The store does not compare values: callers pass only positions later than the current one, or
     * deliberately earlier ones (a backfill rewinding).
     *
     * @throws IllegalArgumentException if an argument is null, blank or longer than its maximum
     */
    void advance(String flow, String key, String value);

    /** Every position of {@code flow}, ordered by key. */
    List<Watermark> list(String flow);
}
