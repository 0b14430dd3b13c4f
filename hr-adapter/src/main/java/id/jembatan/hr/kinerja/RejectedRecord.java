package id.jembatan.hr.kinerja;

import java.util.Objects;

/**
 * A record e-Kinerja sent that cannot be used as it is: a field is missing or unreadable, or its predikat contradicts
 * its own ratings. It goes to the dead-letter store with the record and the reason; nothing is "fixed" silently.
 *
 * @param recordKey {@code <nip>/<year>/<period>} as far as readable, else the source id or a position
 * @param payload the record as read (JSON), for the admin and for a replay; for a contradiction also both predikats
 * @param reason bilingual, naming the field at fault
 * @param kind what is wrong
 */
public record RejectedRecord(String recordKey, String payload, String reason, Kind kind) implements KinerjaRow {

    /** What is wrong with a record. */
    public enum Kind {
        /** A field is missing or unreadable. */
        INVALID,
        /** The source's predikat is not what the PermenPANRB 6/2022 matrix gives for its ratings. */
        CONTRADICTION
    }

    public RejectedRecord {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
    }
}
