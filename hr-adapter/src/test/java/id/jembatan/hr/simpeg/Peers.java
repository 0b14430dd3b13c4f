package id.jembatan.hr.simpeg;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Settings of the real servers for {@code -Ppeers}, from the variables {@code scripts/peers.sh env} prints. */
final class Peers {

    private Peers() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Fails the test class at once, naming the cause, when the server does not answer. */
    static void requireReachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("peer database unreachable with -Ppeers (start it with "
                    + "scripts/peers.sh start): " + e.getMessage(), e);
        }
    }
}
