package id.jembatan.hr.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.simpeg.JabatanKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMapperTest {

    static final String NIP = "198503152010012003";
    static final String PENILAI = "197801012005011002";

    private final RecordMapper mapper = new RecordMapper(KinerjaCodes.siasn());

    static Map<String, Object> record() {
        Map<String, Object> r = new HashMap<>();
        r.put(KinerjaFields.ID, "skp-1");
        r.put(KinerjaFields.NIP, NIP);
        r.put(KinerjaFields.NAMA, "Siti Rahmawati");
        r.put(KinerjaFields.TAHUN, 2025);
        r.put(KinerjaFields.PERIODE, "TRIWULAN I");
        r.put(KinerjaFields.RATING_HASIL_KERJA, "3");
        r.put(KinerjaFields.RATING_PERILAKU_KERJA, "2");
        r.put(KinerjaFields.PREDIKAT, "3");
        r.put(KinerjaFields.PENILAI_NIP, PENILAI);
        r.put(KinerjaFields.PENILAI_NAMA, "Budi Santoso");
        r.put(KinerjaFields.JABATAN_JENIS, "pelaksana");
        r.put(KinerjaFields.TANGGAL_PENILAIAN, "2025-04-10");
        r.put(KinerjaFields.UPDATED_AT, "2025-04-10T08:00:00+07:00");
        r.put(KinerjaFields.INDIKATOR, List.of(Map.of(KinerjaFields.INDIKATOR_URAIAN, "Laporan keuangan",
                KinerjaFields.INDIKATOR_CATATAN, "penguasaan aplikasi SIPD kurang")));
        r.put(KinerjaFields.KOMPETENSI_KURANG, "PBJ-DASAR; SIPD");
        return r;
    }

    @Test
    void aConsistentRecordBecomesAPeriodResult() {
        KinerjaRow row = mapper.map(record(), "p1");

        assertThat(row).isInstanceOf(PeriodResult.class);
        PeriodResult result = (PeriodResult) row;
        assertThat(result.nip().value()).isEqualTo(NIP);
        assertThat(result.year()).isEqualTo(2025);
        assertThat(result.period()).isEqualTo(SkpPeriod.TRIWULAN_I);
        assertThat(result.hasilKerja()).isEqualTo(Rating.DIBAWAH_EKSPEKTASI);
        assertThat(result.perilakuKerja()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(result.predikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(result.evaluatorNip().value()).isEqualTo(PENILAI);
        assertThat(result.jabatanKind()).isEqualTo(JabatanKind.PELAKSANA);
        assertThat(result.evaluatedOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(result.updatedAt()).isEqualTo(LocalDateTime.of(2025, 4, 10, 8, 0));
        assertThat(result.indicators()).containsExactly(new IndicatorNote("Laporan keuangan",
                "penguasaan aplikasi SIPD kurang"));
        assertThat(result.missingCompetencies()).containsExactly("PBJ-DASAR", "SIPD");
        assertThat(result.periodKey()).isEqualTo(NIP + "/2025/triwulan-1");
    }

    @Test
    void aMissingPredikatIsComputedFromTheRatings() {
        Map<String, Object> r = record();
        r.remove(KinerjaFields.PREDIKAT);
        r.put(KinerjaFields.RATING_HASIL_KERJA, "Di Atas Ekspektasi");
        r.put(KinerjaFields.RATING_PERILAKU_KERJA, "DIBAWAH_EKSPEKTASI");

        assertThat(((PeriodResult) mapper.map(r, "p1")).predikat()).isEqualTo(Predikat.KURANG);
    }

    @Test
    void aPredikatThatContradictsItsRatingsIsRejectedWithBothNotCorrected() {
        Map<String, Object> r = record();
        r.put(KinerjaFields.PREDIKAT, "Baik");

        KinerjaRow row = mapper.map(r, "p1");

        assertThat(row).isInstanceOf(RejectedRecord.class);
        RejectedRecord rejected = (RejectedRecord) row;
        assertThat(rejected.kind()).isEqualTo(RejectedRecord.Kind.CONTRADICTION);
        assertThat(rejected.recordKey()).isEqualTo(NIP + "/2025/triwulan-1");
        assertThat(rejected.reason()).contains("'Baik'").contains("'Butuh Perbaikan'").contains("PermenPANRB 6/2022")
                .contains("contradicts");
        assertThat(rejected.payload()).contains("\"predikatSumber\":\"Baik\"")
                .contains("\"predikatMatriks\":\"Butuh Perbaikan\"").contains("\"nip\":\"" + NIP + "\"");
    }

    @Test
    void anInvalidRecordNamesEveryFieldAtFault() {
        Map<String, Object> r = record();
        r.put(KinerjaFields.NIP, "19850315201001200");
        r.put(KinerjaFields.PERIODE, "BULAN 13");
        r.remove(KinerjaFields.RATING_PERILAKU_KERJA);

        RejectedRecord rejected = (RejectedRecord) mapper.map(r, "page 1 #3");

        assertThat(rejected.kind()).isEqualTo(RejectedRecord.Kind.INVALID);
        assertThat(rejected.recordKey()).isEqualTo("id:skp-1");
        assertThat(rejected.reason()).contains("NIP tidak valid / invalid NIP").contains("18 digit")
                .contains("periode tidak dikenal / unknown period 'BULAN 13'")
                .contains("rating-perilaku-kerja kosong / missing");
    }

    @Test
    void anInvalidEvaluatorNipIsRejectedNotDropped() {
        Map<String, Object> r = record();
        r.put(KinerjaFields.PENILAI_NIP, "abc");

        assertThat(((RejectedRecord) mapper.map(r, "p")).reason()).contains("NIP penilai tidak valid");
    }
}
