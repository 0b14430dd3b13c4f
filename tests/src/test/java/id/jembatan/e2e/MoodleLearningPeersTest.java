package id.jembatan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.support.lrs.StatementsSince;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code moodle-learning} end to end on the {@code -Ppeers} tier: Moodle's log in the Debian PostgreSQL server and
 * the real xapi-statements LRS, both started by {@code scripts/peers.sh}.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class MoodleLearningPeersTest extends MoodleLearningEndToEnd {

    private Instant started;

    @BeforeEach
    void markStart() {
        started = Instant.now().minusSeconds(5);
    }

    @Override
    MoodleLogTable logTable() {
        return new MoodleLogTable(MoodleLogDatabases.peerPostgres(), MoodleLogTable.Dialect.POSTGRESQL, "e2e_")
                .create();
    }

    @Override
    String[] logDatabase() {
        return new String[] {env("JEMBATAN_PEERS_PG_MOODLE_URL", "jdbc:postgresql://127.0.0.1:5432/moodle"),
            env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"), env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan")};
    }

    @Override
    String[] lrs() {
        return new String[] {env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"),
            env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan"), env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret")};
    }

    @Override
    List<JsonNode> statementsOf(String site) {
        return readBack().read(started, null).stream().filter(statement -> ofSite(statement, site)).toList();
    }

    @Override
    List<JsonNode> voidingStatements() {
        return readBack().read(started, XapiProfile.VOIDED.id().toString());
    }

    /** Not by following {@code more}: this LRS's cursor skips what is stored after its ids wrap (StatementsSince). */
    private StatementsSince readBack() {
        String[] lrs = lrs();
        return new StatementsSince(URI.create(lrs[0]), lrs[1], lrs[2], 500);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
