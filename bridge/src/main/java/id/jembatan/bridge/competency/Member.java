package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One active ASN of an OPD with the year's figures.
 *
 * @param nip       the NIP
 * @param name      the name in SIMPEG
 * @param jp        known JP by type and the number of credits whose JP is not known (all zero without credits)
 * @param compliant whether the known JP reach the target
 */
@Schema(description = "One active ASN of an OPD / satu ASN aktif pada OPD")
public record Member(String nip, String name, JpTotals jp, boolean compliant) {
}
