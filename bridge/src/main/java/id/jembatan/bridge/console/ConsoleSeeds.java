package id.jembatan.bridge.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds the accounts of {@code jembatan.console.users[n]} that do not exist yet, once the state store is migrated
 * (not for {@code check}, which migrates it itself). An existing account is left as it is.
 */
@Component
class ConsoleSeeds {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSeeds.class);

    private final ConsoleUsers users;
    private final ConsoleProperties properties;
    private final boolean deferredMigration;

    ConsoleSeeds(ConsoleUsers users, ConsoleProperties properties,
            @Value("${jembatan.internal.defer-state-migration:false}") boolean deferredMigration) {
        this.users = users;
        this.properties = properties;
        this.deferredMigration = deferredMigration;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (deferredMigration) {
            return;
        }
        for (int i = 0; i < properties.users().size(); i++) {
            ConsoleProperties.Seed seed = properties.users().get(i);
            String where = "jembatan.console.users[" + i + "]";
            try {
                if (seed.username() == null || users.find(seed.username()).isPresent()) {
                    continue;
                }
                ConsoleRole role = ConsoleRole.parse(seed.role());
                if (seed.passwordHash() != null && !seed.passwordHash().isBlank()) {
                    users.addHashed(seed.username(), seed.passwordHash(), role);
                } else {
                    users.add(seed.username(), seed.password(), role);
                }
                LOG.info("Akun konsol ditambahkan / console account added: {} ({}) from {}", seed.username(), role,
                        where);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage() + " — perbaiki / fix " + where
                        + ".username, .password (or .password-hash) and .role", e);
            }
        }
    }
}
