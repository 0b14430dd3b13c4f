package id.jembatan.bridge;

/**
 * The real servers that {@code ./mvnw verify -Ppeers} tests against, started beforehand by
 * {@code scripts/peers.sh}. Peer tests are annotated
 * {@code @EnabledIfSystemProperty(named = Peers.PROPERTY, matches = "true")} and fail, not skip, when a
 * server they need is not reachable.
 */
public final class Peers {

    /** System property set to {@code true} by the {@code peers} Maven profile. */
    public static final String PROPERTY = "jembatan.peers";

    private Peers() {
    }

    /** Whether this run also tests against the real servers. */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "false"));
    }

    /**
     * The PostgreSQL server: {@code JEMBATAN_PEERS_PG_URL}, {@code JEMBATAN_PEERS_PG_USERNAME},
     * {@code JEMBATAN_PEERS_PG_PASSWORD}.
     */
    public static Database postgres() {
        return new Database(
                env("JEMBATAN_PEERS_PG_URL", "jdbc:postgresql://127.0.0.1:5432/jembatan_state"),
                env("JEMBATAN_PEERS_PG_USERNAME", "jembatan"),
                env("JEMBATAN_PEERS_PG_PASSWORD", "jembatan"));
    }

    /**
     * The MariaDB server: {@code JEMBATAN_PEERS_MARIADB_URL}, {@code JEMBATAN_PEERS_MARIADB_USERNAME},
     * {@code JEMBATAN_PEERS_MARIADB_PASSWORD}.
     */
    public static Database mariaDb() {
        return new Database(
                env("JEMBATAN_PEERS_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/jembatan_state"),
                env("JEMBATAN_PEERS_MARIADB_USERNAME", "jembatan"),
                env("JEMBATAN_PEERS_MARIADB_PASSWORD", "jembatan"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Where a peer database is and how to log in. */
    public record Database(String jdbcUrl, String username, String password) {

        @Override
        public String toString() {
            return "Database[" + jdbcUrl + " as " + username + "]";
        }
    }
}
