package id.jembatan.hr.kinerja;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/** The SQL source on the MariaDB server {@code scripts/peers.sh} starts ({@code -Ppeers}), in its simpeg database. */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class KinerjaSourceMariaDbPeersTest extends SqlKinerjaSourceContract {

    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void connect() throws SQLException {
        dataSource = new MariaDbDataSource(KinerjaSourcePostgresPeersTest.env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL",
                "jdbc:mariadb://127.0.0.1:3306/simpeg"));
        dataSource.setUser(KinerjaSourcePostgresPeersTest.env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"));
        dataSource.setPassword(KinerjaSourcePostgresPeersTest.env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan"));
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        }
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String schemaFile() {
        return "schema-mariadb.sql";
    }
}
