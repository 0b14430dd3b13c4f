package id.jembatan.support.state;

import java.util.List;
import java.util.Optional;

/**
 * Records that failed permanently. At most one dead letter per {@code (flow, recordKey)} is
 * {@link DeadLetterStatus#OPEN}: a record that fails again while open updates it instead of adding
 * another.
 */
public interface DeadLetterStore {

    /** Longest flow id accepted. */
    int MAX_FLOW_LENGTH = 100;
    /** Longest record key accepted. */
    int MAX_RECORD_KEY_LENGTH = 500;
    /** Longest reason kept; a longer reason is cut to this length. */
    int MAX_REASON_LENGTH = 2000;
    /** Longest error class name accepted. */
    int MAX_ERROR_CLASS_LENGTH = 300;

    /**
     * Records a failure of {@code recordKey}. If the record has an open dead letter, increments its
     * attempts, sets its last seen time and replaces its payload, reason and error class; otherwise opens a
     * new one with one attempt.
     *
     * @param payload    the record, enough to replay it; may be null
     * @param errorClass exception class name; may be null
     * @return the id of the open dead letter
     * @throws IllegalArgumentException if flow, recordKey or reason is null or blank, or a value is longer
     *     than its maximum (except reason, which is cut)
     */
    long record(String flow, String recordKey, String payload, String reason, String errorClass);

    /** Up to {@code limit} dead letters in {@code status}, oldest first. */
    default List<DeadLetter> list(DeadLetterStatus status, int limit) {
        return listAfter(status, 0, limit);
    }

    /** Up to {@code limit} dead letters in {@code status} with an id above {@code afterId}, oldest first. */
    List<DeadLetter> listAfter(DeadLetterStatus status, long afterId, int limit);

    Optional<DeadLetter> find(long id);

    /**
     * Marks an open dead letter replayed.
     *
     * @return true if it was open; false if it does not exist or was already replayed or discarded
     */
    boolean markReplayed(long id);

    /**
     * Marks an open dead letter discarded.
     *
     * @return true if it was open; false if it does not exist or was already replayed or discarded
     */
    boolean discard(long id);

    /** How many dead letters of {@code flow} are in {@code status}. */
    long count(String flow, DeadLetterStatus status);
}
