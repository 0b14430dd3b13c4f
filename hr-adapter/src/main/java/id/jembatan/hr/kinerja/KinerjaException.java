package id.jembatan.hr.kinerja;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Reading e-Kinerja failed as a whole (one bad record is a {@link RejectedRecord} instead). Says whether a retry can
 * help: transient for timeouts, refused connections, HTTP 5xx and 429, a busy database; otherwise an admin has to
 * change a setting first, and the message names it.
 */
public final class KinerjaException extends RuntimeException {

    private final boolean retryable;
    private final Integer status;

    private KinerjaException(String message, Throwable cause, boolean retryable, Integer status) {
        super(message, cause);
        this.retryable = retryable;
        this.status = status;
    }

    /** Whether trying again later can help. */
    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status e-Kinerja answered, or null (no answer, or the SQL source). */
    public Integer status() {
        return status;
    }

    static KinerjaException transientFailure(String message, Throwable cause, Integer status) {
        return new KinerjaException(message, cause, true, status);
    }

    static KinerjaException fatal(String message, Throwable cause, Integer status) {
        return new KinerjaException(message, cause, false, status);
    }

    /** A setting is wrong: fatal. */
    public static KinerjaException configuration(String message) {
        return new KinerjaException(message, null, false, null);
    }

    /** Classifies a driver error of the SQL source the way SIMPEG's are classified. */
    static KinerjaException sql(String query, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("42")) {
            return fatal("SQL e-Kinerja " + query + " tidak dapat dijalankan / cannot run on this database: "
                    + e.getMessage() + " (perbaiki / fix " + query + ".sql in jembatan.kinerja.sql-dir)", e, null);
        }
        if (state.startsWith("28")) {
            return fatal("e-Kinerja menolak login / rejected the login (periksa / check jembatan.kinerja.username and"
                    + " jembatan.kinerja.password): " + e.getMessage(), e, null);
        }
        boolean transientFailure = e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("HYT00");
        return new KinerjaException("query e-Kinerja " + query + " gagal / failed: " + e.getMessage(), e,
                transientFailure, null);
    }
}
