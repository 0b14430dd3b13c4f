package id.jembatan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
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
        String[] lrs = lrs();
        LrsClient client = new LrsClient(LrsConfig.of(URI.create(lrs[0]), lrs[1], lrs[2]));
        StatementQuery query = StatementQuery.builder().since(started).ascending(true).limit(500).build();
        return client.statements(query).map(XapiJson::toTree)
                .map(JsonNode.class::cast)
                .filter(statement -> ofSite(statement, site))
                .toList();
    }

    @Override
    List<JsonNode> voidingStatements() {
        String[] lrs = lrs();
        LrsClient client = new LrsClient(LrsConfig.of(URI.create(lrs[0]), lrs[1], lrs[2]));
        StatementQuery query = StatementQuery.builder().since(started).verb(XapiProfile.VOIDED.id()).ascending(true)
                .limit(500).build();
        return client.statements(query).map(XapiJson::toTree).map(JsonNode.class::cast).toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
