package id.jembatan.bridge.xapi;

/** The document resources on H2, the default state database. */
class H2DocumentResourcesTest extends DocumentResourcesContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}
