package id.jembatan.bridge.state;

/** The state store contract on H2, the embedded default. */
class H2StateStoreTest extends StateStoreContract {

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.h2();
    }
}
