package id.jembatan.hr.simpeg;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The contract on the MariaDB server that {@code scripts/peers.sh} starts ({@code -Ppeers}). Drops and
 * recreates the reference tables in its {@code simpeg} database; fails when the server cannot be reached.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class PeerMariaDbSimpegSourceTest extends SimpegSourceContract {

    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void connect() throws SQLException {
        dataSource = new MariaDbDataSource(Peers.env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL",
                "jdbc:mariadb://127.0.0.1:3306/simpeg"));
        dataSource.setUser(Peers.env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"));
        dataSource.setPassword(Peers.env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan"));
        Peers.requireReachable(dataSource);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.MARIADB;
    }
}
