package id.jembatan.bridge.xapi;

import id.jembatan.bridge.Peers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The document resources on the real PostgreSQL server of {@code -Ppeers}. */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class PostgresDocumentResourcesPeersTest extends DocumentResourcesContract {

    @Override
    StoreDatabase openDatabase() {
        Peers.Database server = Peers.postgres();
        return StoreDatabase.peer("PostgreSQL peer", server.jdbcUrl(), server.username(), server.password());
    }
}
