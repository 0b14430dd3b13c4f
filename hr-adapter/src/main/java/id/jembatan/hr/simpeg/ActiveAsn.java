package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.util.Objects;

/**
 * An active ASN and the unit kerja (OPD) they belong to now, as {@code asn-active-by-opd.sql} returns them.
 *
 * @param nip the NIP
 * @param name the name without titles, or null when the query gives none
 * @param opdCode the OPD code, or null for an ASN not placed in any OPD
 * @param opdName the OPD's name, or null
 */
public record ActiveAsn(Nip nip, String name, String opdCode, String opdName) {

    public ActiveAsn {
        Objects.requireNonNull(nip, "nip");
    }
}
