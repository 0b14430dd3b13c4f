package id.jembatan.support.moodlelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link MoodleLogTable} on embedded PostgreSQL. */
class MoodleLogTableTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = MoodleLogDatabases.startEmbeddedPostgres();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static MoodleLogTable table(String prefix) {
        return new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL, prefix);
    }

    @Test
    void tenThousandSyntheticRowsReadBackThroughTheReader() {
        LogTableRoundTrip.check(table("mdl_"));
    }

    @Test
    void recordedRowsAreTheTwentyEightLearningEventsTheReaderExpects() {
        MoodleLogTable table = table("recorded_").create().loadRecorded();
        MoodleLogReader reader = new MoodleLogReader(table.dataSource(), table.prefix(), LearningEvents.ALL);

        assertThat(table.count()).isEqualTo(MoodleLogTable.RECORDED_ROWS);
        assertThat(reader.maxId()).isEqualTo(MoodleLogTable.RECORDED_MAX_ID);
        assertThat(reader.page(0, MoodleLogTable.RECORDED_MAX_ID, 100)).hasSize(28)
                .filteredOn(row -> row.id() == 1083).singleElement()
                .satisfies(row -> assertThat(row.otherJson().at("/userenrolment/enrolid").asText()).isEqualTo("13"));
    }

    @Test
    void recordedRowsGoIntoAnEmptyTableOnly() {
        MoodleLogTable table = table("twice_").create().loadRecorded();

        assertThatThrownBy(table::loadRecorded).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("load the recorded rows first");
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOthers() throws SQLException {
        SyntheticLog spec = SyntheticLog.rows(2_000).withSeed(42).withUsers(100, 50);

        table("same_a_").create().appendSynthetic(spec);
        table("same_b_").create().appendSynthetic(spec);
        table("other_").create().appendSynthetic(spec.withSeed(43));

        assertThat(dump("same_a_")).hasSize(2_000).isEqualTo(dump("same_b_"));
        assertThat(dump("other_")).hasSize(2_000).isNotEqualTo(dump("same_a_"));
    }

    @Test
    void learningShareSetsTheMixOfEvents() {
        MoodleLogTable table = table("mix_").create();
        MoodleLogReader reader = new MoodleLogReader(table.dataSource(), table.prefix(), LearningEvents.ALL);

        SyntheticBatch noise = table.appendSynthetic(SyntheticLog.rows(1_000).withLearningShare(0));
        SyntheticBatch learning = table.appendSynthetic(SyntheticLog.rows(1_000).withLearningShare(1));

        assertThat(noise.learningEvents()).isZero();
        assertThat(noise.rowsOf("\\core\\event\\course_viewed")).isPositive();
        assertThat(learning.learningEvents()).isEqualTo(1_000);
        assertThat(learning.firstId()).isEqualTo(noise.lastId() + 1);
        assertThat(reader.countBetween(0, noise.lastId())).isZero();
        assertThat(reader.countBetween(noise.lastId(), learning.lastId())).isEqualTo(1_000);
    }

    @Test
    void truncateEmptiesTheTableAndRestartsIds() {
        MoodleLogTable table = table("trunc_").create().loadRecorded();
        table.appendSynthetic(SyntheticLog.rows(100));

        table.truncate();

        assertThat(table.count()).isZero();
        assertThat(table.appendNow(LearningEvents.USER_GRADED, 3, 6)).isEqualTo(1);
    }

    @Test
    void appendNowWritesTheEventAsMoodleWould() {
        MoodleLogTable table = table("now_").create().loadRecorded();
        MoodleLogReader reader = new MoodleLogReader(table.dataSource(), table.prefix(), LearningEvents.ALL);

        long graded = table.appendNow(LearningEvents.USER_GRADED, 7, 4);
        long viewed = table.appendNow("\\core\\event\\course_viewed", 7, 4);
        long completed = table.appendNow(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED, 7, 4);

        assertThat(List.of(graded, viewed, completed)).containsExactly(1093L, 1094L, 1095L);
        List<LogRow> rows = reader.page(MoodleLogTable.RECORDED_MAX_ID, reader.maxId(), 10);
        assertThat(rows).extracting(LogRow::id).containsExactly(graded, completed);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.relatedUserId()).isEqualTo(7L);
            assertThat(row.courseId()).isEqualTo(4);
        });
        assertThatThrownBy(() -> table.appendNow("\\core\\event\\user_created", 7, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largeAppendsRebuildMoodlesIndexes() throws SQLException {
        MoodleLogTable table = table("large_").create();
        List<String> indexes = indexes("large_logstore_standard_log");

        SyntheticBatch batch = table.appendSynthetic(SyntheticLog.rows(MoodleLogTable.REINDEX_FROM_ROWS));

        assertThat(indexes).hasSize(9).contains("large_logsstanlog_id_pk", "large_logsstanlog_tim_ix");
        assertThat(indexes("large_logstore_standard_log")).isEqualTo(indexes);
        assertThat(table.count()).isEqualTo(batch.rows());
    }

    private static List<String> indexes(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "' ORDER BY indexname")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static List<List<Object>> dump(String prefix) throws SQLException {
        DataSource dataSource = postgres.getPostgresDatabase();
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT * FROM " + prefix + "logstore_standard_log ORDER BY id")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(Arrays.asList(row));
            }
        }
        return rows;
    }
}
