package id.jembatan.bridge.xapi;

/** The statement store on PostgreSQL (embedded, in every build). */
class EmbeddedPostgresStatementStoreTest extends StatementStoreContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.embeddedPostgres();
    }
}
