package id.jembatan.bridge.competency;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.bridge.Peers;
import id.jembatan.hr.simpeg.SimpegDialect;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The competency stores on the real servers of {@code -Ppeers}: state store and SIMPEG both on PostgreSQL, and both
 * on MariaDB. Cleans the state database and drops the reference SIMPEG tables; fails when a server is down.
 */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class CompetencyStoresPeersTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgres extends Pair {
        OnPostgres() {
            super(Peers.postgres(), TestDatabases.env("JEMBATAN_PEERS_PG_SIMPEG_URL",
                    "jdbc:postgresql://127.0.0.1:5432/simpeg"), SimpegDialect.POSTGRESQL);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends Pair {
        OnMariaDb() {
            super(Peers.mariaDb(), TestDatabases.env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL",
                    "jdbc:mariadb://127.0.0.1:3306/simpeg"), SimpegDialect.MARIADB);
        }
    }

    abstract static class Pair extends CompetencyStoresContract {

        private final Peers.Database server;
        private final String simpegUrl;
        private final SimpegDialect dialect;
        private HikariDataSource state;
        private HikariDataSource simpeg;

        Pair(Peers.Database server, String simpegUrl, SimpegDialect dialect) {
            this.server = server;
            this.simpegUrl = simpegUrl;
            this.dialect = dialect;
        }

        @BeforeAll
        void open() {
            state = TestDatabases.pool(server.jdbcUrl(), server.username(), server.password());
            TestDatabases.migrateState(state, true);
            simpeg = TestDatabases.pool(simpegUrl, server.username(), server.password());
        }

        @AfterEach
        void dropSimpeg() throws SQLException {
            try (Connection connection = simpeg.getConnection()) {
                id.jembatan.hr.simpeg.SimpegGenerator.dropSchema(connection);
            }
        }

        @AfterAll
        void close() {
            state.close();
            simpeg.close();
        }

        @Override
        DataSource state() {
            return state;
        }

        @Override
        DataSource simpeg() {
            return simpeg;
        }

        @Override
        SimpegDialect dialect() {
            return dialect;
        }
    }
}
