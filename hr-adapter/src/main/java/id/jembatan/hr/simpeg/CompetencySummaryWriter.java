package id.jembatan.hr.simpeg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes {@link CompetencySummaryRow}s to SIMPEG through {@code ringkasan-kompetensi-upsert*.sql}: JDBC batches,
 * all rows of one call in one transaction, so HR never reads a year half refreshed.
 */
public final class CompetencySummaryWriter {

    private final DataSource dataSource;
    private final NamedSql upsert;
    private final int queryTimeoutSeconds;
    private final int batchSize;

    /**
     * @param upsert {@link CompetencySql#summaryUpsert()}
     * @param queryTimeout longest one batch may run
     * @param batchSize rows per JDBC batch, at least 1
     */
    public CompetencySummaryWriter(DataSource dataSource, NamedSql upsert, Duration queryTimeout, int batchSize) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.upsert = Objects.requireNonNull(upsert, "upsert");
        this.queryTimeoutSeconds = Math.toIntExact(Math.max(1, queryTimeout.toSeconds()));
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Upserts every row in one transaction; returns how many were written. */
    public int write(List<CompetencySummaryRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = upsert.prepare(connection)) {
                statement.setQueryTimeout(queryTimeoutSeconds);
                int pending = 0;
                for (CompetencySummaryRow row : rows) {
                    upsert.bind(statement, parameters(row));
                    statement.addBatch();
                    if (++pending == batchSize) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw SimpegAccessException.classify(upsert.name(), e);
        }
    }

    static Map<String, Object> parameters(CompetencySummaryRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("nip", row.nip());
        values.put("tahun", row.year());
        values.put("total_jp", row.totalJp());
        values.put("jp_teknis", row.jpTeknis());
        values.put("jp_manajerial", row.jpManajerial());
        values.put("jp_sosial_kultural", row.jpSosialKultural());
        values.put("jp_jenis_belum_diketahui", row.jpUnknownType());
        values.put("jumlah_jp_belum_diketahui", row.unknownJpCount());
        values.put("memenuhi_target", row.meetsTarget());
        values.put("diperbarui_pada", row.updatedAt());
        return values;
    }
}
