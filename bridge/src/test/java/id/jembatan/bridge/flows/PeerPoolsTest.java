package id.jembatan.bridge.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A peer's pool is measured per pool name: each unit of work's time holding a connection is its call latency. */
class PeerPoolsTest {

    @Test
    void eachUnitOfWorkOnAPeerPoolIsTimedUnderThePoolsName() throws SQLException {
        MeterRegistry registry = new SimpleMeterRegistry();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("registry", registry));
        try (HikariDataSource pool = PeerPools.open("simpeg", "jdbc:h2:mem:peer-pools", "sa", "", false, 2, Map.of(),
                beans.getBeanProvider(MeterRegistry.class))) {
            for (int i = 0; i < 3; i++) {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
            }
            Timer usage = registry.find("hikaricp.connections.usage").tag("pool", "simpeg").timer();
            assertThat(usage).isNotNull();
            assertThat(usage.count()).isEqualTo(3);
            assertThat(pool.isReadOnly()).isFalse();
        }
    }

    @Test
    void aContextWithoutARegistryStillGetsAPool() throws SQLException {
        try (HikariDataSource pool = PeerPools.open("moodle-log", "jdbc:h2:mem:peer-pools-2", "sa", "", true, 2,
                Map.of(), new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
                Connection connection = pool.getConnection()) {
            assertThat(pool.isReadOnly()).isTrue();
            assertThat(connection.isValid(1)).isTrue();
            assertThat(pool.getPoolName()).isEqualTo("moodle-log");
        }
    }
}
