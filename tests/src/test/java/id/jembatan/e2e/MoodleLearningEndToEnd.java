package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.support.moodlelog.MoodleLogTable;
import id.jembatan.support.moodlelog.SyntheticLog;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moodle-learning} end to end, through the built jar: Moodle's log in a real PostgreSQL, a sandbox Moodle
 * answering from recorded real responses, and an LRS; every assertion reads what the LRS holds. Subclasses
 * choose the database and the LRS ({@code verify}: embedded PostgreSQL and an in-memory LRS; {@code -Ppeers}:
 * the Debian PostgreSQL server and the real xapi-statements LRS).
 */
abstract class MoodleLearningEndToEnd {

    private static final Pattern PROGRESS = Pattern.compile("backfill moodle-learning: ([\\d,.]+) /");

    @TempDir
    Path workDir;

    MoodleSandbox moodle;
    MoodleLogTable log;

    /** The Moodle log table, created empty. */
    abstract MoodleLogTable logTable();

    /** JDBC URL, user and password of the log table's database, as the bridge gets them. */
    abstract String[] logDatabase();

    /** The LRS endpoint, user and password. */
    abstract String[] lrs();

    /** Every statement the LRS holds for the Moodle site {@code site}. */
    abstract List<JsonNode> statementsOf(String site);

    /** Every voiding statement the LRS holds (they carry no context, so no site). */
    abstract List<JsonNode> voidingStatements();

    @BeforeEach
    void startMoodle() {
        log = logTable();
    }

    @AfterEach
    void stopMoodle() {
        if (moodle != null) {
            moodle.close();
        }
    }

    @Test
    void theRecordedLogArrivesInTheLrsAsStatementsOfTheProfile() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();

