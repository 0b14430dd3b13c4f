package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every documented way of giving the API consumers and the xAPI clients their secrets, against the built jar: the
 * list form with the secret alone in an environment variable and the rest in {@code application.yml}
 * ({@code JEMBATAN_API_CLIENTS_0_KEY}, {@code JEMBATAN_LRS_EMBEDDED_CLIENTS_0_PASSWORD}), the map form keyed by name
 * with the rest in arguments ({@code JEMBATAN_LRS_EMBEDDED_CLIENTS_UNIVMITRA_PASSWORD}), and a secret file read
 * through {@code spring.config.import=configtree:}. Spring Boot binds a list from one source only; before the
 * clients became a map, each of these stopped start-up with "has no password".
 */
class ClientSettingsEndToEndTest {

    private static final String BKPSDM_KEY = "env-list-key-0123456789abcdef";
    private static final String DINKES_KEY = "file-map-key-0123456789abcdef";
    private static final String DASBOR_PASSWORD = "env-list-password-42";
    private static final String MITRA_PASSWORD = "env-map-password-43";
    private static final String NIP = "198501012010011001";

    @TempDir
    Path workDir;

    @Test
    void aSecretFromTheEnvironmentOrAFileJoinsTheOtherSettingsOfItsClient() throws Exception {
        Files.writeString(workDir.resolve("application.yml"), """
                jembatan:
                  api:
                    clients:
                      - name: bkpsdm
                        scopes: competency:read
                  lrs:
                    embedded:
                      clients:
                        - username: dasbor
                          read-only: true
                """);
        Path secrets = Files.createDirectories(workDir.resolve("secrets"));
        Files.writeString(secrets.resolve("jembatan.api.clients.dinkes.key"), DINKES_KEY);
        int port = freePort();
        JarProcess.Running service = JarProcess.start(workDir, Map.of(
                        "JEMBATAN_API_CLIENTS_0_KEY", BKPSDM_KEY,
                        "JEMBATAN_LRS_EMBEDDED_CLIENTS_0_PASSWORD", DASBOR_PASSWORD,
                        "JEMBATAN_LRS_EMBEDDED_CLIENTS_UNIVMITRA_PASSWORD", MITRA_PASSWORD),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--jembatan.internal.schedules-enabled=false",
                "--spring.config.import=configtree:" + secrets.toAbsolutePath() + "/",
                "--jembatan.api.clients.dinkes.scopes=competency:read",
                "--jembatan.lrs.embedded.clients.univ-mitra.name=Universitas Mitra");
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            Awaitility.await().atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            assertThat(api(http, base, BKPSDM_KEY).statusCode()).as("list form, key from the environment")
                    .isEqualTo(404);
            assertThat(api(http, base, BKPSDM_KEY).body()).contains("unknown-nip");
            assertThat(api(http, base, DINKES_KEY).statusCode()).as("map form, key from a configtree file")
                    .isEqualTo(404);
            assertThat(api(http, base, "not-a-configured-key-0123456789").statusCode()).isEqualTo(401);
            assertThat(xapi(http, base, "dasbor", DASBOR_PASSWORD).statusCode())
                    .as("list form, password from the environment").isEqualTo(200);
            assertThat(xapi(http, base, "univ-mitra", MITRA_PASSWORD).statusCode())
                    .as("map form, password from the environment").isEqualTo(200);
            assertThat(xapi(http, base, "univ-mitra", DASBOR_PASSWORD).statusCode()).isEqualTo(401);
            assertThat(String.join("\n", service.lines())).doesNotContain(BKPSDM_KEY).doesNotContain(DINKES_KEY)
                    .doesNotContain(DASBOR_PASSWORD).doesNotContain(MITRA_PASSWORD);
        } finally {
            service.kill();
        }
    }

    private static HttpResponse<String> api(HttpClient http, String base, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/competency/asn/" + NIP + "?year=2026"))
                .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> xapi(HttpClient http, String base, String user, String password)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements?limit=1"))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
