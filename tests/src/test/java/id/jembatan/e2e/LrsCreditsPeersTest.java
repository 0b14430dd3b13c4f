package id.jembatan.e2e;

import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.xapi.Statement;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code lrs-credits} end to end on the {@code -Ppeers} tier: the real xapi-statements LRS (statements POSTed to it
 * first) and SIMPEG in the real PostgreSQL and MariaDB servers, all started by {@code scripts/peers.sh}. Each test
 * starts with a fresh state store and {@code jembatan.flows.lrs-credits.start-from} a little before it, so it reads
 * only what was stored during the test; statements other tests store meanwhile name NIPs this SIMPEG lacks and can
 * only add dead letters, so the assertions are about this test's statements and rows.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class LrsCreditsPeersTest {

    static String[] realLrs() {
        return new String[] {env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"),
            env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan"), env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret")};
    }

    static void post(List<Statement> statements) {
        String[] lrs = realLrs();
        new LrsClient(LrsConfig.of(URI.create(lrs[0]), lrs[1], lrs[2])).post(statements);
    }

    @Nested
    class OnPostgres extends PeerCase {
        @Override
        String[] database() {
            return new String[] {env("JEMBATAN_PEERS_PG_SIMPEG_URL", "jdbc:postgresql://127.0.0.1:5432/simpeg"),
                env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"), env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan")};
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.POSTGRESQL;
        }
    }

    @Nested
    class OnMariaDb extends PeerCase {
        @Override
        String[] database() {
            return new String[] {env("JEMBATAN_PEERS_MARIADB_SIMPEG_URL", "jdbc:mariadb://127.0.0.1:3306/simpeg"),
                env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"),
                env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan")};
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.MARIADB;
        }
    }

    abstract static class PeerCase extends LrsCreditsEndToEndTest {

        private final java.time.Instant started = java.time.Instant.now().minusSeconds(2);

        @Override
        String[] bridge(String... extra) throws Exception {
            String[] args = super.bridge(extra);
            String[] withStart = java.util.Arrays.copyOf(args, args.length + 1);
            withStart[args.length] = "--jembatan.flows.lrs-credits.start-from=" + started;
            return withStart;
        }

        @Override
        Connection connect() throws SQLException {
            String[] db = database();
            return DriverManager.getConnection(db[0], db[1], db[2]);
        }

        @Override
        String[] lrs() {
            return realLrs();
        }

        @Override
        void store(List<Statement> statements) {
            post(statements);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
