package id.jembatan.hr.simpeg;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The contract on the PostgreSQL server that {@code scripts/peers.sh} starts ({@code -Ppeers}). Drops and
 * recreates the reference tables in its {@code simpeg} database; fails when the server cannot be reached.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class PeerPostgresSimpegSourceTest extends SimpegSourceContract {

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void connect() {
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(Peers.env("JEMBATAN_PEERS_PG_SIMPEG_URL", "jdbc:postgresql://127.0.0.1:5432/simpeg"));
        dataSource.setUser(Peers.env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"));
        dataSource.setPassword(Peers.env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan"));
        dataSource.setReWriteBatchedInserts(true);
        Peers.requireReachable(dataSource);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.POSTGRESQL;
    }
}
