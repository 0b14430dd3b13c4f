package id.jembatan.hr.simpeg;

import java.util.Arrays;
import java.util.Optional;

/** Employment status (status kepegawaian) of an ASN. Column value: the constant's name. */
public enum EmploymentStatus {
    /** Pegawai Negeri Sipil: civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: government employee on a work agreement. */
    PPPK,
    /** Calon PNS: in the probation year before becoming PNS. */
    CPNS;

    /** The value with this code, ignoring case and surrounding spaces. */
    public static Optional<EmploymentStatus> fromCode(String code) {
        String normalised = Codes.normalise(code);
        return Arrays.stream(values()).filter(v -> v.name().equals(normalised)).findFirst();
    }
}
