package id.jembatan.bridge.flows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.hr.simpeg.CreditSql;
import id.jembatan.hr.simpeg.SimpegDialect;
import javax.sql.DataSource;

/**
 * The one connection pool to SIMPEG that {@code hr-profiles} (reads), {@code lrs-credits} (writes riwayat diklat) and
 * the competency figures (read the active ASN, write the summary) share; closed with the application. Deliberately
 * not a {@code DataSource} bean: one would replace the state store's auto-configured data source.
 */
public final class SimpegPool implements AutoCloseable {

    /** Connections at most: a pass of each SIMPEG flow and the competency API at a time. */
    static final int SIZE = 4;

    private final HikariDataSource dataSource;

    SimpegPool(SimpegProperties simpeg) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("simpeg");
        config.setJdbcUrl(simpeg.jdbcUrl());
        config.setUsername(simpeg.username());
        config.setPassword(simpeg.password());
        config.setMaximumPoolSize(SIZE);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        if (CreditSql.nativeDialect(simpeg.jdbcUrl()).filter(SimpegDialect.POSTGRESQL::equals).isPresent()) {
            // the riwayat diklat batch as multi-row INSERTs (riwayat-diklat-upsert-postgresql.sql), not one per row
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        this.dataSource = new HikariDataSource(config);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
