package id.jembatan.bridge.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console's accounts in the state store's {@code console_user} table, with bcrypt hashes; what
 * {@code users add|list|disable|reset} and the configured seeds change, and what the login reads.
 */
public class ConsoleUsers {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    private static final String COLUMNS = "username, password_hash, role, enabled, created_at, updated_at";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    ConsoleUsers(DataSource dataSource, PasswordEncoder encoder, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.encoder = encoder;
        this.clock = clock;
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_user WHERE username = :username")
                .param("username", username).query(ConsoleUsers::user).optional();
    }

    /** Every account, by user name. */
    public List<ConsoleUser> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_user ORDER BY username").query(ConsoleUsers::user).list();
    }

    /**
     * Adds an enabled account.
     *
     * @throws IllegalArgumentException if the name is not valid or taken, or the password too short
     */
    public ConsoleUser add(String username, String password, ConsoleRole role) {
        return addHashed(username, encode(password), role);
    }

    /**
     * Adds an enabled account whose password is given as its hash ({@code {bcrypt}$2a$...}), for seeds that keep
     * no password in configuration.
     */
    public ConsoleUser addHashed(String username, String passwordHash, ConsoleRole role) {
        checkName(username);
        if (passwordHash == null || !passwordHash.startsWith("{bcrypt}")) {
            throw new IllegalArgumentException("hash kata sandi harus berbentuk / the password hash must look like"
                    + " {bcrypt}$2a$...");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("pengguna sudah ada / user already exists: " + username);
        }
        Instant now = now();
        jdbc.sql("INSERT INTO console_user (" + COLUMNS + ") VALUES (:username, :hash, :role, :enabled, :now, :now)")
                .param("username", username).param("hash", passwordHash).param("role", role.name())
                .param("enabled", true).param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        return new ConsoleUser(username, passwordHash, role, true, now, now);
    }

    /** Disables an account; false if there is none by that name. */
    public boolean disable(String username) {
        return jdbc.sql("UPDATE console_user SET enabled = :enabled, updated_at = :now WHERE username = :username")
                .param("enabled", false).param("now", LocalDateTime.ofInstant(now(), ZoneOffset.UTC))
                .param("username", username).update() == 1;
    }

    /**
     * Sets a new password and enables the account again; false if there is none by that name.
     *
     * @throws IllegalArgumentException if the password is too short
     */
    public boolean reset(String username, String password) {
        String hash = encode(password);
        return jdbc.sql("UPDATE console_user SET password_hash = :hash, enabled = :enabled, updated_at = :now"
                        + " WHERE username = :username")
                .param("hash", hash).param("enabled", true)
                .param("now", LocalDateTime.ofInstant(now(), ZoneOffset.UTC))
                .param("username", username).update() == 1;
    }

    private String encode(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("kata sandi minimal / the password needs at least "
                    + MIN_PASSWORD_LENGTH + " karakter / characters");
        }
        return encoder.encode(password);
    }

    private static void checkName(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("nama pengguna tidak valid / invalid user name: '" + username
                    + "' (1-100 huruf kecil, angka, . _ @ - / lower-case letters, digits, . _ @ -)");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ConsoleUser user(ResultSet rs, int row) throws SQLException {
        return new ConsoleUser(rs.getString("username"), rs.getString("password_hash"),
                ConsoleRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