        JarProcess.Outcome run = JarProcess.run(workDir, bridge("run", "moodle-learning"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).as("the four 'incomplete' rows that precede each web completion send nothing")
                .contains("dibaca/read 28, terkirim/delivered 24, dilewati/skipped 4, surat mati/dead-lettered 0");
        List<JsonNode> statements = statementsOf(site());
        assertThat(statements).hasSize(24);
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.path("actor").path("account").path("name").asText()).matches("\\d{18}");
            assertThat(statement.path("context").path("language").asText()).isEqualTo("id-ID");
        });
        Set<String> ids = ids(statements);
        assertThat(ids).contains(StatementIds.forLogRow(URI.create(site()), 352).toString());
        JsonNode completion = byId(statements, StatementIds.forLogRow(URI.create(site()), 352));
        assertThat(completion.path("verb").path("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(completion.path("object").path("id").asText()).isEqualTo(site() + "/course/view.php?id=6");
        assertThat(completion.path("actor").path("account").path("name").asText()).isEqualTo("198703122010011004");
        assertThat(completion.path("context").path("extensions")
                .path("https://jembatan.id/xapi/extensions/jp").asInt()).isEqualTo(8);
        assertThat(completion.path("context").path("extensions")
                .path("https://jembatan.id/xapi/extensions/competency-type").asText()).isEqualTo("sosial-kultural");
    }

    @Test
    void aSecondRunSendsNothingAgain() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();
        JarProcess.Outcome first = JarProcess.run(workDir, bridge("run", "moodle-learning"));
        int held = statementsOf(site()).size();

        JarProcess.Outcome second = JarProcess.run(workDir, bridge("run", "moodle-learning"));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("dibaca/read 0,").contains("terkirim/delivered 0,");
        assertThat(statementsOf(site())).hasSize(held);
    }

    @Test
    void anActivityMarkedIncompleteLaterVoidsTheCompletionBeforeItInTheLogWhetherOrNotTheLrsHasIt() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();
        JarProcess.Outcome first = JarProcess.run(workDir, bridge("run", "moodle-learning"));
        Instant later = Instant.parse("2027-01-04T08:00:00Z");
        long overridden = log.appendCopy(986, later);
        long completedAgain = log.appendCopy(308, later);
        long revoked = log.appendCopy(307, later.plus(Duration.ofDays(1)));

        JarProcess.Outcome backfill = JarProcess.run(workDir, bridge("backfill", "moodle-learning", "--from",
                "2027-01-05"));
        JarProcess.Outcome tail = JarProcess.run(workDir, bridge("run", "moodle-learning"));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(backfill.exitCode()).as(backfill.output()).isZero();
        assertThat(tail.exitCode()).as(tail.output()).isZero();
        assertThat(backfill.output()).as("the backfill voids " + completedAgain + ", which the LRS does not hold yet")
                .contains("dibaca/read 1, terkirim/delivered 1, dilewati/skipped 0, surat mati/dead-lettered 0");
        assertThat(tail.output()).as("987 voided; " + completedAgain + " sent after its voiding; the voiding again")
                .contains("dibaca/read 3, terkirim/delivered 3, dilewati/skipped 0, surat mati/dead-lettered 0");
        Map<String, String> voided = new HashMap<>();
        voidingStatements().forEach(voiding -> voided.put(voiding.path("id").asText(),
                voiding.path("object").path("id").asText()));
        assertThat(voided).containsOnly(Map.entry(id(overridden), id(987)), Map.entry(id(revoked), id(completedAgain)));
        assertThat(voidingStatements()).allSatisfy(voiding -> assertThat(voiding.path("object").path("objectType")
                .asText()).isEqualTo("StatementRef"));
    }

    private String id(long logId) {
        return StatementIds.forLogRow(URI.create(site()), logId).toString();
    }

    @Test
    void aBackfillKilledHalfwayAndRestartedLeavesEveryStatementInTheLrsExactlyOnce() throws Exception {
        SandboxData data = SandboxData.synthetic(200, 10, 7);
        moodle = MoodleSandbox.start(data);
        List<Long> rowIds = tenThousandRowsThatEachMakeAStatement(data);
        String[] backfill = bridge("backfill", "moodle-learning", "--from", "2026-01-01");

        JarProcess.Running interrupted = JarProcess.start(workDir, backfill);
        try {
            Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                    .until(() -> progress(interrupted.lines()) >= 3_000);
        } finally {
            interrupted.kill();
        }
        JarProcess.Outcome resumed = JarProcess.run(workDir, backfill);

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(count(resumed.output(), "dibaca/read")).as("the restart resumes, it does not start over")
                .isPositive().isLessThanOrEqualTo(10_000 - 3_000 + 500);
        List<JsonNode> statements = statementsOf(site());
        Set<String> expected = new HashSet<>();
        rowIds.forEach(id -> expected.add(StatementIds.forLogRow(URI.create(site()), id).toString()));
        assertThat(statements).as("the LRS after the restart; the interrupted run printed:%n%s%nthe restart printed:%n%s",
                String.join("\n", interrupted.lines()), resumed.output()).hasSize(10_000);
        assertThat(ids(statements)).isEqualTo(expected);
    }

    @Test
    void aBackfillKilledAtSeveralPointsNeverLeavesItsWatermarkAheadOfWhatTheLrsHolds() throws Exception {
        SandboxData data = SandboxData.synthetic(200, 10, 7);
        moodle = MoodleSandbox.start(data);
        List<Long> rowIds = tenThousandRowsThatEachMakeAStatement(data);
        String[] backfill = bridge("backfill", "moodle-learning", "--from", "2026-01-01");

        long lastWatermark = 0;
        for (int read : new int[] {1_000, 2_500, 1_500}) {
            JarProcess.Running interrupted = JarProcess.start(workDir, backfill);
            try {
                Awaitility.await().atMost(java.time.Duration.ofMinutes(5))
                        .until(() -> progress(interrupted.lines()) >= read || !interrupted.isAlive());
            } finally {
                interrupted.kill();
            }
            long watermark = backfillWatermark();
            Set<String> held = ids(statementsOf(site()));
            List<String> missing = rowIds.stream().filter(id -> id <= watermark)
                    .map(id -> StatementIds.forLogRow(URI.create(site()), id).toString())
                    .filter(id -> !held.contains(id)).toList();
            assertThat(missing).as("statements of rows up to the watermark %d after a kill; the run printed:%n%s",
                    watermark, String.join("\n", interrupted.lines())).isEmpty();
            assertThat(watermark).as("the watermark after a kill never goes back").isGreaterThanOrEqualTo(lastWatermark);
            lastWatermark = watermark;
        }
        JarProcess.Outcome resumed = JarProcess.run(workDir, backfill);

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        List<JsonNode> statements = statementsOf(site());
        Set<String> expected = new HashSet<>();
        rowIds.forEach(id -> expected.add(StatementIds.forLogRow(URI.create(site()), id).toString()));
        assertThat(statements).as("every statement once; the restart printed:%n%s", resumed.output()).hasSize(10_000);
        assertThat(ids(statements)).isEqualTo(expected);
    }

    /** The log id the backfill's watermark in the H2 state file stands at (0 before its first commit). */
    private long backfillWatermark() throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + workDir.resolve("state").toAbsolutePath(), "sa", "");
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT watermark_value FROM flow_watermark WHERE flow_id ="
                     + " 'moodle-learning' AND partition_key LIKE 'backfill:%'")) {
            return row.next() ? Long.parseLong(row.getString(1)) : 0;
        }
    }

    /** 10,000 synthetic learning rows, without the kinds that make no statement (incomplete, grade removed). */
    private List<Long> tenThousandRowsThatEachMakeAStatement(SandboxData data) throws Exception {
        log.appendSynthetic(SyntheticLog.rows(14_000).withUserIds(data.learnerIds()).withCourseIds(data.courseIds())
                .withLearningShare(1.0).withSeed(11));
        try (Connection connection = log.dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM " + log.name() + " WHERE other LIKE '%\"completionstate\":0%'"
                    + " OR other LIKE '%\"finalgrade\":null%'");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT id FROM " + log.name() + " ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            assertThat(ids).hasSizeGreaterThanOrEqualTo(10_000);
            sql.executeUpdate("DELETE FROM " + log.name() + " WHERE id > " + ids.get(9_999));
            return ids.subList(0, 10_000);
        }
    }

    String[] bridge(String... command) {
        String[] database = logDatabase();
        String[] lrs = lrs();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(
                "--jembatan.moodle.url=" + moodle.baseUrl(),
                "--jembatan.moodle.token=" + moodle.token(),
                "--jembatan.moodle.log-jdbc-url=" + database[0],
                "--jembatan.moodle.log-username=" + database[1],
                "--jembatan.moodle.log-password=" + database[2],
                "--jembatan.moodle.log-table-prefix=" + log.prefix(),
                "--jembatan.lrs.endpoint=" + lrs[0],
                "--jembatan.lrs.username=" + lrs[1],
                "--jembatan.lrs.password=" + lrs[2],
                "--jembatan.flows.moodle-learning.start-from=beginning",
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    String site() {
        return StatementIds.canonicalSite(moodle.baseUrl());
    }

    static Set<String> ids(List<JsonNode> statements) {
        Set<String> ids = new HashSet<>();
        statements.forEach(statement -> ids.add(statement.path("id").asText()));
        return ids;
    }

    static JsonNode byId(List<JsonNode> statements, UUID id) {
        return statements.stream().filter(s -> s.path("id").asText().equals(id.toString())).findFirst().orElseThrow();
    }

    static boolean ofSite(JsonNode statement, String site) {
        JsonNode extensions = statement.path("context").path("extensions");
        return site.equals(extensions.path("https://jembatan.id/xapi/extensions/moodle-site").asText());
    }

    static int count(String output, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + " ([\\d,.]+)").matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("no '" + label + "' in: " + output);
        }
        return Integer.parseInt(matcher.group(1).replaceAll("[,.]", ""));
    }

    private static long progress(List<String> lines) {
        long read = 0;
        for (String line : lines) {
            Matcher matcher = PROGRESS.matcher(line);
            if (matcher.find()) {
                read = Long.parseLong(matcher.group(1).replaceAll("[,.]", ""));
            }
        }
        return read;
    }
}
