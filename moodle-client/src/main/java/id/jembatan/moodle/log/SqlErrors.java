package id.jembatan.moodle.log;

import id.jembatan.moodle.ErrorKind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Classifies JDBC failures of the log reader by SQLState (standard, PostgreSQL, H2) and, for
 * MySQL/MariaDB, by vendor code, into a {@link MoodleLogException} whose message names the setting to fix.
 */
final class SqlErrors {

    static final String JDBC_URL_SETTING = "jembatan.moodle.log-jdbc-url";
    static final String PREFIX_SETTING = "jembatan.moodle.log-table-prefix";

    private static final Set<String> MISSING_TABLE = Set.of("42P01", "42S02", "42102");
    private static final Set<String> MISSING_COLUMN = Set.of("42703", "42S22", "42122");
    private static final Set<String> NO_PRIVILEGE = Set.of("42501", "90096");
    private static final Set<String> NO_DATABASE = Set.of("3D000", "90146");
    private static final int MYSQL_NO_TABLE = 1146;
    private static final int MYSQL_NO_COLUMN = 1054;
    private static final int MYSQL_NO_DATABASE = 1049;
    private static final Set<Integer> MYSQL_NO_PRIVILEGE = Set.of(1044, 1142, 1143);
    private static final Set<Integer> MYSQL_TRANSIENT = Set.of(1040, 1205, 1213, 2002, 2003, 2006, 2013);

    private SqlErrors() {
    }

    /**
     * @param operation what the reader was doing, e.g. "read a page of the log"
     * @param user the database user, if known (it is not when the connection itself failed)
     */
    static MoodleLogException translate(String operation, String table, String prefix, String user, SQLException e) {
        String state = sqlState(e);
        int code = vendorCode(e);
        String detail = " [" + (state == null ? "" : "SQLState " + state + ": ") + e.getMessage() + "]";
        String account = user == null ? "The account of " + JDBC_URL_SETTING
                : "The database user \"" + user + "\" (the account of " + JDBC_URL_SETTING + ")";
        if (in(state, MISSING_TABLE) || code == MYSQL_NO_TABLE) {
            return fatal(state, e, "Moodle's log table " + table + " does not exist: check that " + JDBC_URL_SETTING
                    + " points at Moodle's database and that " + PREFIX_SETTING + " (\"" + prefix
                    + "\") is Moodle's $CFG->prefix" + detail);
        }
        if (in(state, NO_PRIVILEGE) || MYSQL_NO_PRIVILEGE.contains(code)) {
            return fatal(state, e, account + " may not read " + table
                    + ": grant it SELECT on that table" + detail);
        }
        if (state != null && state.startsWith("28")) {
            return fatal(state, e, "Moodle's database refused the login of "
                    + (user == null ? "the account of " + JDBC_URL_SETTING : "\"" + user + "\"")
                    + ": check the user and password set for " + JDBC_URL_SETTING + detail);
        }
        if (in(state, NO_DATABASE) || code == MYSQL_NO_DATABASE) {
            return fatal(state, e, "The database named in " + JDBC_URL_SETTING + " does not exist" + detail);
        }
        if (in(state, MISSING_COLUMN) || code == MYSQL_NO_COLUMN) {
            return fatal(state, e, table + " lacks a column of Moodle's standard log (Moodle 2.7 or later): check "
                    + JDBC_URL_SETTING + " and " + PREFIX_SETTING + detail);
        }
        if (isTransient(e, state, code)) {
            return new MoodleLogException(ErrorKind.TRANSIENT, state, "Cannot " + operation + ": Moodle's database ("
                    + JDBC_URL_SETTING + ") is unreachable or busy; a later retry may succeed" + detail, e);
        }
        return fatal(state, e, "Cannot " + operation + " from " + table + detail);
    }

    private static boolean isTransient(SQLException e, String state, int code) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        if (state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P0") || state.startsWith("HYT0"))) {
            return true;
        }
        if (MYSQL_TRANSIENT.contains(code)) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static MoodleLogException fatal(String state, SQLException e, String message) {
        return new MoodleLogException(ErrorKind.FATAL, state, message, e);
    }

    private static boolean in(String state, Set<String> states) {
        return state != null && states.contains(state);
    }

    private static String sqlState(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null) {
                return next.getSQLState();
            }
        }
        return null;
    }

    private static int vendorCode(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getErrorCode() != 0) {
                return next.getErrorCode();
            }
        }
        return 0;
    }
}
