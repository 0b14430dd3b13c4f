package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A smaller statement store (docs/decisions/0023-compact-statement-store.md). The filter table of V4
 * ({@code xapi_statement_filter}: a kind as text and a 64-character hex SHA-256 per row, about six rows per statement,
 * each stored in the row, the primary key and the {@code statement_seq} index) becomes {@code xapi_statement_key}: the
 * kind as a SMALLINT code and the first 64 bits of the same SHA-256 as a BIGINT. Existing rows are carried over (the
 * first 16 hex digits are those 64 bits), so stored statements keep matching their filters, StatementRef inheritance
 * included. On H2 {@code statement_json} becomes {@code CHARACTER VARYING}: V4's {@code TEXT} is a CLOB there, kept
 * in H2's LOB storage with its own maps and pages, which costs more than the statement itself for small ones;
 * PostgreSQL {@code TEXT} and MariaDB {@code MEDIUMTEXT} already keep small values in the row.
 *
 * <p>Java rather than SQL: turning hex into a signed 64-bit number has no portable SQL form.
 */
public class V11__Compact_statement_store extends BaseJavaMigration {

    /** Kind codes; the same as {@code id.jembatan.lrs.store.FilterKeys}. */
    private static final Map<String, Integer> KINDS = Map.of("agent", 1, "related_agent", 2, "activity", 3,
            "related_activity", 4, "verb", 5, "registration", 6);
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        String tableOptions = "MariaDB".equals(product) || "MySQL".equals(product)
                ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin" : "";
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE xapi_statement_key (
                        kind          SMALLINT NOT NULL,
                        value_hash    BIGINT   NOT NULL,
                        statement_seq BIGINT   NOT NULL,
                        CONSTRAINT pk_xapi_statement_key PRIMARY KEY (kind, value_hash, statement_seq),
                        CONSTRAINT fk_xapi_statement_key FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq)
                    )""" + tableOptions);
            ddl.execute("CREATE INDEX ix_xapi_statement_key_seq ON xapi_statement_key (statement_seq)");
        }
        copyKeys(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE xapi_statement_filter");
            if ("H2".equals(product)) {
                ddl.execute("ALTER TABLE xapi_statement ALTER COLUMN statement_json SET DATA TYPE CHARACTER VARYING");
            }
        }
    }

    private static void copyKeys(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO xapi_statement_key (kind, value_hash, statement_seq) VALUES (?, ?, ?)")) {
            select.setFetchSize(BATCH);
            long currentSeq = Long.MIN_VALUE;
            Set<String> ofSeq = new HashSet<>();
            int pending = 0;
            try (ResultSet rs = select.executeQuery(
                    "SELECT kind, value_hash, statement_seq FROM xapi_statement_filter ORDER BY statement_seq")) {
                while (rs.next()) {
                    Integer kind = KINDS.get(rs.getString(1));
                    if (kind == null) {
                        throw new IllegalStateException("xapi_statement_filter has the unknown kind '" + rs.getString(1)
                                + "'; this migration knows " + KINDS.keySet());
                    }
                    long hash = Long.parseUnsignedLong(rs.getString(2).substring(0, 16), 16);
                    long seq = rs.getLong(3);
                    if (seq != currentSeq) {
                        currentSeq = seq;
                        ofSeq.clear();
                    }
                    if (!ofSeq.add(kind + ":" + hash)) {
                        continue;
                    }
                    insert.setInt(1, kind);
                    insert.setLong(2, hash);
                    insert.setLong(3, seq);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
