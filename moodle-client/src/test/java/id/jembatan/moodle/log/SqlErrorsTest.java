package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.moodle.ErrorKind;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlErrorsTest {

    @ParameterizedTest(name = "SQLState {0}, vendor code {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "42P01 |    0 | FATAL     | PostgreSQL: undefined table",
        "42S02 | 1146 | FATAL     | MySQL/MariaDB: table does not exist",
        "42S02 | 42102| FATAL     | H2: table not found",
        "42501 |    0 | FATAL     | PostgreSQL: permission denied",
        "42000 | 1142 | FATAL     | MySQL/MariaDB: SELECT command denied",
        "28P01 |    0 | FATAL     | PostgreSQL: password authentication failed",
        "28000 | 1045 | FATAL     | MySQL/MariaDB: access denied for user",
        "3D000 |    0 | FATAL     | PostgreSQL: database does not exist",
        "42000 | 1049 | FATAL     | MySQL/MariaDB: unknown database",
        "42703 |    0 | FATAL     | PostgreSQL: undefined column",
        "42601 |    0 | FATAL     | PostgreSQL: syntax error",
        "08001 |    0 | TRANSIENT | PostgreSQL: connection refused",
        "08006 |    0 | TRANSIENT | PostgreSQL: connection failure",
        "08000 |    0 | TRANSIENT | MariaDB: socket failed to connect",
        "57P01 |    0 | TRANSIENT | PostgreSQL: admin shutdown",
        "57P03 |    0 | TRANSIENT | PostgreSQL: the database system is starting up",
        "53300 |    0 | TRANSIENT | PostgreSQL: too many connections",
        "40001 | 1213 | TRANSIENT | MySQL/MariaDB: deadlock",
        "HY000 | 1205 | TRANSIENT | MySQL/MariaDB: lock wait timeout",
        "HY000 | 2013 | TRANSIENT | MySQL/MariaDB: lost connection during query"})
    void sqlStatesAreClassified(String state, int code, ErrorKind kind, String what) {
        MoodleLogException error = translate(new SQLException(what, state, code));

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.isRetryable()).isEqualTo(kind == ErrorKind.TRANSIENT);
        assertThat(error.sqlState()).hasValue(state);
        assertThat(error.getMessage()).contains(what, state);
    }

    @Test
    void transientExceptionTypesAreRetryableWhateverTheirState() {
        assertThat(translate(new SQLTransientConnectionException("pool timed out")).isRetryable()).isTrue();
        assertThat(translate(new SQLTimeoutException("query timed out")).isRetryable()).isTrue();
    }

    @Test
    void refusedConnectionUnderAnyStateIsRetryable() {
        SQLException refused = new SQLNonTransientConnectionException("could not connect", null,
                new ConnectException("Connection refused"));

        assertThat(translate(refused).isRetryable()).isTrue();
    }

    @Test
    void chainedExceptionsAreClassifiedByTheFirstState() {
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(new SQLException("relation does not exist", "42P01"));

        assertThat(translate(batch).kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(translate(batch).getMessage()).contains("does not exist:", "jembatan.moodle.log-table-prefix");
    }

    @Test
    void permissionDeniedNamesTheUserWhenKnown() {
        SQLException denied = new SQLException("permission denied for table mdl_logstore_standard_log", "42501");

        assertThat(SqlErrors.translate("read", "mdl_logstore_standard_log", "mdl_", "moodle_ro", denied).getMessage())
                .startsWith("The database user \"moodle_ro\" (the account of jembatan.moodle.log-jdbc-url) may not read"
                        + " mdl_logstore_standard_log: grant it SELECT on that table");
        assertThat(SqlErrors.translate("read", "mdl_logstore_standard_log", "mdl_", null, denied).getMessage())
                .startsWith("The account of jembatan.moodle.log-jdbc-url may not read");
    }

    @Test
    void transientMessageSaysWhatFailedAndThatARetryMayHelp() {
        MoodleLogException error = translate(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));

        assertThat(error.getMessage()).isEqualTo("Cannot read a page of the log: Moodle's database "
                + "(jembatan.moodle.log-jdbc-url) is unreachable or busy; a later retry may succeed "
                + "[SQLState 08001: Connection to 127.0.0.1:5432 refused.]");
    }

    private static MoodleLogException translate(SQLException e) {
        return SqlErrors.translate("read a page of the log", "mdl_logstore_standard_log", "mdl_", null, e);
    }
}
