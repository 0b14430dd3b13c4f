package id.jembatan.bridge.xapi;

import id.jembatan.bridge.Peers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The document resources on the real MariaDB server of {@code -Ppeers}. */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class MariaDbDocumentResourcesPeersTest extends DocumentResourcesContract {

    @Override
    StoreDatabase openDatabase() {
        Peers.Database server = Peers.mariaDb();
        return StoreDatabase.peer("MariaDB peer", server.jdbcUrl(), server.username(), server.password());
    }
}
