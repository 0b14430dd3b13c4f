package id.jembatan.bridge.flows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one way the bridge opens a connection pool to a peer's database (SIMPEG, Moodle's log database, e-Kinerja's
 * database): named, lazy (start-up never fails on an unreachable peer; {@code check} and the health say so), a ten
 * second wait for a connection, and measured by Hikari's own Micrometer tracker, so each pool's
 * {@code hikaricp_connections_usage_seconds{pool}} (how long each unit of work held a connection: the peer's call
 * latency), {@code hikaricp_connections_acquire_seconds} and {@code hikaricp_connections_timeout_total} (the peer
 * could not be reached) are in {@code /actuator/prometheus} beside the state store's pool.
 */
final class PeerPools {

    private PeerPools() {
    }

    /**
     * @param name     the pool's name, the {@code pool} label of its metrics
     * @param readOnly whether the bridge only reads this peer
     * @param size     connections at most
     * @param driver   driver properties ({@code reWriteBatchedInserts}, …)
     * @param meters   where the pool's metrics go (none in a context without a registry)
     */
    static HikariDataSource open(String name, String jdbcUrl, String username, String password, boolean readOnly,
            int size, Map<String, String> driver, ObjectProvider<MeterRegistry> meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password);
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        driver.forEach(config::addDataSourceProperty);
        MeterRegistry registry = meters == null ? null : meters.getIfAvailable();
        if (registry != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
        return new HikariDataSource(config);
    }
}
