package id.jembatan.bridge.state;

import id.jembatan.bridge.Peers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The state store contract on the real PostgreSQL server of {@code -Ppeers}. */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class PeerPostgresStateStoreTest extends StateStoreContract {

    @Override
    StateDatabase openDatabase() {
        Peers.Database server = Peers.postgres();
        return StateDatabase.peer("PostgreSQL peer", server.jdbcUrl(), server.username(), server.password());
    }
}
