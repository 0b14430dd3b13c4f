package id.jembatan.bridge.xapi;

import id.jembatan.bridge.Peers;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The client scenarios against the real LRS of {@code -Ppeers} (Learning Locker's xapi-statements): the reference the
 * embedded store's answers are held to.
 */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class RealLrsClientScenariosPeersTest extends LrsClientScenarios {

    private final LrsClient client = new LrsClient(new LrsConfig(URI.create(env("JEMBATAN_PEERS_LRS_ENDPOINT",
            "http://127.0.0.1:8090/xAPI/")), env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan"),
            env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret"), Duration.ofSeconds(5), Duration.ofSeconds(20)));

    @Override
    LrsClient client() {
        return client;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
