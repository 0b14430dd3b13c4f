package id.jembatan.bridge.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.kinerja.KinerjaPerformanceRoutes;
import id.jembatan.flow.kinerja.PerformancePass;
import id.jembatan.flow.kinerja.PerformanceSteps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator sees of a pass of {@code kinerja-performance} (an e-Kinerja stand-in with three SKP results, one
 * of them contradictory; the embedded statement store): the counters in {@code /actuator/prometheus}, the pass's log
 * line and dead letter in the structured (ECS JSON) console log with the MDC, and the health of the peer and of the
 * flow when e-Kinerja is down or refuses the token.
 */
@SpringBootTest(classes = JembatanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // here, not in the DynamicPropertySource: the logging system is set up before those are added
        properties = "logging.structured.format.console=ecs")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    static final String TOKEN = "operator-token-0123456789-abcdef";
    static final String NIP_A = "198503152010012003";
    static final String NIP_B = "199001012015031001";
    static final String NIP_C = "199202022019022002";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A free port chosen once, so that the stand-in can be stopped and started again there. */
    static final int KINERJA_PORT = freePort();
    static final WireMockServer kinerja = new WireMockServer(wireMockConfig().port(KINERJA_PORT)
            .bindAddress("127.0.0.1"));

    static {
        kinerja.start();
        answerWithThreeResults();
    }

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate template;

    @Autowired
    PerformanceSteps steps;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jembatan.state.jdbc-url", () -> "jdbc:h2:mem:ops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("jembatan.kinerja.url", () -> kinerja.baseUrl() + "/api/v1/skp");
        registry.add("jembatan.kinerja.token", () -> "kinerja-token");
        registry.add("jembatan.kinerja.site", () -> "https://ekinerja.tangsel.example");
        registry.add("jembatan.internal.schedules-enabled", () -> "false");
        registry.add("jembatan.flows.retry.initial-delay-ms", () -> "10");
        registry.add("jembatan.flows.retry.max-redeliveries", () -> "1");
        registry.add("jembatan.operations.token", () -> TOKEN);
        registry.add("jembatan.operations.health-cache", () -> "0s");
    }

    @AfterAll
    static void stopKinerja() {
        kinerja.stop();
    }

    @Test
    @Order(1)
    void aPassMovesTheFlowCountersByWhatItDidAndIsOneLogLineWithItsDeadLetterInTheMdc(CapturedOutput output)
            throws Exception {
        PerformancePass pass = template.requestBody(KinerjaPerformanceRoutes.PASS, steps.start(), PerformancePass.class);
        assertThat(pass.summary()).isEqualTo("dibaca/read 3, terkirim/delivered 2, dibatalkan/voided 0,"
                + " surat mati/dead-lettered 1");

        String metrics = get("/actuator/prometheus", TOKEN).body();
        String flow = "flow=\"kinerja-performance\"";
        assertThat(value(metrics, "jembatan_flow_passes_total{" + flow + ",outcome=\"success\"}")).isEqualTo(1);
        assertThat(value(metrics, "jembatan_flow_records_total{" + flow + ",kind=\"read\"}")).isEqualTo(3);
        assertThat(value(metrics, "jembatan_flow_records_total{" + flow + ",kind=\"delivered\"}")).isEqualTo(2);
        assertThat(value(metrics, "jembatan_flow_records_total{" + flow + ",kind=\"skipped\"}")).isEqualTo(0);
        assertThat(value(metrics, "jembatan_flow_records_total{" + flow + ",kind=\"dead_lettered\"}")).isEqualTo(1);
        assertThat(value(metrics, "jembatan_flow_pass_seconds_count{" + flow + ",outcome=\"success\"}")).isEqualTo(1);
        assertThat(value(metrics, "jembatan_flow_lag_records{" + flow + "}")).isEqualTo(3);
        assertThat(value(metrics, "jembatan_flow_lag_seconds{" + flow + "}")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "jembatan_flow_last_success_timestamp_seconds{" + flow + "}"))
                .isGreaterThan(1.7e9);
        assertThat(value(metrics, "jembatan_peer_call_seconds_count{operation=\"POST statements\",outcome=\"ok\","
                + "peer=\"lrs\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "jembatan_peer_call_seconds_count{operation=\"GET records\",outcome=\"ok\","
                + "peer=\"e-kinerja\"}")).isGreaterThanOrEqualTo(1);

        String passLine = output.getOut().lines().filter(line -> line.contains("lintasan/pass")).findFirst()
                .orElseThrow();
        JsonNode passEvent = JSON.readTree(passLine);
        assertThat(level(passEvent)).isEqualTo("INFO");
        assertThat(passEvent.path("flow").asText()).isEqualTo("kinerja-performance");
        assertThat(passEvent.path("pass").asText()).hasSize(8);
        assertThat(passEvent.path("message").asText()).contains("dibaca/read 3, terkirim/delivered 2");
        JsonNode deadLetter = JSON.readTree(output.getOut().lines().filter(line -> line.contains("surat mati/dead letter"))
                .findFirst().orElseThrow());
        assertThat(level(deadLetter)).isEqualTo("WARN");
        assertThat(deadLetter.path("flow").asText()).isEqualTo("kinerja-performance");
        assertThat(deadLetter.path("pass").asText()).isEqualTo(passEvent.path("pass").asText());
        assertThat(deadLetter.path("record").asText()).contains(NIP_C);
        assertThat(deadLetter.path("message").asText()).contains(NIP_C);
    }

    @Test
    @Order(2)
    void prometheusAndHealthDetailsAreForOperatorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Authorization: Bearer");
        assertThat(get("/actuator/prometheus", "wrong-token-0123456789-abcdef").statusCode()).isEqualTo(401);

        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).has("components")).as(health.body()).isFalse();

        JsonNode detailed = JSON.readTree(get("/actuator/health", TOKEN).body());
        assertThat(detailed.path("components").path("peers").path("components").path("e-kinerja").path("status")
                .asText()).isEqualTo("UP");
        assertThat(detailed.path("components").path("peers").path("components").path("state-store").path("status")
                .asText()).isEqualTo("UP");
        assertThat(detailed.path("components").path("flows").path("components").path("kinerja-performance")
                .path("details").path("lastPass").asText()).contains("ok", "dibaca/read 3");
        assertThat(detailed.path("components").has("camelHealth")).as(detailed.toString()).isTrue();
    }

    @Test
    @Order(3)
    void aPeerThatIsDownIsDownInTheHealth() throws Exception {
        kinerja.stop();
        try {
            HttpResponse<String> health = get("/actuator/health", TOKEN);
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode peer = JSON.readTree(health.body()).path("components").path("peers").path("components")
                    .path("e-kinerja");
            assertThat(peer.path("status").asText()).isEqualTo("DOWN");
            assertThat(peer.path("details").path("detail").asText()).contains(Integer.toString(KINERJA_PORT));
        } finally {
            kinerja.start();
        }
        await("e-Kinerja answers again").atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(
                get("/actuator/health", TOKEN).body()).path("components").path("peers").path("components")
                .path("e-kinerja").path("status").asText().equals("UP"));
    }

    @Test
    @Order(4)
    void aFlowStoppedForAFatalFailureIsDownWithItsReason() throws Exception {
        kinerja.resetAll();
        kinerja.stubFor(WireMock.get(urlPathEqualTo("/api/v1/skp")).willReturn(unauthorized()));
        camel.getRouteController().startRoute("kinerja-performance.poll");

        await("the flow is down").atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(
                get("/actuator/health", TOKEN).body()).path("components").path("flows").path("components")
                .path("kinerja-performance").path("status").asText().equals("DOWN"));
        JsonNode flow = JSON.readTree(get("/actuator/health", TOKEN).body()).path("components").path("flows")
                .path("components").path("kinerja-performance");
        assertThat(flow.path("details").path("reason").asText()).contains("jembatan.kinerja.token");
        assertThat(flow.path("details").path("stoppedRoute").asText()).isEqualTo("kinerja-performance.poll");
        String metrics = get("/actuator/prometheus", TOKEN).body();
        assertThat(value(metrics, "jembatan_flow_passes_total{flow=\"kinerja-performance\",outcome=\"failed\"}"))
                .isEqualTo(1);
        assertThat(value(metrics, "jembatan_peer_call_seconds_count{operation=\"GET records\",outcome=\"refused\","
                + "peer=\"e-kinerja\"}")).isGreaterThanOrEqualTo(1);
    }

    private static void answerWithThreeResults() {
        kinerja.stubFor(WireMock.get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", absent())
                .withHeader("Authorization", equalTo("Bearer kinerja-token"))
                .willReturn(okJson("{\"data\":[" + record("r1", NIP_A, 3, 2, 3) + "," + record("r2", NIP_B, 2, 3, 4)
                        + "," + record("r3", NIP_C, 1, 1, 2) + "]}")));
        kinerja.stubFor(WireMock.get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", matching(".+"))
                .willReturn(okJson("{\"data\":[]}")));
    }

    static String record(String id, String nip, int hasil, int perilaku, int kuadran) {
        return """
                {"id":"%s","nipBaru":"%s","nama":"ASN %s","tahun":2025,"periode":"TRIWULAN I","hasilKinerjaNilai":%d,
                 "perilakuKerjaNilai":%d,"kuadranKinerjaNilai":%d,"nipNrpPenilai":"197801012005011002",
                 "namaPenilai":"Budi Santoso","jenisJabatan":"PELAKSANA","unorId":"4.01.01","unorNama":"Diskominfo",
                 "tanggalPenilaian":"2025-04-10","indikator":[{"uraian":"Pengadaan barang/jasa","catatan":"-"}]}"""
                .formatted(id, nip, nip.substring(14), hasil, perilaku, kuadran);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The level of an ECS log event, flat ({@code log.level}) or nested ({@code log: {level}}). */
    private static String level(JsonNode event) {
        return event.has("log.level") ? event.path("log.level").asText() : event.path("log").path("level").asText();
    }

    /** The value of one sample line of a Prometheus scrape. */
    private static double value(String scrape, String sample) {
        Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(sample + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
