package id.jembatan.bridge.config;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Applies the state store's Flyway migrations at start-up, except for {@code check}: there the state store
 * is one of the systems being checked, so an unreachable database must become a check line, not a failed
 * start. {@code check} then migrates through {@link #migrateNow()}.
 */
@Component
public class StateStoreMigration implements FlywayMigrationStrategy {

    private final boolean deferred;
    private Flyway flyway;

    StateStoreMigration(@Value("${jembatan.internal.defer-state-migration:false}") boolean deferred) {
        this.deferred = deferred;
    }

    @Override
    public void migrate(Flyway flyway) {
        this.flyway = flyway;
        if (!deferred) {
            flyway.migrate();
        }
    }

    /** Applies pending migrations now; returns the schema version the store is at afterwards. */
    public String migrateNow() {
        if (flyway == null) {
            throw new IllegalStateException("Flyway is not configured (spring.flyway.enabled=false?)");
        }
        flyway.migrate();
        var current = flyway.info().current();
        return current == null ? "(none)" : current.getVersion().getVersion();
    }
}
