package id.jembatan.e2e;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The kinerja flows end to end against the real LRS that {@code scripts/peers.sh} starts ({@code -Ppeers}). Statement
 * ids are deterministic, so a second run of this test finds its statements stored already, which the LRS settles as
 * identical: the counts stay the same.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class KinerjaPeersTest extends KinerjaEndToEnd {

    @Override
    String[] lrs() {
        return new String[] {env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"),
            env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan"), env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret")};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
