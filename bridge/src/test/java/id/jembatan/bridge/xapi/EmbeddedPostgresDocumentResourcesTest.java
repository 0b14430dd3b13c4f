package id.jembatan.bridge.xapi;

/** The document resources on PostgreSQL (embedded, in every build). */
class EmbeddedPostgresDocumentResourcesTest extends DocumentResourcesContract {

    @Override
    StoreDatabase openDatabase() {
        return StoreDatabase.embeddedPostgres();
    }
}
