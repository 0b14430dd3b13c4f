package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar jembatan.jar --spring.profiles.active=demo} with nothing else: within two minutes every flow has
 * run once without failing, the competency API answers the demo key with JP credits, the embedded statement store
 * holds statements, and everything says it is a sandbox. What {@code scripts/demo-smoke.sh} checks in CI.
 */
class DemoProfileTest {

    private static final String DONE = "DEMO SELESAI / DEMO COMPLETE";
    private static final String KEY = "DEMO-KEY-jembatan-sandbox-0001";
    private static final String OPERATOR_TOKEN = "demo-operator-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    @Test
    void theDemoRunsEveryFlowOnceAndTheApisAnswerWithItsData() throws Exception {
        int port = freePort();
        JarProcess.Running demo = JarProcess.start(workDir, "--spring.profiles.active=demo", "--server.port=" + port,
                "--jembatan.operations.token=" + OPERATOR_TOKEN);
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> doneLine(demo).isPresent() || !isAlive(demo));
            String done = doneLine(demo).orElseThrow(() -> new AssertionError("the demo did not finish: "
                    + tail(demo)));

            assertThat(done).as(tail(demo)).contains("5 alur dijalankan / flows ran", "0 dilewati / skipped",
                    "0 gagal / failed");
            String output = String.join("\n", demo.lines());
            assertThat(output).contains("SANDBOX: Moodle tiruan / simulated Moodle", "SEMUA DATA TIRUAN / ALL DATA"
                    + " SIMULATED", "LIHAT DI SINI / WHERE TO LOOK", "/api/v1/competency/", "/xapi/statements",
                    "/swagger-ui", "/actuator/health");
            // the demo's own published accounts are printed to sign in with, not masked as a site's secrets are
            assertThat(output).contains("admin / demo-admin-password", "demo-sandbox-password");

            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> opd = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/competency/opd"))
                    .header("X-API-Key", KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(opd.statusCode()).as(opd.body()).isEqualTo(200);
            assertThat(anyPositiveJp(JSON.readTree(opd.body()))).as(opd.body()).isTrue();

            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/competency/opd")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);

            String basic = Base64.getEncoder().encodeToString("demo:demo-sandbox-password"
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> statements = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/xapi/statements?limit=5")).header("Authorization", "Basic " + basic)
                    .header("X-Experience-API-Version", "1.0.3").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(statements.statusCode()).as(statements.body()).isEqualTo(200);
            assertThat(JSON.readTree(statements.body()).path("statements")).isNotEmpty();

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("UP");

            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + OPERATOR_TOKEN).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            for (String flow : List.of("moodle-learning", "hr-profiles", "lrs-credits", "kinerja-performance",
                    "kinerja-recommendations")) {
                assertThat(metrics.body()).as("every flow's pass is counted")
                        .containsPattern("(?m)^jembatan_flow_passes_total\\{flow=\"" + flow
                                + "\",outcome=\"success\"} [1-9]");
            }
            assertThat(metrics.body()).doesNotContain("outcome=\"failed\"")
                    .containsPattern("(?m)^jembatan_peer_call_seconds_count\\{operation=\"[a-z_]+\","
                            + "outcome=\"ok\",peer=\"moodle\"} [1-9]");
        } finally {
            demo.kill();
        }
        assertThat(workDir.resolve("data/demo/jembatan-state.mv.db")).exists();
        assertThat(Files.exists(workDir.resolve("data/demo/simpeg.mv.db"))).isTrue();
    }

    private static Optional<String> doneLine(JarProcess.Running demo) {
        return demo.lines().stream().filter(line -> line.contains(DONE)).findFirst();
    }

    private static boolean isAlive(JarProcess.Running demo) {
        return demo.lines().stream().noneMatch(line -> line.contains("Application run failed"));
    }

    private static String tail(JarProcess.Running demo) {
        List<String> lines = new ArrayList<>(demo.lines());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Whether any number field whose name contains "jp" (any case) is above zero, anywhere in the answer. */
    private static boolean anyPositiveJp(JsonNode node) {
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (field.getKey().toLowerCase().contains("jp") && field.getValue().isNumber()
                        && field.getValue().asDouble() > 0) {
                    return true;
                }
                if (anyPositiveJp(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (anyPositiveJp(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
