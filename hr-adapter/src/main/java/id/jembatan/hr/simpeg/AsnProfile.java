package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An ASN as SIMPEG describes it, checked: the NIP is valid, the name is present, the codes are known, and an
 * active ASN has an email address. Each component is read from the column alias named in brackets.
 *
 * @param nip NIP or NI PPPK [{@code nip}]
 * @param frontTitle academic or professional titles before the name, e.g. {@code Dr.}, {@code dr.}, {@code Ir.}
 *     [{@code gelar_depan}], or null
 * @param name name without titles [{@code nama}]
 * @param backTitle titles after the name, e.g. {@code S.Kom., M.M.} [{@code gelar_belakang}], or null
 * @param email email address [{@code email}]; present for an {@link AsnState#ACTIVE} ASN, may be null otherwise
 * @param phone phone number as SIMPEG keeps it [{@code telepon}], or null
 * @param opdCode code of the unit kerja (OPD) [{@code opd_kode}], or null
 * @param opdName name of the unit kerja [{@code opd_nama}], or null
 * @param jabatanName name of the position [{@code jabatan_nama}], or null
 * @param jabatanKind kind of position [{@code jabatan_jenis}], or null
 * @param golongan rank group, e.g. {@code III/a} (PNS, CPNS) or {@code IX} (PPPK) [{@code golongan}], or null
 * @param employmentStatus PNS, PPPK or CPNS [{@code status_kepegawaian}]
 * @param state active, retired, transferred out or deceased [{@code status_aktif}]
 * @param tmtCpns appointment as CPNS [{@code tmt_cpns}], or null
 * @param tmtJabatan start in the current position [{@code tmt_jabatan}], or null
 * @param tmtGolongan start in the current golongan [{@code tmt_golongan}], or null
 * @param updatedAt last change of the row in SIMPEG [{@code updated_at}]
 */
public record AsnProfile(
        Nip nip,
        String frontTitle,
        String name,
        String backTitle,
        String email,
        String phone,
        String opdCode,
        String opdName,
        String jabatanName,
        JabatanKind jabatanKind,
        String golongan,
        EmploymentStatus employmentStatus,
        AsnState state,
        LocalDate tmtCpns,
        LocalDate tmtJabatan,
        LocalDate tmtGolongan,
        LocalDateTime updatedAt) implements AsnRow {

    public AsnProfile {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employmentStatus, "employmentStatus");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the ASN still works for the government. */
    public boolean active() {
        return state == AsnState.ACTIVE;
    }

    /** The name as written on letters: {@code Dr. Budi Santoso, S.Kom., M.M.}. */
    public String fullName() {
        StringJoiner joined = new StringJoiner(" ");
        if (frontTitle != null) {
            joined.add(frontTitle);
        }
        joined.add(name);
        return backTitle == null ? joined.toString() : joined + ", " + backTitle;
    }
}
