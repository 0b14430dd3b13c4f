package id.jembatan.hr.kinerja;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/** The SQL source on the PostgreSQL server {@code scripts/peers.sh} starts ({@code -Ppeers}), in its simpeg database. */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class KinerjaSourcePostgresPeersTest extends SqlKinerjaSourceContract {

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void connect() throws SQLException {
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(env("JEMBATAN_PEERS_PG_SIMPEG_URL", "jdbc:postgresql://127.0.0.1:5432/simpeg"));
        dataSource.setUser(env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"));
        dataSource.setPassword(env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan"));
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String schemaFile() {
        return "schema-postgresql.sql";
    }
}
