package id.jembatan.bridge.state;

/** The credit ledger on H2, the embedded default. */
class H2CreditLedgerTest extends CreditLedgerContract {

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.h2();
    }
}
