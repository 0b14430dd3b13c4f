package id.jembatan.bridge.state;

import id.jembatan.bridge.Peers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The state store contract on the real MariaDB server of {@code -Ppeers}. */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class PeerMariaDbStateStoreTest extends StateStoreContract {

    @Override
    StateDatabase openDatabase() {
        Peers.Database server = Peers.mariaDb();
        return StateDatabase.peer("MariaDB peer", server.jdbcUrl(), server.username(), server.password());
    }
}
