package id.jembatan.flow.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Rating;
import id.jembatan.hr.simpeg.JabatanKind;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.StatementValidator;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceTranslatorTest {

    static final URI HOME = URI.create("https://siasn.bkn.go.id");
    static final URI SITE = URI.create("https://EKinerja.Tangerangselatankota.go.id/");

    private final KinerjaSettings settings = new KinerjaSettings(HOME, null, SITE, KinerjaSettings.WIB, 100);
    private final PerformanceTranslator translator = new PerformanceTranslator(settings);

    private PeriodResult siti(Rating hasil, Rating perilaku) {
        return Results.result(Results.SITI, hasil, perilaku, JabatanKind.PELAKSANA, List.of(), List.of());
    }

    @Test
    void aResultBecomesARatedStatementOnTheSkpPeriodWithTheEvaluatorAsInstructor() {
        Statement s = translator.rated(siti(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));

        String json = XapiJson.toJson(s);
        assertThat(json).contains("\"verb\":{\"id\":\"https://jembatan.id/xapi/verbs/rated\"")
                .contains("\"account\":{\"homePage\":\"https://siasn.bkn.go.id\",\"name\":\"" + Results.SITI + "\"}")
                .contains("\"id\":\"https://ekinerja.tangerangselatankota.go.id/skp/2025/triwulan-1\"")
                .contains("\"type\":\"https://jembatan.id/xapi/activities/skp-period\"")
                .contains("\"name\":{\"id-ID\":\"SKP 2025 Triwulan I\"}")
                .contains("\"https://jembatan.id/xapi/extensions/rating-hasil-kerja\":\"dibawah-ekspektasi\"")
                .contains("\"https://jembatan.id/xapi/extensions/rating-perilaku-kerja\":\"sesuai-ekspektasi\"")
                .contains("\"https://jembatan.id/xapi/extensions/predikat-kinerja\":\"butuh-perbaikan\"")
                .contains("\"platform\":\"e-Kinerja\"").contains("\"timestamp\":\"2025-04-10T00:00:00+07:00\"");
        assertThat(s.context().instructor()).isEqualTo(Agent.ofAccount(HOME, Results.PENILAI, "Budi Santoso"));
        assertThat(s.context().extensions()).containsKey(XapiProfile.EXT_UNIT_KERJA);
        assertThat(StatementValidator.validate(s)).isEmpty();
    }

    @Test
    void theIdIsDeterministicPerNipPeriodAndRatingsAndChangesWhenARatingIsRevised() {
        Statement first = translator.rated(siti(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
        Statement again = translator.rated(siti(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
        Statement revised = translator.rated(siti(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(revised.id()).isNotEqualTo(first.id());
        assertThat(first.id()).isEqualTo(id.jembatan.lrs.xapi.StatementIds.uuid5(
                id.jembatan.lrs.xapi.StatementIds.NAMESPACE, ("https://ekinerja.tangerangselatankota.go.id#skp-period/"
                        + Results.SITI + "/2025/triwulan-1/dibawah-ekspektasi/sesuai-ekspektasi")));
        assertThat(new String(first.id().toString().getBytes(StandardCharsets.UTF_8))).hasSize(36);
    }

    @Test
    void aRevisionVoidsTheEarlierStatement() {
        Statement first = translator.rated(siti(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));

        Statement voiding = translator.voiding(siti(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI), first.id());

        assertThat(voiding.verb()).isEqualTo(XapiProfile.VOIDED);
        assertThat(voiding.object()).isEqualTo(new StatementRef(first.id()));
        assertThat(StatementValidator.validate(voiding)).isEmpty();
    }

    @Test
    void pseudonymisedStatementsCarryNoNipAndNoName() {
        byte[] key = "0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);
        PerformanceTranslator hidden = new PerformanceTranslator(new KinerjaSettings(HOME, key, SITE,
                KinerjaSettings.WIB, 100));

        String json = XapiJson.toJson(hidden.rated(siti(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)));

        assertThat(json).doesNotContain(Results.SITI).doesNotContain(Results.PENILAI).doesNotContain("Budi Santoso")
                .contains(XapiProfile.pseudonym(key, Results.SITI));
    }
}
