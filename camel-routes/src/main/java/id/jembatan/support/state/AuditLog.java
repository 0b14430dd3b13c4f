package id.jembatan.support.state;

import java.util.List;

/** Who did what to the bridge and when: replays, discards, backfills, configuration checks. Append only. */
public interface AuditLog {

    /** Longest actor accepted. */
    int MAX_ACTOR_LENGTH = 200;
    /** Longest action accepted. */
    int MAX_ACTION_LENGTH = 100;
    /** Longest subject accepted. */
    int MAX_SUBJECT_LENGTH = 500;

    /**
     * Appends an entry stamped with the current time.
     *
     * @param subject may be null
     * @param detail  may be null
     * @throws IllegalArgumentException if actor or action is null or blank, or a value is longer than its
     *     maximum
     */
    void record(String actor, String action, String subject, String detail);

    /** The latest {@code limit} entries, newest first. */
    List<AuditEntry> recent(int limit);
}
