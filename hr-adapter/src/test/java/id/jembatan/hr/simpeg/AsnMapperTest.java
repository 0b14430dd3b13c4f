package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsnMapperTest {

    private static final LocalDateTime UPDATED = LocalDateTime.of(2025, 10, 1, 7, 30);

    private final AsnMapper mapper = new AsnMapper();

    private static Map<String, Object> validRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nip", "198511072009021002");
        row.put("gelar_depan", "Dr.");
        row.put("nama", "Budi Santoso");
        row.put("gelar_belakang", "S.Kom., M.M.");
        row.put("email", "budi.santoso@tangerangselatankota.go.id");
        row.put("telepon", "081234567890");
        row.put("opd_kode", "2.16.01");
        row.put("opd_nama", "Dinas Komunikasi dan Informatika");
        row.put("jabatan_nama", "Pranata Komputer Ahli Muda");
        row.put("jabatan_jenis", "FUNGSIONAL");
        row.put("golongan", "III/c");
        row.put("status_kepegawaian", "PNS");
        row.put("status_aktif", "AKTIF");
        row.put("tmt_cpns", LocalDate.of(2009, 2, 1));
        row.put("tmt_jabatan", LocalDate.of(2021, 1, 4));
        row.put("tmt_golongan", LocalDate.of(2017, 4, 1));
        row.put("updated_at", UPDATED);
        return row;
    }

    private AsnRow map(Map<String, Object> row) {
        return mapper.map("asn-changed", new RawRow(row));
    }

    @Test
    void validRowBecomesATypedProfile() {
        AsnProfile profile = (AsnProfile) map(validRow());

        assertThat(profile.nip()).isEqualTo(Nip.of("198511072009021002"));
        assertThat(profile.fullName()).isEqualTo("Dr. Budi Santoso, S.Kom., M.M.");
        assertThat(profile.jabatanKind()).isEqualTo(JabatanKind.FUNGSIONAL);
        assertThat(profile.employmentStatus()).isEqualTo(EmploymentStatus.PNS);
        assertThat(profile.state()).isEqualTo(AsnState.ACTIVE);
        assertThat(profile.active()).isTrue();
        assertThat(profile.tmtCpns()).isEqualTo(LocalDate.of(2009, 2, 1));
        assertThat(profile.updatedAt()).isEqualTo(UPDATED);
    }

    @Test
    void textIsTrimmedBlankBecomesNullAndCodesAreReadLoosely() {
        Map<String, Object> row = validRow();
        row.put("nip", " 19851107 200902 1 002 ");
        row.put("nama", "  Budi Santoso ");
        row.put("gelar_depan", "   ");
        row.put("status_aktif", "mutasi keluar");
        row.put("jabatan_jenis", " fungsional");
        row.put("tmt_cpns", "2009-02-01");
        row.put("updated_at", "2025-10-01 07:30:00.5");

        AsnProfile profile = (AsnProfile) map(row);

        assertThat(profile.nip().value()).isEqualTo("198511072009021002");
        assertThat(profile.name()).isEqualTo("Budi Santoso");
        assertThat(profile.frontTitle()).isNull();
        assertThat(profile.state()).isEqualTo(AsnState.TRANSFERRED_OUT);
        assertThat(profile.jabatanKind()).isEqualTo(JabatanKind.FUNGSIONAL);
        assertThat(profile.tmtCpns()).isEqualTo(LocalDate.of(2009, 2, 1));
        assertThat(profile.updatedAt()).isEqualTo(UPDATED.withNano(500_000_000));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "nip                | 19851107200902100  | nip     | NIP harus 18 digit | NIP must have exactly 18 digits",
        "nip                | 198511072009131002 | nip     | bulan pengangkatan | appointment month",
        "nama               | \"\"               | nama    | nama kosong        | name is missing",
        "email              | \"\"               | email   | email kosong       | email is missing (required for an active ASN)",
        "email              | budi at dinas      | email   | email tidak valid  | email is not a valid address",
        "status_kepegawaian | HONORER            | status_kepegawaian | 'HONORER' tidak dikenal | unknown value 'HONORER', known values: [PNS, PPPK, CPNS]",
        "status_aktif       | CUTI               | status_aktif | 'CUTI' tidak dikenal | known values: [AKTIF, PENSIUN, MUTASI_KELUAR, MENINGGAL]",
        "jabatan_jenis      | ESELON             | jabatan_jenis | tidak dikenal  | unknown value 'ESELON'",
        "tmt_jabatan        | 31-12-2020         | tmt_jabatan | bukan tanggal yang valid | not a valid date: '31-12-2020'"})
    void badValueRejectsTheRowWithABilingualReason(String column, String value, String problemColumn,
            String indonesian, String english) {
        Map<String, Object> row = validRow();
        row.put(column, value);

        RejectedRow rejected = (RejectedRow) map(row);

        assertThat(rejected.query()).isEqualTo("asn-changed");
        assertThat(rejected.rawKey()).isEqualTo(row.get("nip"));
        assertThat(rejected.updatedAt()).isEqualTo(UPDATED);
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo(problemColumn);
            assertThat(problem.indonesian()).contains(indonesian);
            assertThat(problem.english()).contains(english);
        });
        assertThat(rejected.reason()).startsWith(problemColumn + ": ").contains(" / ");
        assertThat(rejected.values()).containsEntry(column, value);
    }

    @Test
    void everyProblemOfARowIsReported() {
        Map<String, Object> row = validRow();
        row.put("nip", "1985-11-07");
        row.put("nama", null);
        row.put("email", null);

        RejectedRow rejected = (RejectedRow) map(row);

        assertThat(rejected.problems()).extracting(RejectedRow.Problem::column).containsExactly("nip", "nama", "email");
        assertThat(rejected.reason()).contains("NIP hanya boleh berisi angka '1985-11-07' / NIP must contain digits "
                + "only '1985-11-07'");
    }

    @Test
    void anAsnWhoLeftNeedsNoEmailBecauseOnlyTheirAccountIsSuspended() {
        Map<String, Object> row = validRow();
        row.put("status_aktif", "PENSIUN");
        row.put("email", null);

        AsnProfile profile = (AsnProfile) map(row);

        assertThat(profile.state()).isEqualTo(AsnState.RETIRED);
        assertThat(profile.email()).isNull();
        assertThat(profile.active()).isFalse();
    }

    @Test
    void optionalColumnsMayBeNull() {
        Map<String, Object> row = validRow();
        for (String optional : new String[] {"gelar_depan", "gelar_belakang", "telepon", "opd_kode", "opd_nama",
            "jabatan_nama", "jabatan_jenis", "golongan", "tmt_cpns", "tmt_jabatan", "tmt_golongan"}) {
            row.put(optional, null);
        }

        AsnProfile profile = (AsnProfile) map(row);

        assertThat(profile.fullName()).isEqualTo("Budi Santoso");
        assertThat(profile.jabatanKind()).isNull();
        assertThat(profile.tmtCpns()).isNull();
    }
}
