package id.jembatan.support.state;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a processor has already done, keyed by {@code (processor, key)}, with a value per key: the hash of
 * the profile last sent, the statement id of the event already delivered. Keys compare exactly (case
 * and trailing spaces count) on every supported database.
 */
public interface IdempotencyStore {

    /** Longest processor name accepted. */
    int MAX_PROCESSOR_LENGTH = 100;
    /** Longest key accepted. */
    int MAX_KEY_LENGTH = 500;
    /** Longest value accepted. */
    int MAX_VALUE_LENGTH = 1000;

    /** The value stored for {@code key}; empty if the processor has not marked it. */
    Optional<String> lookup(String processor, String key);

    /**
     * The stored values of those of {@code keys} the processor has marked; absent keys are not in the
     * map. One round trip per few hundred keys, so a batch costs one query, not one per record.
     */
    Map<String, String> lookupAll(String processor, Collection<String> keys);

    /**
     * Stores {@code value} for {@code key} unless the key is already stored.
     *
     * @return true if this call stored it, false if it was there already (its value is left as it was);
     *     of concurrent callers with the same key exactly one gets true
     */
    boolean markIfAbsent(String processor, String key, String value);

    /** Stores {@code value} for {@code key}, replacing any value stored before. */
    void put(String processor, String key, String value);

    /**
     * Stores every value of {@code values} under its key, replacing values stored before: {@link #put} for a
     * whole batch, in few round trips.
     */
    default void putAll(String processor, Map<String, String> values) {
        values.forEach((key, value) -> put(processor, key, value));
    }
}
