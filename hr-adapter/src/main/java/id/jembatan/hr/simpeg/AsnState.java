package id.jembatan.hr.simpeg;

import java.util.Arrays;
import java.util.Optional;

/** Whether an ASN still works for the government (status aktif); only {@link #ACTIVE} keeps Moodle access. */
public enum AsnState {
    /** Working. Column value {@code AKTIF}. */
    ACTIVE("AKTIF"),
    /** Retired. Column value {@code PENSIUN}. */
    RETIRED("PENSIUN"),
    /** Transferred to another government (mutasi keluar). Column value {@code MUTASI_KELUAR}. */
    TRANSFERRED_OUT("MUTASI_KELUAR"),
    /** Deceased. Column value {@code MENINGGAL}. */
    DECEASED("MENINGGAL");

    private final String code;

    AsnState(String code) {
        this.code = code;
    }

    /** The value SIMPEG keeps in the {@code status_aktif} column. */
    public String code() {
        return code;
    }

    /** The state with this code ({@code "mutasi keluar"} reads as {@link #TRANSFERRED_OUT}). */
    public static Optional<AsnState> fromCode(String code) {
        String normalised = Codes.normalise(code);
        return Arrays.stream(values()).filter(v -> v.code.equals(normalised)).findFirst();
    }
}
