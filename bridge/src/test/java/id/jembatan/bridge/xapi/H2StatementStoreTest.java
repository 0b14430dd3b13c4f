package id.jembatan.bridge.xapi;

/** The statement store on H2, the default state database. */
class H2StatementStoreTest extends StatementStoreContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.h2();
    }
}
