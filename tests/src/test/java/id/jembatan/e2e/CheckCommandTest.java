package id.jembatan.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar jembatan.jar check} against a Moodle that replays the recorded real site info: one line
 * per check, exit 0; and exit 1 naming {@code jembatan.moodle.token} when Moodle rejects the token.
 */
class CheckCommandTest {

    private static final String RECORDED_TOKEN = "TEST-TOKEN";
    private static WireMockServer moodle;
    private static EmbeddedPostgres moodleDatabase;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startMoodle() throws IOException {
        moodle = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        moodle.start();
        moodle.stubFor(post(urlPathEqualTo("/webservice/rest/server.php"))
                .atPriority(10)
                .willReturn(recorded("core_webservice_get_site_info__error_invalid_token.json")));
        moodle.stubFor(post(urlPathEqualTo("/webservice/rest/server.php"))
                .atPriority(1)
                .withFormParam("wstoken", equalTo(RECORDED_TOKEN))
                .withFormParam("wsfunction", equalTo("core_webservice_get_site_info"))
                .withFormParam("moodlewsrestformat", equalTo("json"))
                .willReturn(recorded("core_webservice_get_site_info__ok.json")));
    }

    @AfterAll
    static void stopMoodle() throws IOException {
        moodle.stop();
        if (moodleDatabase != null) {
            moodleDatabase.close();
        }
    }

    @Test
    void aFunctionOnlyADisabledFlowCallsDoesNotFailTheCheck() throws Exception {
        String[] hrProfiles = {"--jembatan.moodle.url=" + moodle.baseUrl(), "--jembatan.moodle.token=" + RECORDED_TOKEN,
                "--jembatan.simpeg.jdbc-url=jdbc:h2:mem:simpeg"};

        JarProcess.Outcome enabled = JarProcess.run(workDir, append(new String[] {"check"}, hrProfiles));
        JarProcess.Outcome disabled = JarProcess.run(workDir, append(append(new String[] {"check"}, hrProfiles),
                "--jembatan.flows.hr-profiles.enabled=false"));

        assertThat(enabled.output().lines().filter(line -> line.startsWith("FAIL  moodle ")))
                .as(enabled.output()).singleElement().asString()
                .contains("hr-profiles needs core_cohort_delete_cohort_members");
        assertThat(disabled.output().lines().filter(line -> line.contains(" moodle ")))
                .as(disabled.output()).singleElement().asString()
                .startsWith("OK    moodle")
                .contains("not checked, flow disabled / tidak diperiksa, alur nonaktif: hr-profiles");
    }

