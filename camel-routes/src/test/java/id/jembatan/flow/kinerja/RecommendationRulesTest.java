package id.jembatan.flow.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.hr.kinerja.IndicatorNote;
import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Rating;
import id.jembatan.hr.simpeg.JabatanKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationRulesTest {

    static final String RULES = """
            id;predikat;rating-di-bawah;kata-kunci;jenis-jabatan;kompetensi-kurang;kursus;alasan
            # comments and blank lines are ignored

            pbj;butuh-perbaikan|sangat-kurang;hasil-kerja;pengadaan|e-katalog;;;idnumber:KT-PBJ-2025;Catatan penilai menyebut pengadaan.
            etika;kurang|sangat-kurang;perilaku-kerja;;;;shortname:WASBANG-2025;Perilaku kerja di bawah ekspektasi; BerAKHLAK perlu dikuatkan.
            sipd;;;;PELAKSANA|FUNGSIONAL;SIPD;KT-SIPD;Kompetensi SIPD jabatan Anda belum terpenuhi.
            kepemimpinan;butuh-perbaikan;;;STRUKTURAL;;idnumber:KM-PIM;Hasil kerja unit Anda perlu diperbaiki.
            """;

    private final RecommendationRules rules = RecommendationRules.parse("recommendations.csv", RULES);

    static PeriodResult result(Rating hasil, Rating perilaku, JabatanKind jabatan, String note, List<String> missing) {
        return Results.result(Results.SITI, hasil, perilaku, jabatan,
                note == null ? List.of() : List.of(new IndicatorNote("Laporan", note)), missing);
    }

    @Test
    void readsEveryRuleWithItsConditionsAndTheLastColumnMayHoldSemicolons() {
        assertThat(rules.rules()).extracting(RecommendationRule::id).containsExactly("pbj", "etika", "sipd",
                "kepemimpinan");
        assertThat(rules.rules().get(1).reason()).isEqualTo("Perilaku kerja di bawah ekspektasi; BerAKHLAK perlu"
                + " dikuatkan.");
        assertThat(rules.rules().get(2).courses()).containsExactly(new RecommendationRule.CourseRef("idnumber",
                "KT-SIPD"));
        assertThat(rules.rules().get(1).courses()).containsExactly(new RecommendationRule.CourseRef("shortname",
                "WASBANG-2025"));
    }

    @Test
    void aKeywordInTheEvaluatorsNoteWithTheRightPredikatAndRatingMatches() {
        PeriodResult r = result(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, JabatanKind.PELAKSANA,
                "Penguasaan E-Katalog masih kurang", List.of());

        assertThat(rules.recommend(r)).containsOnlyKeys(new RecommendationRule.CourseRef("idnumber", "KT-PBJ-2025"));
    }

    @Test
    void withoutTheKeywordTheSameRatingsRecommendNothing() {
        assertThat(rules.recommend(result(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, JabatanKind.PELAKSANA,
                "laporan terlambat", List.of()))).isEmpty();
    }

    @Test
    void behaviourBelowExpectationIsMatchedByRatingKindAndPredikat() {
        assertThat(rules.recommend(result(Rating.DIATAS_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI, JabatanKind.FUNGSIONAL,
                null, List.of()))).containsOnlyKeys(new RecommendationRule.CourseRef("shortname", "WASBANG-2025"));
        assertThat(rules.recommend(result(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI, JabatanKind.FUNGSIONAL,
                null, List.of()))).isEmpty();
    }

    @Test
    void aMissingCompetencyMatchesOnlyTheJabatanKindsNamed() {
        assertThat(rules.recommend(result(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI, JabatanKind.PELAKSANA,
                null, List.of("sipd")))).containsOnlyKeys(new RecommendationRule.CourseRef("idnumber", "KT-SIPD"));
        assertThat(rules.recommend(result(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI, JabatanKind.STRUKTURAL,
                null, List.of("SIPD")))).isEmpty();
    }

    @Test
    void oneResultCanMatchSeveralRulesEachCourseOnceWithAllItsRules() {
        PeriodResult r = result(Rating.DIBAWAH_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI, JabatanKind.PELAKSANA,
                "pengadaan tidak tepat waktu", List.of("SIPD"));

        assertThat(rules.recommend(r)).containsOnlyKeys(new RecommendationRule.CourseRef("idnumber", "KT-PBJ-2025"),
                new RecommendationRule.CourseRef("shortname", "WASBANG-2025"),
                new RecommendationRule.CourseRef("idnumber", "KT-SIPD"));
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        assertThatThrownBy(() -> RecommendationRules.parse("r.csv", "a;hebat;;;;;X;alasan"))
                .isInstanceOf(KinerjaException.class).hasMessageContaining("r.csv baris/line 1")
                .hasMessageContaining("predikat").hasMessageContaining("'hebat'");
        assertThatThrownBy(() -> RecommendationRules.parse("r.csv", "a;baik;;;;;X"))
                .hasMessageContaining("8");
        assertThatThrownBy(() -> RecommendationRules.parse("r.csv", "a;;;;;;X;semua"))
                .hasMessageContaining("tanpa syarat");
        assertThatThrownBy(() -> RecommendationRules.parse("r.csv", "a;baik;;;;;X;x\na;baik;;;;;Y;y"))
                .hasMessageContaining("baris/line 2").hasMessageContaining("ganda");
        assertThatThrownBy(() -> RecommendationRules.parse("r.csv", "a;baik;;;;;url:X;x"))
                .hasMessageContaining("idnumber:X");
    }

    @Test
    void theShippedExampleFileParses() {
        assertThat(RecommendationRules.load(Path.of("../config/kinerja/recommendations.csv")).rules()).isNotEmpty();
    }
}
