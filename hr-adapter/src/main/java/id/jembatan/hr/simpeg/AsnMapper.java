package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Maps the contract aliases of the ASN queries to an {@link AsnProfile}, or rejects the row. */
final class AsnMapper implements RowMapper<AsnRow> {

    static final List<String> ALIASES = List.of("nip", "gelar_depan", "nama", "gelar_belakang", "email", "telepon",
            "opd_kode", "opd_nama", "jabatan_nama", "jabatan_jenis", "golongan", "status_kepegawaian",
            "status_aktif", "tmt_cpns", "tmt_jabatan", "tmt_golongan", "updated_at");

    @Override
    public List<String> aliases() {
        return ALIASES;
    }

    @Override
    public String keyAlias() {
        return "nip";
    }

    @Override
    public AsnRow map(String query, RawRow row) {
        RowChecks checks = new RowChecks(row);
        Nip nip = checks.nip("nip", true);
        String name = checks.requiredText("nama", "nama kosong", "name is missing");
        EmploymentStatus status = checks.code("status_kepegawaian", EmploymentStatus::fromCode,
                EmploymentStatus.values(), EmploymentStatus::name, true);
        AsnState state = checks.code("status_aktif", AsnState::fromCode, AsnState.values(), AsnState::code, true);
        JabatanKind kind = checks.code("jabatan_jenis", JabatanKind::fromCode, JabatanKind.values(),
                JabatanKind::name, false);
        String email = checks.email("email", state == AsnState.ACTIVE,
                "wajib untuk ASN aktif", "required for an active ASN");
        LocalDate tmtCpns = checks.date("tmt_cpns", false);
        LocalDate tmtJabatan = checks.date("tmt_jabatan", false);
        LocalDate tmtGolongan = checks.date("tmt_golongan", false);
        LocalDateTime updatedAt = checks.dateTime("updated_at");
        if (!checks.passed()) {
            return checks.reject(query, keyAlias());
        }
        return new AsnProfile(nip, checks.text("gelar_depan"), name, checks.text("gelar_belakang"), email,
                checks.text("telepon"), checks.text("opd_kode"), checks.text("opd_nama"),
                checks.text("jabatan_nama"), kind, checks.text("golongan"), status, state,
                tmtCpns, tmtJabatan, tmtGolongan, updatedAt);
    }
}
