package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.moodle.ErrorKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A database that does not answer is a transient failure: the flow retries later, its watermark unmoved. */
class UnreachableDatabaseTest {

    private static int closedPort;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @Test
    void refusedPostgresConnectionIsRetryable() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/moodle");
        postgres.setUser("moodle_ro");
        postgres.setConnectTimeout(2);

        assertRetryable(new MoodleLogReader(postgres));
    }

    @Test
    void refusedMariaDbConnectionIsRetryable() throws SQLException {
        MariaDbDataSource mariadb = new MariaDbDataSource(
                "jdbc:mariadb://127.0.0.1:" + closedPort + "/moodle?connectTimeout=2000");
        mariadb.setUser("moodle_ro");

        assertRetryable(new MoodleLogReader(mariadb));
    }

    private static void assertRetryable(MoodleLogReader reader) {
        assertThatThrownBy(() -> reader.page(0, 100, 10))
                .isInstanceOfSatisfying(MoodleLogException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TRANSIENT);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                })
                .hasMessageContaining("Cannot read a page of the log")
                .hasMessageContaining("jembatan.moodle.log-jdbc-url");
        assertThatThrownBy(reader::maxId)
                .isInstanceOfSatisfying(MoodleLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
}
