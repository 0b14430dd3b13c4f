package id.jembatan.bridge.state;

import id.jembatan.support.state.StateStoreException;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the JDBC stores share: the client, the clock, UTC conversion, and a portable insert-unless-present.
 * Times are stored as zone-less UTC to the microsecond, the finest all three databases keep.
 */
final class StateJdbc {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final DataSource dataSource;
    private volatile StateDialect dialect;

    StateJdbc(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new NamedParameterJdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(sql);
    }

    /** Runs {@code sql} once per parameter set, as one JDBC batch. */
    void batch(String sql, SqlParameterSource[] parameters) {
        if (parameters.length > 0) {
            batches.batchUpdate(sql, parameters);
        }
    }

    /**
     * PostgreSQL only: {@code COPY ... FROM STDIN} of {@code rows} (COPY's text format, see {@link CopyText}) on the
     * connection of the current transaction. A broken key is a {@link DuplicateKeyException}, as for an INSERT.
     */
    void copyIn(String copySql, String rows) {
        batches.getJdbcTemplate().execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(rows));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY could not read its rows: " + e.getMessage(), e);
            }
        });
    }

    /** The database the store runs on, learned on first use (not at start-up, so that {@code check} can report it). */
    StateDialect dialect() {
        StateDialect known = dialect;
        if (known == null) {
            known = StateDialect.of(dataSource);
            dialect = known;
        }
        return known;
    }

    /** Runs {@code work} in one transaction (joining the caller's, if any). */
    void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /**
     * Runs {@code insert}; empty if it broke a unique key. Inside a caller's transaction the insert runs
     * under a savepoint, because PostgreSQL refuses every further statement of a transaction after an error.
     */
    <T> Optional<T> insertUnlessDuplicate(Supplier<T> insert) {
        try {
            return Optional.of(savepoint.execute(status -> insert.get()));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code work}, turning a database failure into a {@link StateStoreException} saying what failed. */
    static <T> T guard(Supplier<String> what, Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StateStoreException("State store: could not " + what.get() + ": "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    static void guard(Supplier<String> what, Runnable work) {
        guard(what, () -> {
            work.run();
            return null;
        });
    }
}
