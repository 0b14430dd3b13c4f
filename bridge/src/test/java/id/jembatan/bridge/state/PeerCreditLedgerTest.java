package id.jembatan.bridge.state;

import id.jembatan.bridge.Peers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The credit ledger on the real PostgreSQL and MariaDB servers of {@code -Ppeers}. */
@EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")
class PeerCreditLedgerTest {

    @Nested
    class OnMariaDb extends CreditLedgerContract {
        @Override
        StateDatabase openDatabase() {
            Peers.Database server = Peers.mariaDb();
            return StateDatabase.peer("MariaDB peer", server.jdbcUrl(), server.username(), server.password());
        }
    }

    @Nested
    class OnPostgres extends CreditLedgerContract {
        @Override
        StateDatabase openDatabase() {
            Peers.Database server = Peers.postgres();
            return StateDatabase.peer("PostgreSQL peer", server.jdbcUrl(), server.username(), server.password());
        }
    }
}
