package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.StateProperties;
import id.jembatan.bridge.config.StateStoreMigration;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Connects to the state store and brings its schema up to date. */
@Component
@Order(1)
class StateStoreCheck implements Check {

    private final DataSource dataSource;
    private final StateStoreMigration migration;
    private final StateProperties properties;

    StateStoreCheck(DataSource dataSource, StateStoreMigration migration, StateProperties properties) {
        this.dataSource = dataSource;
        this.migration = migration;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "state-store";
    }

    @Override
    public CheckResult run() {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException | RuntimeException e) {
            return CheckResult.failed(name(), "tidak dapat terhubung / cannot connect to " + properties.jdbcUrl()
                    + ": " + rootMessage(e) + " — periksa / check jembatan.state.jdbc-url, "
                    + "jembatan.state.username, jembatan.state.password");
        }
        try {
            String version = migration.migrateNow();
            return CheckResult.ok(name(), product + " at " + properties.jdbcUrl() + ", schema version " + version);
        } catch (RuntimeException e) {
            return CheckResult.failed(name(), "migrasi skema gagal / schema migration failed on " + properties.jdbcUrl()
                    + ": " + rootMessage(e));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
