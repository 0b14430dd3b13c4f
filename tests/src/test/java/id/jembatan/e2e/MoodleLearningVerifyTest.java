package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.support.lrs.FakeLrs;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code moodle-learning} end to end on the {@code verify} tier: embedded PostgreSQL and an in-memory LRS, which
 * also lets these tests make the LRS fail.
 */
class MoodleLearningVerifyTest extends MoodleLearningEndToEnd {

    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static EmbeddedPostgres postgres;
    private FakeLrs lrs;

    @BeforeAll
    static void startPostgres() {
        postgres = MoodleLogDatabases.startEmbeddedPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startLrs() {
        lrs = new FakeLrs();
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
    }

    @Override
    MoodleLogTable logTable() {
        return new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL).create();
    }

    @Override
    String[] logDatabase() {
        return new String[] {postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"};
    }

    @Override
    String[] lrs() {
        return new String[] {lrs.endpoint().toString(), FakeLrs.USERNAME, FakeLrs.PASSWORD};
    }

    @Override
    List<JsonNode> statementsOf(String site) {
        return lrs.statements().stream().filter(statement -> ofSite(statement, site)).toList();
    }

    @Override
    List<JsonNode> voidingStatements() {
        return lrs.statements().stream()
                .filter(statement -> statement.path("verb").path("id").asText().equals(VOIDED)).toList();
    }

    @Test
    void anLrsThatAnswers503ForAWhileLosesNothingAndTheWatermarkWaits() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();
        lrs.failNextPosts(1_000);

        JarProcess.Outcome failed = JarProcess.run(workDir, bridge("run", "moodle-learning",
                "--jembatan.flows.retry.max-redeliveries=2"));
        lrs.failNextPosts(2);
        JarProcess.Outcome recovered = JarProcess.run(workDir, bridge("run", "moodle-learning"));

        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("watermark unmoved").contains("503");
        assertThat(recovered.exitCode()).as(recovered.output()).isZero();
        assertThat(recovered.output()).contains("dibaca/read " + MoodleLogTable.RECORDED_LEARNING_EVENTS);
        assertThat(statementsOf(site())).hasSize(count(recovered.output(), "terkirim/delivered")).isNotEmpty();
        assertThat(lrs.failedPosts()).isEqualTo(3 + 2);
    }

    @Test
    void aDuplicateIdAnswered409WithIdenticalContentIsDeliveredNotDeadLettered() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();
        JarProcess.Outcome first = JarProcess.run(workDir, bridge("run", "moodle-learning"));
        List<JsonNode> held = statementsOf(site());
        lrs.conflictOnIdentical(true);

        JarProcess.Outcome replay = JarProcess.run(workDir, bridge("run", "moodle-learning",
                        "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("fresh-state").toAbsolutePath()));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(replay.exitCode()).as(replay.output()).isZero();
        assertThat(count(replay.output(), "terkirim/delivered")).isEqualTo(count(first.output(), "terkirim/delivered"));
        assertThat(count(replay.output(), "surat mati/dead-lettered"))
                .isEqualTo(count(first.output(), "surat mati/dead-lettered"));
        assertThat(statementsOf(site())).hasSameSizeAs(held);
    }

    @Test
    void aRejectedMoodleTokenStopsTheFlowNamingTheSetting() throws Exception {
        moodle = MoodleSandbox.start();
        log.loadRecorded();
        moodle.rejectToken();

        JarProcess.Outcome run = JarProcess.run(workDir, bridge("run", "moodle-learning"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("jembatan.moodle.token").doesNotContain(moodle.token());
        assertThat(lrs.posts()).isZero();
    }
}
