package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StateDialectTest {

    @Test
    void jdbcUrlsOfTheThreeSupportedDatabasesNameTheirDialect() {
        assertThat(StateDialect.fromJdbcUrl("jdbc:h2:file:./data/jembatan-state")).isEqualTo(StateDialect.H2);
        assertThat(StateDialect.fromJdbcUrl("jdbc:postgresql://db:5432/state")).isEqualTo(StateDialect.POSTGRESQL);
        assertThat(StateDialect.fromJdbcUrl("jdbc:mariadb://db:3306/state")).isEqualTo(StateDialect.MARIADB);
    }

    @Test
    void anotherDatabaseIsRefusedNamingTheSettingWithoutEchoingItsCredentials() {
        assertThatThrownBy(() -> StateDialect.fromJdbcUrl("jdbc:sqlserver://db:1433;user=sa;password=rahasia"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jembatan.state.jdbc-url")
                .hasMessageContaining("jdbc:sqlserver:...")
                .hasMessageNotContaining("rahasia");
        assertThatThrownBy(() -> StateDialect.fromProductName("MySQL"))
                .hasMessageContaining("not on database MySQL");
    }

    @Test
    void aDataSourceThatIsNotAPoolIsAskedForItsProductName() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:dialect");

        assertThat(StateDialect.of(h2)).isEqualTo(StateDialect.H2);
    }

    @Test
    void everyDialectFillsEveryPlaceholderOfTheSchema() {
        for (StateDialect dialect : StateDialect.values()) {
            assertThat(dialect.placeholders())
                    .containsOnlyKeys("bigint_identity", "long_text_type", "timestamp_type", "table_options");
        }
    }

    @Test
    void aPostgresqlPoolIsToldToRewriteBatchesAnH2PoolToWriteEveryCommitAtOnceAndASettingOfTheSiteWins() {
        HikariDataSource postgres = pool("jdbc:postgresql://db:5432/state");
        HikariDataSource h2 = pool("jdbc:h2:file:./data/jembatan-state");
        HikariDataSource mariadb = pool("jdbc:mariadb://db:3306/state");
        HikariDataSource site = pool("jdbc:postgresql://db:5432/state");
        site.addDataSourceProperty("reWriteBatchedInserts", "false");
        HikariDataSource inUrl = pool("jdbc:postgresql://db:5432/state?reWriteBatchedInserts=false");
        HikariDataSource h2InUrl = pool("jdbc:h2:file:./data/jembatan-state;write_delay=500");

        for (HikariDataSource pool : new HikariDataSource[] {postgres, h2, mariadb, site, inUrl, h2InUrl}) {
            StateDialect.applyDriverProperties(pool);
        }

        assertThat(postgres.getDataSourceProperties()).containsOnly(Map.entry("reWriteBatchedInserts", "true"));
        assertThat(h2.getDataSourceProperties()).containsOnly(Map.entry("WRITE_DELAY", "0"));
        assertThat(mariadb.getDataSourceProperties()).isEmpty();
        assertThat(site.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
        assertThat(inUrl.getDataSourceProperties()).isEmpty();
        assertThat(h2InUrl.getDataSourceProperties()).as("set in the URL, in any case").isEmpty();
    }

    @Test
    void anH2PoolWithTheSettingOpensAndWritesEveryCommitAtOnce() throws Exception {
        try (HikariDataSource h2 = pool("jdbc:h2:mem:durable-" + java.util.UUID.randomUUID())) {
            StateDialect.applyDriverProperties(h2);
            try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement();
                 ResultSet setting = sql.executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(setting.next()).isTrue();
                assertThat(setting.getString(1)).isEqualTo("0");
            }
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
