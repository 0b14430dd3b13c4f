package id.jembatan.bridge.flows;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.hr.simpeg.CreditSql;
import id.jembatan.hr.simpeg.SimpegDialect;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one connection pool to SIMPEG that {@code hr-profiles} (reads), {@code lrs-credits} (writes riwayat diklat) and
 * the competency figures (read the active ASN, write the summary) share; closed with the application. Deliberately
 * not a {@code DataSource} bean: one would replace the state store's auto-configured data source.
 */
public final class SimpegPool implements AutoCloseable {

    /** Connections at most: a pass of each SIMPEG flow and the competency API at a time. */
    static final int SIZE = 4;

    private final HikariDataSource dataSource;

    SimpegPool(SimpegProperties simpeg, ObjectProvider<MeterRegistry> meters) {
        // PostgreSQL: the riwayat diklat batch as multi-row INSERTs (riwayat-diklat-upsert-postgresql.sql), not one
        // per row
        boolean postgres = CreditSql.nativeDialect(simpeg.jdbcUrl()).filter(SimpegDialect.POSTGRESQL::equals)
                .isPresent();
        this.dataSource = PeerPools.open("simpeg", simpeg.jdbcUrl(), simpeg.username(), simpeg.password(), false,
                SIZE, postgres ? Map.of("reWriteBatchedInserts", "true") : Map.of(), meters);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
