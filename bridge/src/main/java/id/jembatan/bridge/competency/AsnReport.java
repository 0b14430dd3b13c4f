package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One ASN's competency development in one year.
 *
 * @param nip            the NIP
 * @param year           the credit year (by day of completion)
 * @param name           the name in SIMPEG; null when SIMPEG is not configured or the ASN is not active there
 * @param opdCode        the OPD the ASN belongs to now in SIMPEG, or null
 * @param opdName        its name
 * @param activeInSimpeg whether SIMPEG lists the ASN as active; null when SIMPEG is not configured
 * @param targetJp       the yearly target
 * @param jp             known JP of the year by competency type, and the number of credits whose JP is not known
 * @param compliant      whether the known JP reach the target
 * @param jpToTarget     JP still missing to the target (0 when reached)
 * @param credits        the active credits of the year with their evidence, oldest first
 */
@Schema(description = "One ASN's competency development in one year / pengembangan kompetensi satu ASN setahun")
public record AsnReport(String nip, int year, String name, String opdCode, String opdName, Boolean activeInSimpeg,
        BigDecimal targetJp, JpTotals jp, boolean compliant, BigDecimal jpToTarget, List<Credit> credits) {
}
