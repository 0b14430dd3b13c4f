package id.jembatan.hr.kinerja;

import static id.jembatan.hr.kinerja.Predikat.BAIK;
import static id.jembatan.hr.kinerja.Predikat.BUTUH_PERBAIKAN;
import static id.jembatan.hr.kinerja.Predikat.KURANG;
import static id.jembatan.hr.kinerja.Predikat.SANGAT_BAIK;
import static id.jembatan.hr.kinerja.Predikat.SANGAT_KURANG;
import static id.jembatan.hr.kinerja.Rating.DIATAS_EKSPEKTASI;
import static id.jembatan.hr.kinerja.Rating.DIBAWAH_EKSPEKTASI;
import static id.jembatan.hr.kinerja.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredikatMatrixTest {

    /** The nine cells of the PermenPANRB 6/2022 matrix, written out as the regulation's table reads. */
    @ParameterizedTest(name = "hasil {0}, perilaku {1} → {2}")
    @CsvSource({
        "DIATAS_EKSPEKTASI,  DIATAS_EKSPEKTASI,  SANGAT_BAIK",
        "DIATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,  BAIK",
        "DIATAS_EKSPEKTASI,  DIBAWAH_EKSPEKTASI, KURANG",
        "SESUAI_EKSPEKTASI,  DIATAS_EKSPEKTASI,  BAIK",
        "SESUAI_EKSPEKTASI,  SESUAI_EKSPEKTASI,  BAIK",
        "SESUAI_EKSPEKTASI,  DIBAWAH_EKSPEKTASI, KURANG",
        "DIBAWAH_EKSPEKTASI, DIATAS_EKSPEKTASI,  BUTUH_PERBAIKAN",
        "DIBAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,  BUTUH_PERBAIKAN",
        "DIBAWAH_EKSPEKTASI, DIBAWAH_EKSPEKTASI, SANGAT_KURANG"})
    void everyCellOfTheMatrix(Rating hasil, Rating perilaku, Predikat expected) {
        assertThat(Predikat.of(hasil, perilaku)).isEqualTo(expected);
    }

    @Test
    void theMatrixIsNotSymmetricBehaviourBelowExpectationIsMisconductResultsBelowNeedImprovement() {
        assertThat(Predikat.of(DIATAS_EKSPEKTASI, DIBAWAH_EKSPEKTASI)).isEqualTo(KURANG);
        assertThat(Predikat.of(DIBAWAH_EKSPEKTASI, DIATAS_EKSPEKTASI)).isEqualTo(BUTUH_PERBAIKAN);
    }

    @Test
    void everyPredikatIsReachable() {
        EnumSet<Predikat> reached = EnumSet.noneOf(Predikat.class);
        for (Rating hasil : Rating.values()) {
            for (Rating perilaku : Rating.values()) {
                reached.add(Predikat.of(hasil, perilaku));
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG);
    }

    @Test
    void ratingsAndPredikatAreReadAsSourcesWriteThem() {
        Map<String, Rating> codes = KinerjaCodes.siasn().ratings();
        assertThat(Rating.parse("Di Atas Ekspektasi", codes)).contains(DIATAS_EKSPEKTASI);
        assertThat(Rating.parse("DIBAWAH_EKSPEKTASI", codes)).contains(DIBAWAH_EKSPEKTASI);
        assertThat(Rating.parse("sesuai-ekspektasi", codes)).contains(SESUAI_EKSPEKTASI);
        assertThat(Rating.parse("3", codes)).contains(DIBAWAH_EKSPEKTASI);
        assertThat(Rating.parse("luar biasa", codes)).isEmpty();
        Map<String, Predikat> predikats = KinerjaCodes.siasn().predikats();
        assertThat(Predikat.parse("Kurang/Misconduct", predikats)).contains(KURANG);
        assertThat(Predikat.parse("butuh perbaikan", predikats)).contains(BUTUH_PERBAIKAN);
        assertThat(Predikat.parse("5", predikats)).contains(SANGAT_KURANG);
        assertThat(Predikat.parse("cukup", predikats)).isEmpty();
    }

    @Test
    void periodsAreReadInTheirUsualSpellings() {
        assertThat(SkpPeriod.parse("TRIWULAN I")).contains(SkpPeriod.TRIWULAN_I);
        assertThat(SkpPeriod.parse("triwulan-4")).contains(SkpPeriod.TRIWULAN_IV);
        assertThat(SkpPeriod.parse("TW3")).contains(SkpPeriod.TRIWULAN_III);
        assertThat(SkpPeriod.parse("Tahunan")).contains(SkpPeriod.TAHUNAN);
        assertThat(SkpPeriod.parse("Semester II")).contains(SkpPeriod.SEMESTER_II);
        assertThat(SkpPeriod.parse("bulan 13")).isEmpty();
        assertThat(SkpPeriod.TRIWULAN_II.endIn(2025)).hasToString("2025-06-30");
    }

    @Test
    void codesCanBeOverriddenAndAWrongValueNamesTheProperty() {
        KinerjaCodes codes = KinerjaCodes.siasn().with(Map.of("A", "DIATAS_EKSPEKTASI"), Map.of("9", "Baik"));
        assertThat(codes.ratings()).containsEntry("A", DIATAS_EKSPEKTASI).containsEntry("1", DIATAS_EKSPEKTASI);
        assertThat(codes.predikats()).containsEntry("9", BAIK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KinerjaCodes.siasn().with(Map.of("X", "hebat"),
                Map.of())).isInstanceOf(KinerjaException.class).hasMessageContaining("jembatan.kinerja.rating-codes.X");
    }
}
