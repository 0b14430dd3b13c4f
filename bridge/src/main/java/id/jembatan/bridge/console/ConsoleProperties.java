package id.jembatan.bridge.console;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin console ({@code /console}).
 *
 * @param users            accounts added at start-up when no account of that name exists yet (an existing one is
 *                         left as it is, so {@code users reset} wins over the seed)
 * @param maxLoginFailures failed logins of one user name in a row after which it is locked out for {@code lockout}
 * @param lockout          how long a user name stays locked out after {@code max-login-failures} failures
 * @param passHistory      passes shown per flow on the flows page
 */
@ConfigurationProperties("jembatan.console")
public record ConsoleProperties(
        List<Seed> users,
        @DefaultValue("5") int maxLoginFailures,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("50") int passHistory) {

    public ConsoleProperties {
        users = users == null ? List.of() : List.copyOf(users);
        if (maxLoginFailures < 1) {
            throw new IllegalArgumentException("jembatan.console.max-login-failures harus minimal 1 / must be at "
                    + "least 1: " + maxLoginFailures);
        }
        if (passHistory < 1) {
            throw new IllegalArgumentException("jembatan.console.pass-history harus minimal 1 / must be at least 1: "
                    + passHistory);
        }
    }

    /**
     * One seeded account.
     *
     * @param username     the user name
     * @param password     its password (at least 12 characters); secret: set it through the environment
     * @param passwordHash or its bcrypt hash, {@code {bcrypt}$2a$...}, to keep no password in configuration
     * @param role         ADMIN, OPERATOR, HR or VIEWER
     */
    public record Seed(String username, String password, String passwordHash, String role) {

        @Override
        public String toString() {
            return "Seed[" + username + ", " + role + "]";
        }
    }
}
