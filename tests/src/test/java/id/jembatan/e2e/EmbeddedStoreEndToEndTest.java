package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No {@code jembatan.lrs.endpoint}: {@code run moodle-learning} (no web server) delivers into the embedded statement
 * store in the H2 state file, and the service started on the same file serves those statements at
 * {@code /xapi/statements} to a configured client — the "nothing else changes" end to end, through the jar.
 */
class EmbeddedStoreEndToEndTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startPostgres() {
        postgres = MoodleLogDatabases.startEmbeddedPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void statementsDeliveredByARunCommandAreServedOverHttpByTheService() throws Exception {
        MoodleLogTable log = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL)
                .create();
        try (MoodleSandbox moodle = MoodleSandbox.start()) {
            log.loadRecorded();
            String site = StatementIds.canonicalSite(moodle.baseUrl());
            List<String> common = new ArrayList<>(List.of(
                    "--jembatan.moodle.url=" + moodle.baseUrl(),
                    "--jembatan.moodle.token=" + moodle.token(),
                    "--jembatan.moodle.log-jdbc-url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--jembatan.moodle.log-username=postgres",
                    "--jembatan.moodle.log-password=postgres",
                    "--jembatan.moodle.log-table-prefix=" + log.prefix(),
                    "--jembatan.flows.moodle-learning.start-from=beginning",
                    "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
            List<String> run = new ArrayList<>(List.of("run", "moodle-learning"));
            run.addAll(common);

            JarProcess.Outcome delivered = JarProcess.run(workDir, run.toArray(String[]::new));
            JarProcess.Outcome again = JarProcess.run(workDir, run.toArray(String[]::new));

            assertThat(delivered.exitCode()).as(delivered.output()).isZero();
            assertThat(delivered.output()).contains("terkirim/delivered 24");
            assertThat(again.output()).as(again.output()).contains("terkirim/delivered 0,");

            int port = freePort();
            List<String> service = new ArrayList<>(common);
            service.addAll(List.of("--server.port=" + port, "--jembatan.internal.schedules-enabled=false",
                    "--jembatan.lrs.embedded.clients[0].username=dasbor",
                    "--jembatan.lrs.embedded.clients[0].password=rahasia-dasbor",
                    "--jembatan.lrs.embedded.clients[0].read-only=true"));
            JarProcess.Running server = JarProcess.start(workDir, service.toArray(String[]::new));
            try {
                URI base = URI.create("http://127.0.0.1:" + port + "/xapi/");
                HttpClient http = HttpClient.newHttpClient();
                Awaitility.await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> http.send(
                        HttpRequest.newBuilder(base.resolve("about")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

                LrsClient reader = new LrsClient(new LrsConfig(base, "dasbor", "rahasia-dasbor",
                        Duration.ofSeconds(10), Duration.ofSeconds(90)));
                List<Statement> statements;
                try {
                    statements = reader.statements(StatementQuery.builder().ascending(true).limit(10).build())
                            .toList();
                } catch (RuntimeException e) {
                    throw new AssertionError("reading /xapi/statements failed; service output:\n"
                            + String.join("\n", server.lines()), e);
                }
                HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("statements"))
                        .header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());

                assertThat(statements).as(String.join("\n", server.lines())).hasSize(24);
                Set<String> ids = statements.stream().map(s -> s.id().toString()).collect(Collectors.toSet());
                assertThat(ids).contains(StatementIds.forLogRow(URI.create(site), 352).toString());
                assertThat(statements).allSatisfy(statement -> {
                    assertThat(statement.stored()).isNotNull();
                    assertThat(statement.authority().toString()).contains("Jembatan");
                });
                assertThat(anonymous.statusCode()).isEqualTo(401);
            } finally {
                server.kill();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
