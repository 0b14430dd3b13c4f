package id.jembatan.e2e;

import id.jembatan.hr.simpeg.SimpegDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code hr-profiles} end to end on the {@code -Ppeers} tier: SIMPEG in the real PostgreSQL
 * ({@code JEMBATAN_PEERS_PG_SIMPEG_URL}) and MariaDB ({@code JEMBATAN_PEERS_MARIADB_SIMPEG_URL}) servers started by
 * {@code scripts/peers.sh}.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class HrProfilesPeersTest {

    @Nested
    class OnPostgres extends HrProfilesEndToEndTest {

        @Override
        String[] database() {
            return new String[] {env("JEMBATAN_PEERS_PG_SIMPEG_URL", "jdbc:postgresql://127.0.0.1:5432/simpeg"),
                env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"), env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan")};
        }

        @Override
        Connection connect() throws SQLException {
            String[] db = database();
            return DriverManager.getConnection(db[0], db[1], db[2]);
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.POSTGRESQL;
        }
    }

    @Nested
    class OnMariaDb extends HrProfilesEndToEndTest {

        @Override
        String[] database() {
            return new String[] {env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL", "jdbc:mariadb://127.0.0.1:3306/simpeg"),
                env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"), env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan")};
        }

        @Override
        Connection connect() throws SQLException {
            String[] db = database();
            return DriverManager.getConnection(db[0], db[1], db[2]);
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.MARIADB;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
