package id.jembatan.hr.siasn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SiasnClient} against a WireMock SIASN: the exact request, token handling and error classes. */
class SiasnClientTest {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("jembatan:rahasia".getBytes());
    private static final RiwayatKursus KURSUS = new RiwayatKursus("1", new BigDecimal("20.00"),
            "Pelatihan Analisis Kebijakan", "JMB/2025/D641BC0108845B40", LocalDate.of(2025, 2, 3),
            LocalDate.of(2025, 3, 1), "BKPSDM Kota Contoh", 2025, "198503152010012003");

    private WireMockServer siasn;
    private MutableClock clock;
    private SiasnClient client;

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-03-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() {
        siasn = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        siasn.start();
        clock = new MutableClock();
        client = new SiasnClient(new SiasnConfig(URI.create(siasn.baseUrl() + "/apisiasn/1.0/kursus/save"),
                URI.create(siasn.baseUrl() + "/oauth2/token"), "jembatan", "rahasia", Duration.ofSeconds(2),
                Duration.ofSeconds(5)), HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        siasn.stop();
    }

    private void token(String value, long expiresIn) {
        siasn.stubFor(post(urlPathEqualTo("/oauth2/token")).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + value + "\",\"token_type\":\"bearer\",\"expires_in\":"
                                + expiresIn + "}")));
    }

    private void kursus(int status, String body) {
        siasn.stubFor(post(urlPathEqualTo("/apisiasn/1.0/kursus/save")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void postsTheRiwayatKursusInSiasnShapeWithABearerToken() {
        token("t1", 3600);
        kursus(200, "{\"success\":true,\"mapData\":{\"rwKursusId\":\"abc-123\"},\"message\":\"success\"}");

        assertThat(client.push(KURSUS)).contains("abc-123");

        siasn.verify(postRequestedFor(urlPathEqualTo("/apisiasn/1.0/kursus/save"))
                .withHeader("Authorization", equalTo("Bearer t1"))
                .withRequestBody(equalToJson("""
                        {"jenisKursusId":"1","jumlahJam":20,"namaKursus":"Pelatihan Analisis Kebijakan",
                         "nomorSertipikat":"JMB/2025/D641BC0108845B40","tanggalKursus":"03-02-2025",
                         "tanggalSelesaiKursus":"01-03-2025","institusiPenyelenggara":"BKPSDM Kota Contoh",
                         "tahunKursus":2025,"pnsOrangId":"198503152010012003"}""")));
    }

    @Test
    void theTokenIsFetchedOnceUntilItIsAboutToExpire() {
        token("t1", 600);
        kursus(200, "{\"success\":true}");

        client.push(KURSUS);
        client.push(KURSUS);
        clock.now = clock.now.plusSeconds(600 - 29);
        client.push(KURSUS);

        siasn.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
        siasn.verify(3, postRequestedFor(urlPathEqualTo("/apisiasn/1.0/kursus/save")));
    }

    @Test
    void a401IsAnsweredByOneFreshTokenAndTheSameRequest() {
        token("t1", 3600);
        siasn.stubFor(post(urlPathEqualTo("/apisiasn/1.0/kursus/save")).inScenario("revoked")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401))
                .willSetStateTo("fresh"));
        siasn.stubFor(post(urlPathEqualTo("/apisiasn/1.0/kursus/save")).inScenario("revoked")
                .whenScenarioStateIs("fresh").willReturn(aResponse().withStatus(200).withBody("{}")));

        assertThat(client.push(KURSUS)).isEmpty();
        siasn.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
    }

    @Test
    void a401WithAFreshTokenIsFatalAndNamesTheSettingsButNotTheSecret() {
        token("t1", 3600);
        kursus(401, "{\"message\":\"invalid token\"}");

        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.FATAL))
                .hasMessageContaining("jembatan.siasn.client-id").hasMessageNotContaining("rahasia");
    }

    @Test
    void badClientCredentialsAreFatal() {
        siasn.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\"}")));

        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.FATAL)).hasMessageContaining("invalid_client")
                .hasMessageNotContaining("rahasia");
    }

    @Test
    void refusalsArePermanentOutagesTransientAndAWrongUrlFatal() {
        token("t1", 3600);
        kursus(400, "{\"success\":false,\"message\":\"nomor sertipikat sudah ada\"}");
        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.PERMANENT))
                .hasMessageContaining("nomor sertipikat sudah ada");

        kursus(200, "{\"success\":false,\"message\":\"pnsOrangId tidak ditemukan\"}");
        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.PERMANENT));

        kursus(503, "busy");
        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.TRANSIENT));

        kursus(404, "");
        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.FATAL)).hasMessageContaining("jembatan.siasn.url");
    }

    @Test
    void anUnreachableServerIsTransient() {
        token("t1", 3600);
        siasn.stop();

        assertThatThrownBy(() -> client.push(KURSUS)).isInstanceOfSatisfying(SiasnException.class,
                e -> assertThat(e.kind()).isEqualTo(SiasnException.Kind.TRANSIENT));
    }

    @Test
    void fractionalJpIsSentAsADecimalAndAMissingStartAsTheEndDate() {
        token("t1", 3600);
        kursus(200, "{}");

        client.push(new RiwayatKursus("2", new BigDecimal("2.50"), "Webinar", "C1", null, LocalDate.of(2025, 3, 1),
                "Kampus", 2025, "198503152010012003"));

        siasn.verify(postRequestedFor(urlPathEqualTo("/apisiasn/1.0/kursus/save")).withRequestBody(equalToJson(
                "{\"jumlahJam\":2.5,\"tanggalKursus\":\"01-03-2025\"}", true, true)));
    }
}
