package id.jembatan.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Peers that echo the credentials they were sent in their error bodies (an LRS answering 401 or 400 with the
 * {@code Authorization} header, an e-Kinerja answering 400 with its token), and a password inside a JDBC URL: none of
 * them reaches the output of {@code check} or {@code run}, the log (at DEBUG, where the stack traces go) or a dead
 * letter.
 */
class SecretsEndToEndTest {

    private static final String LRS_PASSWORD = "Lrs-Echoed-Password-1";
    private static final String KINERJA_TOKEN = "Kinerja-Echoed-Token-2";
    private static final String URL_PASSWORD = "Url-Echoed-Password-3";
    private static final String BASIC = Base64.getEncoder().encodeToString(("jembatan:" + LRS_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    private WireMockServer lrs;
    private WireMockServer kinerja;

    @TempDir
    Path workDir;

    @BeforeEach
    void start() {
        lrs = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        lrs.start();
        kinerja = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        kinerja.start();
    }

    @AfterEach
    void stop() {
        lrs.stop();
        kinerja.stop();
    }

    @Test
    void checkPrintsNoEchoedCredentialAndNoPasswordOfAJdbcUrl() throws Exception {
        lrs.stubFor(any(urlPathMatching("/xapi/.*")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":true,\"message\":\"Unauthorised: {{request.headers.Authorization}}\"}")
                .withTransformers("response-template")));
        kinerja.stubFor(any(urlPathEqualTo("/api/v1/skp")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"token tidak berlaku: {{request.headers.Authorization}}\"}")
                .withTransformers("response-template")));

        JarProcess.Outcome check = JarProcess.run(workDir, "check",
                "--jembatan.lrs.endpoint=" + lrs.baseUrl() + "/xapi/",
                "--jembatan.lrs.username=jembatan",
                "--jembatan.lrs.password=" + LRS_PASSWORD,
                "--jembatan.kinerja.url=" + kinerja.baseUrl() + "/api/v1/skp",
                "--jembatan.kinerja.token=" + KINERJA_TOKEN,
                "--jembatan.state.jdbc-url=jdbc:postgresql://127.0.0.1:1/state?user=jembatan&password="
                        + URL_PASSWORD,
                "--logging.level.id.jembatan=DEBUG");

        assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).as(check.output()).contains("FAIL  lrs").contains("FAIL  e-kinerja")
                .contains("FAIL  state-store").contains("password=****");
        assertNoSecret(check.output());
        assertThat(lrs.getAllServeEvents()).as("the stand-in did echo the credentials")
                .anySatisfy(event -> assertThat(event.getResponse().getBodyAsString()).contains(BASIC));
    }

    @Test
    void aRunWhoseDeliveriesAnLrsRejectsEchoingTheCredentialsDeadLettersThemWithoutTheCredentials() throws Exception {
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp"))
                .willReturn(okJson("{\"data\":[" + KinerjaEndToEnd.record("r1", KinerjaEndToEnd.SITI, 3, 2, 3,
                        "tepat waktu") + "]}")));
        lrs.stubFor(any(urlPathMatching("/xapi/.*")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":true,\"message\":\"Statement ditolak, kredensial {{request.headers.Authorization}}"
                        + " password=" + LRS_PASSWORD + " token " + KINERJA_TOKEN + "\"}")
                .withTransformers("response-template")));
        String state = "jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath();

        JarProcess.Outcome run = JarProcess.run(workDir, "run", "kinerja-performance",
                "--jembatan.lrs.endpoint=" + lrs.baseUrl() + "/xapi/",
                "--jembatan.lrs.username=jembatan",
                "--jembatan.lrs.password=" + LRS_PASSWORD,
                "--jembatan.kinerja.url=" + kinerja.baseUrl() + "/api/v1/skp",
                "--jembatan.kinerja.token=" + KINERJA_TOKEN,
                "--jembatan.kinerja.site=" + KinerjaEndToEnd.SITE,
                "--jembatan.flows.retry.initial-delay-ms=100",
                "--jembatan.state.jdbc-url=" + state,
                "--logging.level.id.jembatan=DEBUG");
        JarProcess.Outcome letters = JarProcess.run(workDir, "dead-letters", "list",
                "--jembatan.state.jdbc-url=" + state);

        assertNoSecret(run.output());
        assertNoSecret(letters.output());
        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(state, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT reason, payload FROM dead_letter")) {
            while (rows.next()) {
                stored.add(rows.getString("reason") + "\n" + rows.getString("payload"));
            }
        }
        assertThat(stored).as(run.output()).isNotEmpty().allSatisfy(letter -> {
            assertThat(letter).contains("****");
            assertNoSecret(letter);
        });
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(LRS_PASSWORD).doesNotContain(BASIC).doesNotContain(KINERJA_TOKEN)
                .doesNotContain(URL_PASSWORD);
    }
}
