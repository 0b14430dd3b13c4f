package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.XapiJson;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Moodle plugin {@code local_jembatan} on the real Moodle of the {@code -Pmoodle} tier, through the built jar: the
 * plugin is installed by {@code admin/cli/upgrade.php}; events made through Moodle's APIs reach the bridge's LRS as the
 * statements, with the ids, the log tail makes of the same log rows; while the bridge is down the events wait in the
 * outbox and arrive once when it is back; the log tail run over the same log afterwards adds nothing.
 */
@EnabledIfSystemProperty(named = "jembatan.moodle", matches = "true")
class MoodlePushRealMoodleTest {

    private static final List<String> EVENTS = List.of("\\core\\event\\course_completed",
            "\\core\\event\\course_module_completion_updated", "\\core\\event\\user_enrolment_created");
    private static final String READER = "pembaca";
    private static final String READER_PASSWORD = "rahasia-pembaca-push";

    @TempDir
    Path workDir;

    private final RealMoodle moodle = RealMoodle.fromEnvironment();
    private final Path fixture = Path.of("src/test/resources/moodle-push/fixture.php").toAbsolutePath();
    private final String key = HexFormat.of().formatHex(random(24));
    private final int port = freePort();

    @Test
    void eventsMadeInMoodleArriveOnceWithTheLogTailsIdsAcrossABridgeOutage() throws Exception {
        String upgrade = moodle.installPlugin(Path.of("../moodle-plugin/local_jembatan").toAbsolutePath(),
                "local/jembatan");
        assertThat(upgrade).containsAnyOf("completed successfully", "No upgrade needed");
        assertThat(pluginVersion()).isEqualTo(versionInCode());

        String run = Long.toString(System.currentTimeMillis() % 1_000_000L);
        String nip = "198501012010011" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        moodle.fixture(fixture, "configure", "http://127.0.0.1:" + port, key);
        String learner = "push" + run;
        String first = "PUSH" + run + "A";
        String second = "PUSH" + run + "B";
        long userId = Long.parseLong(moodle.events("user", learner, nip).get("USER"));
        moodle.events("course", first, "KT-" + first, "8", "KT");
        moodle.events("course", second, "KT-" + second, "4", "KT");
        long logStart = maxLogId();

        JarProcess.Running bridge = JarProcess.start(workDir, service());
        try {
            awaitUp(bridge);
            moodle.events("enrol", learner, first);
            moodle.events("view", learner, first);
            moodle.php("admin/cli/adhoc_task.php", "--execute", "--classname=\\local_jembatan\\task\\send_now");

            Map<Long, String> before = logRows(userId, logStart);
            assertThat(before.values()).contains(EVENTS.get(0), EVENTS.get(1), EVENTS.get(2));
            Set<String> expected = idsOf(completions(before, true));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(statementIds(nip)).containsExactlyInAnyOrderElementsOf(expected));
            assertThat(outbox().path("pending").asInt()).isZero();
        } finally {
            bridge.kill();
        }

        long outageStart = maxLogId();
        moodle.events("incomplete", learner, first);
        moodle.events("enrol", learner, second);
        moodle.events("view", learner, second);
        moodle.php("admin/cli/adhoc_task.php", "--execute", "--classname=\\local_jembatan\\task\\send_now");
        JsonNode waiting = outbox();
        assertThat(waiting.path("pending").asInt()).as(waiting.toString()).isPositive();
        assertThat(waiting.path("errors").toString()).contains("could not be reached");

        bridge = JarProcess.start(workDir, service());
        Set<String> all;
        try {
            awaitUp(bridge);
            String sent = moodle.php("local/jembatan/cli/send.php");
            assertThat(sent).contains("pending=0 held=0");

            Map<Long, String> everything = logRows(userId, logStart);
            Map<Long, String> duringOutage = logRows(userId, outageStart);
            assertThat(duringOutage).hasSizeGreaterThanOrEqualTo(4);
            List<Statement> statements = statements(nip);
            all = statements.stream().map(s -> s.id().toString()).collect(Collectors.toSet());
            assertThat(statements).hasSize(all.size());
            long completion = completionsBefore(everything, outageStart);
            String revoked = StatementIds.forLogRow(moodle.url, completion).toString();
            Set<String> stillValid = idsOf(completions(before(everything, outageStart), true));
            stillValid.remove(revoked);
            assertThat(all).containsAll(stillValid).doesNotContain(revoked);
            assertThat(all).containsAll(idsOf(completions(duringOutage, true)));
            assertThat(voided()).contains(revoked);
        } finally {
            bridge.kill();
        }

        List<String> tail = new ArrayList<>(List.of("run", "moodle-learning"));
        tail.addAll(List.of(common()));
        tail.addAll(List.of("--jembatan.moodle.log-jdbc-url=" + moodle.jdbcUrl,
                "--jembatan.moodle.log-username=" + moodle.logUser,
                "--jembatan.moodle.log-password=" + moodle.logPassword,
                "--jembatan.flows.moodle-learning.start-from=beginning"));
        JarProcess.Outcome logTail = JarProcess.run(workDir, tail.toArray(String[]::new));
        assertThat(logTail.exitCode()).as(logTail.output()).isZero();

