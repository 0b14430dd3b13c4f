package id.jembatan.support.moodlelog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases to hold a {@link MoodleLogTable}: an embedded PostgreSQL tuned for bulk loads, and the
 * {@code moodle} databases of the real PostgreSQL and MariaDB that {@code scripts/peers.sh} runs (URLs and
 * credentials from {@code scripts/peers.sh env}).
 */
public final class MoodleLogDatabases {

    private MoodleLogDatabases() {
    }

    /**
     * Starts an embedded PostgreSQL without crash safety (no fsync, no full-page writes), which a test
     * database does not need and a million-row load is faster without. The caller closes it.
     */
    public static EmbeddedPostgres startEmbeddedPostgres() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_wal_size", "1GB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * The peers' PostgreSQL {@code moodle} database: {@code JEMBATAN_PEERS_PG_MOODLE_URL} (default
     * {@code jdbc:postgresql://127.0.0.1:5432/moodle}), {@code JEMBATAN_PEERS_PG_USERNAME} and
     * {@code _PASSWORD} (default {@code jembatan}). Fails fast when the server does not answer.
     */
    public static DataSource peerPostgres() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(env("JEMBATAN_PEERS_PG_MOODLE_URL", "jdbc:postgresql://127.0.0.1:5432/moodle"));
        postgres.setUser(env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"));
        postgres.setPassword(env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan"));
        postgres.setConnectTimeout(5);
        return postgres;
    }

    /**
     * The peers' MariaDB {@code moodle} database: {@code JEMBATAN_PEERS_MARIADB_MOODLE_URL} (default
     * {@code jdbc:mariadb://127.0.0.1:3306/moodle}), {@code JEMBATAN_PEERS_MARIADB_USERNAME} and
     * {@code _PASSWORD} (default {@code jembatan}). Fails fast when the server does not answer.
     */
    public static DataSource peerMariaDb() {
        try {
            MariaDbDataSource mariadb = new MariaDbDataSource(
                    env("JEMBATAN_PEERS_MARIADB_MOODLE_URL", "jdbc:mariadb://127.0.0.1:3306/moodle"));
            mariadb.setUser(env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"));
            mariadb.setPassword(env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan"));
            mariadb.setLoginTimeout(5);
            return mariadb;
        } catch (SQLException e) {
            throw new IllegalStateException("bad JEMBATAN_PEERS_MARIADB_MOODLE_URL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
