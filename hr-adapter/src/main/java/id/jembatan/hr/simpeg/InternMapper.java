package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Maps the contract aliases of the intern queries to an {@link Intern}, or rejects the row. */
final class InternMapper implements RowMapper<InternRow> {

    static final List<String> ALIASES = List.of("nomor_induk", "jenis_nomor", "nama", "email", "perguruan_tinggi",
            "opd_kode", "opd_nama", "mentor_nip", "tanggal_mulai", "tanggal_selesai", "updated_at");

    private static final int NIK_LENGTH = 16;

    @Override
    public List<String> aliases() {
        return ALIASES;
    }

    @Override
    public String keyAlias() {
        return "nomor_induk";
    }

    @Override
    public InternRow map(String query, RawRow row) {
        RowChecks checks = new RowChecks(row);
        String idNumber = checks.requiredText("nomor_induk", "nomor induk kosong", "id number is missing");
        Intern.IdKind kind = checks.code("jenis_nomor", Intern.IdKind::fromCode, Intern.IdKind.values(),
                Intern.IdKind::name, true);
        if (kind == Intern.IdKind.NIK && idNumber != null && !sixteenDigits(idNumber)) {
            checks.problem("nomor_induk", "NIK harus 16 digit angka: '" + idNumber + "'",
                    "a NIK must have exactly 16 digits: '" + idNumber + "'");
        }
        String name = checks.requiredText("nama", "nama kosong", "name is missing");
        String email = checks.email("email", true, "wajib untuk peserta magang", "required for an intern");
        Nip mentor = checks.nip("mentor_nip", false);
        LocalDate start = checks.date("tanggal_mulai", true);
        LocalDate end = checks.date("tanggal_selesai", true);
        if (start != null && end != null && end.isBefore(start)) {
            checks.problem("tanggal_selesai", "tanggal selesai " + end + " sebelum tanggal mulai " + start,
                    "end date " + end + " lies before start date " + start);
        }
        LocalDateTime updatedAt = checks.dateTime("updated_at");
        if (!checks.passed()) {
            return checks.reject(query, keyAlias());
        }
        return new Intern(idNumber, kind, name, email, checks.text("perguruan_tinggi"), checks.text("opd_kode"),
                checks.text("opd_nama"), mentor, start, end, updatedAt);
    }

    private static boolean sixteenDigits(String text) {
        return text.length() == NIK_LENGTH && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
