package id.jembatan.hr.kinerja;

import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.JabatanKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The result of one SKP period of one ASN, checked: valid NIPs, known ratings and period, and a predikat that
 * follows from the ratings by the PermenPANRB 6/2022 matrix (a source predikat that contradicts its ratings makes
 * the record a {@link RejectedRecord} instead). Optional parts are null or empty when the source does not give them.
 *
 * @param sourceId the record's id in e-Kinerja, or null
 * @param nip the ASN evaluated
 * @param name the ASN's name, or null
 * @param year the SKP year (tahun)
 * @param period the period evaluated
 * @param hasilKerja rating hasil kerja
 * @param perilakuKerja rating perilaku kerja
 * @param predikat predikat kinerja, {@link Predikat#of} the two ratings
 * @param evaluatorNip the evaluator (pejabat penilai kinerja), or null when not an ASN or not given
 * @param evaluatorName the evaluator's name, or null
 * @param jabatanKind kind of the ASN's position, or null
 * @param opdCode code of the ASN's unit kerja, or null
 * @param opdName name of the ASN's unit kerja, or null
 * @param evaluatedOn the date of the evaluation, or null
 * @param updatedAt last change of the record in e-Kinerja, or null
 * @param indicators the evaluator's notes per indicator
 * @param missingCompetencies competencies of the position the ASN does not yet meet (codes or names), as
 *     e-Kinerja or the competency map records them
 */
public record PeriodResult(
        String sourceId,
        Nip nip,
        String name,
        int year,
        SkpPeriod period,
        Rating hasilKerja,
        Rating perilakuKerja,
        Predikat predikat,
        Nip evaluatorNip,
        String evaluatorName,
        JabatanKind jabatanKind,
        String opdCode,
        String opdName,
        LocalDate evaluatedOn,
        LocalDateTime updatedAt,
        List<IndicatorNote> indicators,
        List<String> missingCompetencies) implements KinerjaRow {

    public PeriodResult {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(hasilKerja, "hasilKerja");
        Objects.requireNonNull(perilakuKerja, "perilakuKerja");
        Objects.requireNonNull(predikat, "predikat");
        if (predikat != Predikat.of(hasilKerja, perilakuKerja)) {
            throw new IllegalArgumentException("predikat " + predikat + " does not follow from " + hasilKerja + " and "
                    + perilakuKerja);
        }
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        missingCompetencies = List.copyOf(missingCompetencies == null ? List.of() : missingCompetencies);
    }

    /** {@code <nip>/<year>/<period key>}: one period of one ASN, whatever its ratings. */
    public String periodKey() {
        return nip.value() + "/" + year + "/" + period.key();
    }

    /** {@code SKP 2025 Triwulan I}. */
    public String periodName() {
        return "SKP " + year + " " + period.label();
    }
}
