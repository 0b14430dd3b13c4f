package id.jembatan.hr.simpeg;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of SIMPEG's {@code ringkasan_kompetensi}: an ASN's competency development in one year.
 *
 * @param nip the NIP
 * @param year the credit year ({@code tahun})
 * @param totalJp JP of the active credits whose JP is known
 * @param jpTeknis of which competency type teknis
 * @param jpManajerial of which manajerial
 * @param jpSosialKultural of which sosial kultural
 * @param jpUnknownType of which the type is not known
 * @param unknownJpCount active credits whose JP is not known (not counted in any JP)
 * @param meetsTarget whether {@code totalJp} reaches the yearly target
 * @param updatedAt when the bridge wrote the row, local time
 */
public record CompetencySummaryRow(String nip, int year, BigDecimal totalJp, BigDecimal jpTeknis,
        BigDecimal jpManajerial, BigDecimal jpSosialKultural, BigDecimal jpUnknownType, int unknownJpCount,
        boolean meetsTarget, LocalDateTime updatedAt) {

    public CompetencySummaryRow {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(totalJp, "totalJp");
        Objects.requireNonNull(jpTeknis, "jpTeknis");
        Objects.requireNonNull(jpManajerial, "jpManajerial");
        Objects.requireNonNull(jpSosialKultural, "jpSosialKultural");
        Objects.requireNonNull(jpUnknownType, "jpUnknownType");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
