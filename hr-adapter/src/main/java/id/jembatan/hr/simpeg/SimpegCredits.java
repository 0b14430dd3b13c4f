package id.jembatan.hr.simpeg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The SIMPEG side of the {@code lrs-credits} flow, through the configured SQL ({@link CreditSql}) over plain JDBC:
 * which NIPs SIMPEG knows (and their OPD), and the riwayat diklat rows written and removed. Writes run as JDBC
 * batches, each call in one transaction, so a failure leaves none of its rows half-written. Failures come as
 * {@link SimpegException}, retryable or not.
 */
public final class SimpegCredits {

    /** What SIMPEG says about one NIP. */
    public record AsnUnit(String nip, String opdCode) {
    }

    private final DataSource dataSource;
    private final CreditSql sql;
    private final int queryTimeoutSeconds;
    private volatile boolean rowByRow;

    /** MySQL/MariaDB: "This command is not supported in the prepared statement protocol yet". */
    static final int ER_UNSUPPORTED_PS = 1295;

    public SimpegCredits(DataSource dataSource, CreditSql sql, Duration queryTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.queryTimeoutSeconds = Math.toIntExact(Math.max(1, queryTimeout.toSeconds()));
    }

    /**
     * The NIPs of {@code nips} that SIMPEG knows, with their OPD; a NIP absent from the map is not in SIMPEG. One
     * prepared statement on one connection for the whole collection.
     */
    public Map<String, AsnUnit> asnByNip(Collection<String> nips) {
        Map<String, AsnUnit> found = new HashMap<>();
        if (nips.isEmpty()) {
            return found;
        }
        NamedSql query = sql.asnByNip();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = query.prepare(connection)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            for (String nip : new LinkedHashSet<>(nips)) {
                query.bind(statement, Map.of(CreditSql.NIP, nip));
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        found.put(nip, new AsnUnit(nip, emptyToNull(rows.getString("opd_code"))));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw SimpegAccessException.classify(query.name(), e);
        }
    }

    /** Writes the rows; rows already there for their statement id are left as they are (per the configured SQL). */
    public void upsert(List<RiwayatDiklat> rows) {
        if (rows.isEmpty()) {
            return;
        }
        NamedSql upsert = sql.riwayatUpsert();
        batch(upsert, rows.stream().map(RiwayatDiklat::parameters).toList());
    }

    /** Removes the rows of these statement ids; ids without a row are ignored. */
    public void delete(Collection<String> statementIds) {
        if (statementIds.isEmpty()) {
            return;
        }
        batch(sql.riwayatDelete(), statementIds.stream()
                .map(id -> Map.<String, Object>of(CreditSql.STATEMENT_ID, id)).toList());
    }

    private void batch(NamedSql statementSql, List<Map<String, Object>> rows) {
        try {
            write(statementSql, rows, !rowByRow);
        } catch (SQLException e) {
            if (!rowByRow && unsupportedInBatch(e)) {
                rowByRow = true;
                batch(statementSql, rows);
                return;
            }
            SQLException cause = Optional.ofNullable(e.getNextException()).orElse(e);
            throw SimpegAccessException.classify(statementSql.name(), cause.getSQLState() == null ? e : cause);
        }
    }

    /**
     * MariaDB's driver sends batches with its bulk protocol, which takes {@code INSERT ... VALUES} only and refuses an
     * {@code INSERT ... SELECT} with error 1295; such a driver gets the rows one by one, in one transaction still.
     */
    private static boolean unsupportedInBatch(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_UNSUPPORTED_PS) {
                return true;
            }
        }
        return false;
    }

    private void write(NamedSql statementSql, List<Map<String, Object>> rows, boolean asBatch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = statementSql.prepare(connection)) {
                statement.setQueryTimeout(queryTimeoutSeconds);
                for (Map<String, Object> row : rows) {
                    statementSql.bind(statement, row);
                    if (asBatch) {
                        statement.addBatch();
                    } else {
                        statement.executeUpdate();
                    }
                }
                if (asBatch) {
                    statement.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            } finally {
                restore(connection, autoCommit);
            }
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the connection is closed next anyway
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
