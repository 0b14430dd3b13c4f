package id.jembatan.bridge.state;

/** The state store contract on an embedded PostgreSQL. */
class EmbeddedPostgresStateStoreTest extends StateStoreContract {

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.embeddedPostgres();
    }
}