        bridge = JarProcess.start(workDir, service());
        try {
            awaitUp(bridge);
            List<Statement> after = statements(nip);
            assertThat(after.stream().map(s -> s.id().toString()).collect(Collectors.toSet())).isEqualTo(all);
            assertThat(after).hasSize(all.size());
        } finally {
            bridge.kill();
        }
    }

    private String[] common() {
        return new String[] {"--jembatan.moodle.url=" + moodle.url, "--jembatan.moodle.token=" + moodle.token,
            "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath(),
            "--jembatan.lrs.embedded.clients[0].username=" + READER,
            "--jembatan.lrs.embedded.clients[0].password=" + READER_PASSWORD,
            "--jembatan.lrs.embedded.clients[0].read-only=true"};
    }

    private String[] service() {
        List<String> args = new ArrayList<>(List.of(common()));
        args.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--jembatan.internal.schedules-enabled=false",
                "--jembatan.moodle.push.sites[0].name=moodle-test",
                "--jembatan.moodle.push.sites[0].key=" + key));
        return args.toArray(String[]::new);
    }

    private void awaitUp(JarProcess.Running bridge) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest check = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/moodle/push"))
                .header("X-API-Key", key).build();
        try {
            Awaitility.await().atMost(Duration.ofMinutes(10)).ignoreExceptions().until(() ->
                    http.send(check, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        } catch (RuntimeException e) {
            throw new AssertionError("the bridge did not answer GET /moodle/push:\n" + String.join("\n", bridge.lines()),
                    e);
        }
    }

    private List<Statement> statements(String nip) {
        LrsClient reader = new LrsClient(new LrsConfig(URI.create("http://127.0.0.1:" + port + "/xapi/"), READER,
                READER_PASSWORD, Duration.ofSeconds(10), Duration.ofSeconds(60)));
        return reader.statements(StatementQuery.builder().ascending(true).limit(500).build())
                .filter(statement -> XapiJson.toTree(statement).path("actor").path("account").path("name").asText()
                        .equals(nip))
                .toList();
    }

    private Set<String> statementIds(String nip) {
        return statements(nip).stream().map(s -> s.id().toString()).collect(Collectors.toSet());
    }

    private Set<String> voided() {
        LrsClient reader = new LrsClient(new LrsConfig(URI.create("http://127.0.0.1:" + port + "/xapi/"), READER,
                READER_PASSWORD, Duration.ofSeconds(10), Duration.ofSeconds(60)));
        return reader.statements(StatementQuery.builder().ascending(true).limit(500).build())
                .map(XapiJson::toTree)
                .filter(tree -> tree.path("verb").path("id").asText().endsWith("/voided"))
                .map(tree -> tree.path("object").path("id").asText())
                .collect(Collectors.toSet());
    }

    private Set<String> idsOf(java.util.Collection<Long> logIds) {
        return logIds.stream().map(id -> StatementIds.forLogRow(moodle.url, id).toString())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static Map<Long, String> before(Map<Long, String> rows, long logId) {
        Map<Long, String> earlier = new LinkedHashMap<>();
        rows.forEach((id, name) -> {
            if (id <= logId) {
                earlier.put(id, name);
            }
        });
        return earlier;
    }

    /** Rows that are not activity completions, and activity completions of state {@code complete}. */
    private List<Long> completions(Map<Long, String> rows, boolean complete) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = moodle.database()) {
            for (Map.Entry<Long, String> row : rows.entrySet()) {
                if (!row.getValue().equals(EVENTS.get(1))) {
                    ids.add(row.getKey());
                    continue;
                }
                try (PreparedStatement select = db.prepareStatement(
                        "SELECT other FROM mdl_logstore_standard_log WHERE id = ?")) {
                    select.setLong(1, row.getKey());
                    try (ResultSet result = select.executeQuery()) {
                        result.next();
                        boolean completes = !result.getString(1).contains("\"completionstate\":0");
                        if (completes == complete) {
                            ids.add(row.getKey());
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** The last activity completion row of state 1 at or before {@code logId}. */
    private long completionsBefore(Map<Long, String> rows, long logId) throws Exception {
        Map<Long, String> earlier = new LinkedHashMap<>();
        rows.forEach((id, name) -> {
            if (id <= logId && name.equals(EVENTS.get(1))) {
                earlier.put(id, name);
            }
        });
        List<Long> complete = completions(earlier, true);
        return complete.get(complete.size() - 1);
    }

    private Map<Long, String> logRows(long userId, long afterId) throws Exception {
        Map<Long, String> rows = new LinkedHashMap<>();
        try (Connection db = moodle.database(); PreparedStatement select = db.prepareStatement(
                "SELECT id, eventname FROM mdl_logstore_standard_log WHERE relateduserid = ? AND id > ?"
                        + " AND eventname IN (?, ?, ?) ORDER BY id")) {
            select.setLong(1, userId);
            select.setLong(2, afterId);
            for (int i = 0; i < EVENTS.size(); i++) {
                select.setString(3 + i, EVENTS.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong(1), result.getString(2));
                }
            }
        }
        return rows;
    }

    private long maxLogId() throws Exception {
        try (Connection db = moodle.database(); PreparedStatement select = db.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM mdl_logstore_standard_log"); ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private String pluginVersion() throws Exception {
        try (Connection db = moodle.database(); PreparedStatement select = db.prepareStatement(
                "SELECT value FROM mdl_config_plugins WHERE plugin = 'local_jembatan' AND name = 'version'");
             ResultSet result = select.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static String versionInCode() throws Exception {
        String code = java.nio.file.Files.readString(Path.of("../moodle-plugin/local_jembatan/version.php"));
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\$plugin->version\\s*=\\s*(\\d+)")
                .matcher(code);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private JsonNode outbox() {
        return moodle.fixture(fixture, "outbox");
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
