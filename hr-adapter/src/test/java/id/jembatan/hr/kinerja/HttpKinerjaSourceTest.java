package id.jembatan.hr.kinerja;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpKinerjaSourceTest {

    static final String TOKEN = "s3cret-token";
    static final Instant NOW = Instant.parse("2025-07-01T03:00:00Z");
    static final String RECORD_SIASN = """
            {"id":"%s","nipBaru":"%s","tahun":2025,"periode":"TRIWULAN II","hasilKinerjaNilai":%d,
             "perilakuKerjaNilai":%d,"kuadranKinerjaNilai":%d,"nipNrpPenilai":"197801012005011002",
             "namaPenilai":"Budi Santoso","indikator":[{"uraian":"Pengadaan barang","catatan":"memahami e-katalog kurang"}]}""";

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpKinerjaSource source(KinerjaHttpConfig config) {
        return new HttpKinerjaSource(config, KinerjaCodes.siasn(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private KinerjaHttpConfig siasnShaped() {
        return KinerjaHttpConfig.of(URI.create(server.baseUrl() + "/api/skp"), TOKEN);
    }

    static String siasn(String id, String nip, int hasil, int perilaku, int kuadran) {
        return RECORD_SIASN.formatted(id, nip, hasil, perilaku, kuadran);
    }

    @Test
    void readsSiasnShapedPagesInTheWindowAndMovesTheWatermarkOnlyAfterTheLastPage() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"data\":[" + siasn("a", "198503152010012003", 3, 2, 3) + ","
                        + siasn("b", "199001012015031001", 1, 1, 1) + "]}")));
        server.stubFor(get(urlPathEqualTo("/api/skp")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"data\":[" + siasn("c", "199202022019022002", 2, 3, 4) + "]}")));

        KinerjaRead read = source(siasnShaped()).open("2025-04-01T00:00:00Z", 2);
        KinerjaPage first = read.next();

        assertThat(read.hasMore()).isTrue();
        assertThat(read.checkpoint()).isNull();
        KinerjaPage second = read.next();
        assertThat(read.hasMore()).isFalse();
        assertThat(read.checkpoint()).isEqualTo("2025-07-01T03:00:00Z");

        assertThat(first.rows()).hasSize(2).allMatch(PeriodResult.class::isInstance);
        PeriodResult a = (PeriodResult) first.rows().get(0);
        assertThat(a.predikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(a.period()).isEqualTo(SkpPeriod.TRIWULAN_II);
        assertThat(a.indicators()).containsExactly(new IndicatorNote("Pengadaan barang", "memahami e-katalog kurang"));
        assertThat(((PeriodResult) first.rows().get(1)).predikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(((PeriodResult) second.rows().get(0)).predikat()).isEqualTo(Predikat.KURANG);

        server.verify(getRequestedFor(urlPathEqualTo("/api/skp"))
                .withQueryParam("since", equalTo("2025-04-01T00:00:00Z"))
                .withQueryParam("until", equalTo("2025-07-01T03:00:00Z"))
                .withQueryParam("page", equalTo("1")).withQueryParam("limit", equalTo("2"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/skp")));
    }

    @Test
    void theFirstReadHasNoLowerBound() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(okJson("{\"data\":[]}")));

        KinerjaRead read = source(siasnShaped()).open(null, 50);
        assertThat(read.next().rows()).isEmpty();

        assertThat(read.checkpoint()).isEqualTo("2025-07-01T03:00:00Z");
        assertThat(server.getAllServeEvents().get(0).getRequest().queryParameter("since").isPresent()).isFalse();
    }

    @Test
    void fieldNamesParametersAndRecordsPathComeFromConfiguration() {
        server.stubFor(get(urlPathEqualTo("/kinerja")).willReturn(okJson("""
                {"hasil":{"items":[{"pegawai":{"nip":"198503152010012003"},"thn":"2025","per":"Tahunan",
                 "rhk":"DIBAWAH_EKSPEKTASI","rpk":"DIBAWAH_EKSPEKTASI","pred":"Sangat Kurang",
                 "catatan":["sering terlambat melapor"]}]}}""")));
        Map<String, String> fields = KinerjaFields.withOverrides(Map.of("nip", "pegawai.nip", "tahun", "thn",
                "periode", "per", "rating-hasil-kerja", "rhk", "rating-perilaku-kerja", "rpk", "predikat", "pred",
                "indikator", "catatan"));
        KinerjaHttpConfig config = new KinerjaHttpConfig(URI.create(server.baseUrl() + "/kinerja"), TOKEN,
                Duration.ofSeconds(2), Duration.ofSeconds(5), fields, "hasil.items", "dari", "sampai", "hal", "per_hal");

        KinerjaRead read = source(config).open("2025-01-01T00:00:00Z", 10);
        PeriodResult result = (PeriodResult) read.next().rows().get(0);

        assertThat(result.predikat()).isEqualTo(Predikat.SANGAT_KURANG);
        assertThat(result.period()).isEqualTo(SkpPeriod.TAHUNAN);
        assertThat(result.indicators()).containsExactly(new IndicatorNote("", "sering terlambat melapor"));
        server.verify(getRequestedFor(urlPathEqualTo("/kinerja")).withQueryParam("dari", equalTo("2025-01-01T00:00:00Z"))
                .withQueryParam("sampai", equalTo("2025-07-01T03:00:00Z")).withQueryParam("hal", equalTo("1"))
                .withQueryParam("per_hal", equalTo("10")));
    }

    @Test
    void aContradictoryRecordComesBackRejectedAndTheOthersStillArrive() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(okJson("{\"data\":["
                + siasn("a", "198503152010012003", 1, 3, 2) + "," + siasn("b", "199001012015031001", 2, 2, 2) + "]}")));

        List<KinerjaRow> rows = source(siasnShaped()).open(null, 10).next().rows();

        assertThat(rows.get(0)).isInstanceOf(RejectedRecord.class);
        assertThat(((RejectedRecord) rows.get(0)).kind()).isEqualTo(RejectedRecord.Kind.CONTRADICTION);
        assertThat(((RejectedRecord) rows.get(0)).reason()).contains("'Baik'").contains("'Kurang/Misconduct'");
        assertThat(rows.get(1)).isInstanceOf(PeriodResult.class);
    }

    @Test
    void aRejectedTokenIsFatalAndNamesTheSettingWithoutTheToken() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"invalid token\"}")));

        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next()).isInstanceOfSatisfying(
                KinerjaException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("jembatan.kinerja.token").doesNotContain(TOKEN);
                });
    }

    @Test
    void serverErrorsAndTooManyRequestsAreTransient() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(aResponse().withStatus(503)
                .withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> assertThat(e.retryable()).isTrue());

        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aRefusedConnectionIsTransient() {
        int port = server.port();
        server.stop();
        KinerjaHttpConfig config = KinerjaHttpConfig.of(URI.create("http://127.0.0.1:" + port + "/api/skp"), TOKEN);

        assertThatThrownBy(() -> source(config).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aWrongUrlOrAnswerShapeIsFatalAndNamesTheSetting() {
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("jembatan.kinerja.url");
                });
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(okJson("{\"data\":{\"total\":3}}")));
        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> assertThat(e.getMessage())
                        .contains("jembatan.kinerja.http.records-path"));
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/skp")).willReturn(aResponse().withStatus(200).withBody("<html>login")));
        assertThatThrownBy(() -> source(siasnShaped()).open(null, 10).next())
                .isInstanceOfSatisfying(KinerjaException.class, e -> assertThat(e.getMessage()).contains("bukan JSON"));
    }

    @Test
    void anUnknownFieldRoleIsAConfigurationErrorNamingTheProperty() {
        assertThatThrownBy(() -> KinerjaFields.withOverrides(Map.of("nilai", "x")))
                .hasMessageContaining("jembatan.kinerja.fields.nilai");
        assertThatThrownBy(() -> KinerjaFields.withOverrides(Map.of("nip", "")))
                .hasMessageContaining("jembatan.kinerja.fields.nip");
    }
}
