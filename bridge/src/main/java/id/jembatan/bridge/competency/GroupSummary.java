package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one OPD (or of all) in one year. Headcount is the OPD's active ASN in SIMPEG now, so an ASN without
 * any credit counts, with 0 JP, as not meeting the target.
 *
 * @param opdCode           the OPD code; null for the all-OPD total
 * @param opdName           its name in SIMPEG
 * @param year              the credit year
 * @param targetJp          the yearly target ({@code jembatan.competency.target-jp})
 * @param headcount         active ASN
 * @param compliant         of whom reach the target with known JP
 * @param compliancePercent {@code compliant / headcount} in percent, two decimals; null when headcount is 0
 * @param totalJp           known JP of all of them
 * @param meanJp            mean known JP per ASN, two decimals
 * @param medianJp          median known JP per ASN, two decimals
 * @param asnWithUnknownJp  ASN holding at least one credit whose JP is not known (their figures may rise)
 * @param distribution      ASN per JP band
 * @param creditsNeedingReview active credits of the group's ASN flagged "perlu ditinjau / needs review" (they count
 *                          in the figures all the same)
 */
@Schema(description = "Figures of one OPD in one year / angka satu OPD dalam satu tahun")
public record GroupSummary(String opdCode, String opdName, int year, BigDecimal targetJp, int headcount,
        int compliant, BigDecimal compliancePercent, BigDecimal totalJp, BigDecimal meanJp, BigDecimal medianJp,
        int asnWithUnknownJp, List<Bucket> distribution, int creditsNeedingReview) {
}
