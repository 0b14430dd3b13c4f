package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code java -jar jembatan.jar users add|list|disable|reset} as an admin runs them, one after the other on the same
 * state database (the jar's default H2 file under its working folder): the password printed once is the one stored
 * (as a bcrypt hash, never itself), a disabled account shows as such, a reset makes a new password and enables it.
 */
class UsersCommandEndToEndTest {

    private static final Pattern PRINTED = Pattern.compile("shown once\\): (\\S{20})");
    private static final PasswordEncoder HASHES = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path workDir;

    @Test
    void anAccountIsAddedDisabledAndResetAndItsPasswordIsKeptOnlyAsAHash() throws Exception {
        JarProcess.Outcome add = JarProcess.run(workDir, "users", "add", "siti", "--role", "OPERATOR");
        assertThat(add.exitCode()).as(add.output()).isZero();
        assertThat(add.output()).contains("Akun ditambahkan / account added: siti (OPERATOR)");
        String first = printed(add.output());
        assertThat(account("siti")).satisfies(a -> {
            assertThat(a.hash()).startsWith("{bcrypt}").doesNotContain(first);
            assertThat(HASHES.matches(first, a.hash())).as("the printed password is the stored one").isTrue();
            assertThat(a.enabled()).isTrue();
        });

        JarProcess.Outcome disable = JarProcess.run(workDir, "users", "disable", "siti");
        assertThat(disable.exitCode()).as(disable.output()).isZero();
        assertThat(disable.output()).contains("Akun dinonaktifkan / account disabled: siti");
        assertThat(account("siti").enabled()).isFalse();

        JarProcess.Outcome reset = JarProcess.run(workDir, "users", "reset", "siti");
        assertThat(reset.exitCode()).as(reset.output()).isZero();
        String second = printed(reset.output());
        assertThat(second).isNotEqualTo(first);
        assertThat(account("siti")).satisfies(a -> {
            assertThat(HASHES.matches(second, a.hash())).isTrue();
            assertThat(HASHES.matches(first, a.hash())).as("the old password no longer works").isFalse();
            assertThat(a.enabled()).as("a reset enables the account again").isTrue();
        });

        JarProcess.Outcome list = JarProcess.run(workDir, "users", "list");
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).containsPattern("(?m)^siti\\tOPERATOR\\taktif/enabled\\t20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d$")
                .doesNotContain(first).doesNotContain(second);
        assertThat(audit()).containsSubsequence("console.user-add siti", "console.user-disable siti",
                "console.user-reset siti");
    }

    private static String printed(String output) {
        Matcher password = PRINTED.matcher(output);
        assertThat(password.find()).as("the password is printed once: " + output).isTrue();
        return password.group(1);
    }

    private record Account(String hash, boolean enabled) {
    }

    private Account account(String name) throws Exception {
        try (Connection db = state(); PreparedStatement query = db.prepareStatement(
                "SELECT password_hash, enabled FROM console_user WHERE username = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("account " + name).isTrue();
                return new Account(row.getString(1), row.getBoolean(2));
            }
        }
    }

    private java.util.List<String> audit() throws Exception {
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (Connection db = state(); PreparedStatement query = db.prepareStatement(
                "SELECT action, subject FROM audit_log WHERE actor = 'cli' ORDER BY id")) {
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(row.getString(1) + " " + row.getString(2));
                }
            }
        }
        return entries;
    }

    private Connection state() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/jembatan-state").toAbsolutePath(),
                "sa", "");
    }
}
