package id.jembatan.hr.simpeg;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** The SIMPEG database could not be reached or answered with an error; says whether a retry can help. */
public final class SimpegAccessException extends SimpegException {

    private final boolean retryable;

    SimpegAccessException(String message, SQLException cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }

    /** The SQLState the driver reported, or null. */
    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }

    /**
     * Classifies a driver error. Connection failures (SQLState class 08), timeouts, deadlocks and
     * serialization failures (class 40), an overloaded or restarting server (53, 57P01-57P03, HYT00) are
     * transient; a rejected login (28) is not. Errors in the SQL itself (class 42) are a configuration
     * error: the query file has to be fixed.
     */
    static SimpegException classify(String query, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("42")) {
            return new SimpegConfigurationException("SQL " + query + " cannot run on this database / tidak dapat "
                    + "dijalankan: " + e.getMessage() + " (fix " + query + ".sql so that it fits the schema)", e);
        }
        if (state.startsWith("28")) {
            return new SimpegAccessException("SIMPEG rejected the login for " + query + " / login ke SIMPEG ditolak "
                    + "(check jembatan.simpeg.username and jembatan.simpeg.password): " + e.getMessage(), e, false);
        }
        boolean transientFailure = e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("HYT00");
        return new SimpegAccessException("SIMPEG query " + query + " failed / gagal: " + e.getMessage(), e,
                transientFailure);
    }
}
