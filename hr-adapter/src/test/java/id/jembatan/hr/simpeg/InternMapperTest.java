package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternMapperTest {

    private final InternMapper mapper = new InternMapper();

    private static Map<String, Object> validRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nomor_induk", "2213450042");
        row.put("jenis_nomor", "NIM");
        row.put("nama", "Dinda Lestari");
        row.put("email", "dinda.lestari@student.unpam.ac.id");
        row.put("perguruan_tinggi", "Universitas Pamulang");
        row.put("opd_kode", "2.16.01");
        row.put("opd_nama", "Dinas Komunikasi dan Informatika");
        row.put("mentor_nip", "198511072009021002");
        row.put("tanggal_mulai", LocalDate.of(2025, 11, 1));
        row.put("tanggal_selesai", LocalDate.of(2026, 1, 31));
        row.put("updated_at", LocalDateTime.of(2025, 11, 1, 9, 0));
        return row;
    }

    @Test
    void validRowBecomesAnIntern() {
        Intern intern = (Intern) mapper.map("interns-changed", new RawRow(validRow()));

        assertThat(intern.idKind()).isEqualTo(Intern.IdKind.NIM);
        assertThat(intern.mentorNip()).isEqualTo(Nip.of("198511072009021002"));
        assertThat(intern.activeOn(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(intern.activeOn(LocalDate.of(2026, 2, 1))).isFalse();
    }

    @Test
    void aMentorIsOptional() {
        Map<String, Object> row = validRow();
        row.put("mentor_nip", " ");

        assertThat(((Intern) mapper.map("interns-changed", new RawRow(row))).mentorNip()).isNull();
    }

    @Test
    void badNikMentorNipAndPeriodAreEachReported() {
        Map<String, Object> row = validRow();
        row.put("jenis_nomor", "NIK");
        row.put("nomor_induk", "36740112345");
        row.put("mentor_nip", "198511072009020002");
        row.put("tanggal_selesai", LocalDate.of(2025, 10, 31));
        row.put("email", null);

        RejectedRow rejected = (RejectedRow) mapper.map("interns-changed", new RawRow(row));

        assertThat(rejected.rawKey()).isEqualTo("36740112345");
        assertThat(rejected.problems()).extracting(RejectedRow.Problem::column)
                .containsExactly("nomor_induk", "email", "mentor_nip", "tanggal_selesai");
        assertThat(rejected.reason())
                .contains("NIK harus 16 digit angka: '36740112345' / a NIK must have exactly 16 digits")
                .contains("email kosong (wajib untuk peserta magang) / email is missing (required for an intern)")
                .contains("digit 15 (gender) must be 1 or 2")
                .contains("end date 2025-10-31 lies before start date 2025-11-01");
    }

    @Test
    void unknownIdKindIsRejected() {
        Map<String, Object> row = validRow();
        row.put("jenis_nomor", "NISN");

        RejectedRow rejected = (RejectedRow) mapper.map("interns-changed", new RawRow(row));

        assertThat(rejected.reason()).isEqualTo("jenis_nomor: nilai 'NISN' tidak dikenal, yang dikenal: [NIK, NIM] "
                + "/ unknown value 'NISN', known values: [NIK, NIM]");
    }
}
