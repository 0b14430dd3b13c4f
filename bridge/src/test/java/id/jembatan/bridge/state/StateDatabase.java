package id.jembatan.bridge.state;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database the state store contract runs on: a pool, its dialect, and the schema applied by Flyway. */
final class StateDatabase implements AutoCloseable {

    private static final String[] TABLES = {"audit_log", "dead_letter", "idempotency_key", "flow_watermark"};

    private final String name;
    private final HikariDataSource dataSource;
    private final Flyway flyway;

    private StateDatabase(String name, String jdbcUrl, String username, String password, boolean clean) {
        this.name = name;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(10_000);
        StateDialect.applyDriverProperties(dataSource);
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .placeholders(StateDialect.of(dataSource).placeholders())
                .cleanDisabled(!clean)
                .load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    static StateDatabase h2() {
        return new StateDatabase("H2", "jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "",
                false);
    }

    static StateDatabase embeddedPostgres() {
        return new StateDatabase("embedded PostgreSQL", EmbeddedPostgresServer.newDatabase(), "postgres", "", false);
    }

    /** A real server, whose database keeps what earlier runs left: it is cleaned before migrating. */
    static StateDatabase peer(String name, String jdbcUrl, String username, String password) {
        return new StateDatabase(name, jdbcUrl, username, password, true);
    }

    DataSource dataSource() {
        return dataSource;
    }

    Flyway flyway() {
        return flyway;
    }

    void deleteAllRows() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** {@code created_at} and {@code updated_at} of one idempotency key, as instants (stored as UTC). */
    List<Instant> times(String processor, String key) {
        return JdbcClient.create(dataSource)
                .sql("SELECT created_at, updated_at FROM idempotency_key WHERE processor = ? AND idem_key = ?")
                .params(processor, key)
                .query((rs, row) -> List.of(StateJdbc.instant(rs, "created_at"), StateJdbc.instant(rs, "updated_at")))
                .single();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