    @Test
    void theMoodleLogDatabaseIsReadAndItsIndexesFound() throws Exception {
        EmbeddedPostgres database = moodleDatabase();
        new MoodleLogTable(database.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL, "chk_").create()
                .loadRecorded();
        String[] logTail = {"--jembatan.moodle.url=" + moodle.baseUrl(), "--jembatan.moodle.token=" + RECORDED_TOKEN,
                "--jembatan.moodle.log-jdbc-url=" + database.getJdbcUrl("postgres", "postgres"),
                "--jembatan.moodle.log-username=postgres", "--jembatan.moodle.log-password=postgres"};

        JarProcess.Outcome found = JarProcess.run(workDir, append(append(new String[] {"check"}, logTail),
                "--jembatan.moodle.log-table-prefix=chk_"));
        JarProcess.Outcome wrongPrefix = JarProcess.run(workDir, append(append(new String[] {"check"}, logTail),
                "--jembatan.moodle.log-table-prefix=nope_"));

        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).contains("OK    moodle-log   chk_logstore_standard_log dapat dibaca / readable,"
                + " newest id " + MoodleLogTable.RECORDED_MAX_ID);
        assertThat(wrongPrefix.exitCode()).as(wrongPrefix.output()).isEqualTo(1);
        assertThat(wrongPrefix.output().lines().filter(line -> line.startsWith("FAIL  moodle-log")))
                .as(wrongPrefix.output()).singleElement().asString()
                .contains("nope_logstore_standard_log does not exist").contains("jembatan.moodle.log-table-prefix");
    }

    @Test
    void aLogTableWithoutMoodlesIndexesFailsTheCheckNamingThem() throws Exception {
        EmbeddedPostgres database = moodleDatabase();
        new MoodleLogTable(database.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL, "noix_").create();
        try (var connection = database.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP INDEX noix_logsstanlog_tim_ix");
        }

        JarProcess.Outcome outcome = JarProcess.run(workDir, "check",
                "--jembatan.moodle.url=" + moodle.baseUrl(), "--jembatan.moodle.token=" + RECORDED_TOKEN,
                "--jembatan.moodle.log-jdbc-url=" + database.getJdbcUrl("postgres", "postgres"),
                "--jembatan.moodle.log-username=postgres", "--jembatan.moodle.log-password=postgres",
                "--jembatan.moodle.log-table-prefix=noix_");

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output().lines().filter(line -> line.startsWith("FAIL  moodle-log")))
                .as(outcome.output()).singleElement().asString().contains("no index on timecreated");
    }

    private static synchronized EmbeddedPostgres moodleDatabase() {
        if (moodleDatabase == null) {
            moodleDatabase = MoodleLogDatabases.startEmbeddedPostgres();
        }
        return moodleDatabase;
    }

    private static String[] append(String[] arguments, String... more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + more.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        return all;
    }

    @Test
    void checkPassesAgainstTheRecordedSiteAndPrintsOneLinePerCheck() throws Exception {
        JarProcess.Outcome outcome = JarProcess.run(workDir, "check",
                "--jembatan.moodle.url=" + moodle.baseUrl(), "--jembatan.moodle.token=" + RECORDED_TOKEN);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output().lines().toList()).as(outcome.output())
                .anyMatch(line -> line.startsWith("OK    state-store  H2"))
                .anyMatch(line -> line.startsWith("OK    moodle")
                        && line.contains("4.5.6 (Build: 20250811)") && line.contains("ws_simpeg_bridge"))
                .noneMatch(line -> line.startsWith("FAIL"));
        assertThat(outcome.output()).doesNotContain(RECORDED_TOKEN);
    }

    @Test
    void aRejectedTokenFailsTheCheckNamingTheSetting() throws Exception {
        JarProcess.Outcome outcome = JarProcess.run(workDir, "check",
                "--jembatan.moodle.url=" + moodle.baseUrl(), "--jembatan.moodle.token=expired-token-123");

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output().lines().filter(line -> line.startsWith("FAIL  moodle")))
                .singleElement().asString()
                .contains("jembatan.moodle.token")
                .contains("invalidtoken")
                .doesNotContain("expired-token-123");
        assertThat(outcome.output()).contains("OK    state-store");
    }

    @Test
    void anUnreachableMoodleFailsTheCheckNamingTheUrlSetting() throws Exception {
        JarProcess.Outcome outcome = JarProcess.run(workDir, "check",
                "--jembatan.moodle.url=http://127.0.0.1:1", "--jembatan.moodle.token=" + RECORDED_TOKEN);

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("FAIL  moodle").contains("jembatan.moodle.url");
    }

    @Test
    void withoutMoodleConfiguredTheMoodleCheckIsSkippedAndCheckPasses() throws Exception {
        JarProcess.Outcome outcome = JarProcess.run(workDir, "check");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("SKIP  moodle").contains("jembatan.moodle.url");
    }

    @Test
    void anUnknownCommandIsBadUsage() throws Exception {
        JarProcess.Outcome outcome = JarProcess.run(workDir, "chek");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("unknown command: chek").contains("check");
    }

    private static ResponseDefinitionBuilder recorded(String fixture) throws IOException {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/check/" + fixture)) {
            JsonNode response = new ObjectMapper().readTree(in).get("response");
            ResponseDefinitionBuilder builder = aResponse()
                    .withStatus(response.get("status").asInt())
                    .withBody(response.get("body_raw").asText());
            response.get("headers").properties()
                    .forEach(header -> builder.withHeader(header.getKey(), header.getValue().asText()));
            return builder;
        }
    }
}
