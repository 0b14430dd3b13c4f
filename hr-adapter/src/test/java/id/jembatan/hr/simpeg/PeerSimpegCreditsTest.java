package id.jembatan.hr.simpeg;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** {@link SimpegCreditsContract} on the real PostgreSQL and MariaDB servers of {@code -Ppeers} (database simpeg). */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class PeerSimpegCreditsTest {

    @Nested
    class OnPostgres extends SimpegCreditsContract {
        @Override
        DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(Peers.env("JEMBATAN_PEERS_PG_SIMPEG_URL", "jdbc:postgresql://127.0.0.1:5432/simpeg"));
            dataSource.setUser(Peers.env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"));
            dataSource.setPassword(Peers.env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan"));
            Peers.requireReachable(dataSource);
            return dataSource;
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.POSTGRESQL;
        }
    }

    @Nested
    class OnMariaDb extends SimpegCreditsContract {
        @Override
        DataSource dataSource() {
            try {
                MariaDbDataSource dataSource = new MariaDbDataSource(Peers.env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL",
                        "jdbc:mariadb://127.0.0.1:3306/simpeg"));
                dataSource.setUser(Peers.env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"));
                dataSource.setPassword(Peers.env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan"));
                Peers.requireReachable(dataSource);
                return dataSource;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.MARIADB;
        }
    }
}
