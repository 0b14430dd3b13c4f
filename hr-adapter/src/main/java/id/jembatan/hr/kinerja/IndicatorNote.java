package id.jembatan.hr.kinerja;

import java.util.Objects;

/**
 * The evaluator's note on one performance indicator of an SKP (indikator kinerja individu), e.g.
 * {@code "Laporan keuangan triwulan"} / {@code "terlambat, penguasaan aplikasi SIPD kurang"}. Rules look for
 * keywords in both.
 *
 * @param indicator the indicator as written in the SKP; empty when the source gives only notes
 * @param note the evaluator's note (umpan balik); empty when none
 */
public record IndicatorNote(String indicator, String note) {

    public IndicatorNote {
        indicator = Objects.requireNonNullElse(indicator, "").strip();
        note = Objects.requireNonNullElse(note, "").strip();
    }
}
