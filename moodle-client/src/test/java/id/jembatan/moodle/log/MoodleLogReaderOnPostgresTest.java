package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.moodle.ErrorKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader on a real PostgreSQL (embedded), the database of the recorded Moodle. */
class MoodleLogReaderOnPostgresTest extends MoodleLogReaderContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        LogTable.create(postgres.getPostgresDatabase(), LogTable.Dialect.POSTGRESQL, "mdl_").withRecordedRows();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    LogTable.Dialect dialect() {
        return LogTable.Dialect.POSTGRESQL;
    }

    @Test
    void accountWithoutSelectGrantIsFatalAndNamedUntilGrantedSelectOnly() throws SQLException {
        execute("CREATE ROLE moodle_reader LOGIN");
        MoodleLogReader reader = new MoodleLogReader(postgres.getDatabase("moodle_reader", "postgres"));

        assertThatThrownBy(reader::maxId)
                .isInstanceOfSatisfying(MoodleLogException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FATAL);
                    assertThat(e.sqlState()).hasValue("42501");
                })
                .hasMessageContaining("database user \"moodle_reader\" (the account of jembatan.moodle.log-jdbc-url)"
                        + " may not read mdl_logstore_standard_log")
                .hasMessageContaining("grant it SELECT")
                .hasMessageContaining("jembatan.moodle.log-jdbc-url");

        execute("GRANT SELECT ON mdl_logstore_standard_log TO moodle_reader");

        assertThat(reader.page(0, reader.maxId(), 100)).hasSize(28);
    }

    @Test
    void refusedLoginIsFatalAndNamesTheSetting() {
        MoodleLogReader reader = new MoodleLogReader(postgres.getDatabase("nobody_here", "postgres"));

        assertThatThrownBy(reader::maxId)
                .isInstanceOfSatisfying(MoodleLogException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FATAL))
                .hasMessageContaining("refused the login")
                .hasMessageContaining("jembatan.moodle.log-jdbc-url");
    }

    @Test
    void checkNamesTheIndexesThatAreMissing() throws SQLException {
        LogTable.create(postgres.getPostgresDatabase(), LogTable.Dialect.POSTGRESQL, "bare_");
        execute("DROP INDEX bare_logsstanlog_tim_ix");
        execute("DROP INDEX bare_logsstanlog_rel_ix");

        LogTableCheck check = new MoodleLogReader(postgres.getPostgresDatabase(), "bare_", LearningEvents.ALL).check();

        assertThat(check.newestId()).isZero();
        assertThat(check.missingIndexes()).containsExactly("timecreated", "relateduserid");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
