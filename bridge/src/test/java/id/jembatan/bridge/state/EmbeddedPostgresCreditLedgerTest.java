package id.jembatan.bridge.state;

/** The credit ledger on an embedded PostgreSQL. */
class EmbeddedPostgresCreditLedgerTest extends CreditLedgerContract {

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.embeddedPostgres();
    }
}
