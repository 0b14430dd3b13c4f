package id.jembatan.support.moodlelog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link MoodleLogTable} on the real PostgreSQL and MariaDB of {@code scripts/peers.sh}
 * ({@code ./mvnw verify -Ppeers}); fails when a server does not answer. Uses its own table prefix in the
 * {@code moodle} databases and drops its table afterwards.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class MoodleLogTablePeersTest {

    private static final String PREFIX = "jtlogtable_";

    private MoodleLogTable table;

    @AfterEach
    void dropTable() {
        table.drop();
    }

    @Test
    void tenThousandSyntheticRowsReadBackOnPeerPostgres() {
        table = new MoodleLogTable(MoodleLogDatabases.peerPostgres(), MoodleLogTable.Dialect.POSTGRESQL, PREFIX);

        LogTableRoundTrip.check(table);
    }

    @Test
    void tenThousandSyntheticRowsReadBackOnPeerMariaDb() {
        table = new MoodleLogTable(MoodleLogDatabases.peerMariaDb(), MoodleLogTable.Dialect.MARIADB, PREFIX);

        LogTableRoundTrip.check(table);
    }
}
