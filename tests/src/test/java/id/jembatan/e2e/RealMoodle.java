package id.jembatan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Moodle of the {@code -Pmoodle} tier, as {@code scripts/moodle.sh env} describes it: its URL and token, its
 * code folder (PHP CLI runs there) and its database. Fails, rather than skips, when the environment is missing.
 */
final class RealMoodle {

    private static final ObjectMapper JSON = new ObjectMapper();

    final URI url;
    final String token;
    final Path dir;
    final String jdbcUrl;
    final String dbUser;
    final String dbPassword;
    final String logUser;
    final String logPassword;

    private RealMoodle() {
        url = URI.create(need("MOODLE_URL"));
        token = need("MOODLE_TOKEN");
        dir = Path.of(need("MOODLE_DIR"));
        jdbcUrl = need("MOODLE_LOG_JDBC_URL");
        dbUser = need("MOODLE_DB_USER");
        dbPassword = need("MOODLE_DB_PASSWORD");
        logUser = need("MOODLE_LOG_DB_USER");
        logPassword = need("MOODLE_LOG_DB_PASSWORD");
    }

    static RealMoodle fromEnvironment() {
        return new RealMoodle();
    }

    private static String need(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: start the real Moodle (scripts/moodle.sh start) and"
                    + " run eval \"$(scripts/moodle.sh env)\" before ./mvnw verify -Pmoodle");
        }
        return value;
    }

    /** The database as Moodle's own account (the tests read the plugin's table and the log). */
    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }

    /** Runs PHP CLI in the code folder; returns what it printed, or fails with it. */
    String php(String... args) {
        List<String> command = new ArrayList<>(List.of("php"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("php " + String.join(" ", args) + " did not finish in 300 s");
            }
            String output = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("php " + String.join(" ", args) + " exited " + process.exitValue()
                        + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the test fixture script ({@code moodle-push/fixture.php}) and reads the JSON line it printed last. */
    JsonNode fixture(Path script, String... args) {
        List<String> all = new ArrayList<>(List.of(script.toString(), dir.resolve("config.php").toString()));
        all.addAll(List.of(args));
        String output = php(all.toArray(String[]::new)).strip();
        String last = output.substring(output.lastIndexOf('\n') + 1);
        try {
            return JSON.readTree(last);
        } catch (IOException e) {
            throw new IllegalStateException("fixture " + String.join(" ", args) + " printed no JSON:\n" + output, e);
        }
    }

    /** Runs the tier's {@code moodle-php/fixture.php} (Moodle's own APIs) and reads the KEY=VALUE lines it printed. */
    Map<String, String> events(String... args) {
        List<String> all = new ArrayList<>(List.of(Path.of("src/test/resources/moodle-php/fixture.php")
                .toAbsolutePath().toString()));
        all.addAll(List.of(args));
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : php(all.toArray(String[]::new)).split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    /** Copies a plugin folder into the code (replacing what was there) and runs {@code admin/cli/upgrade.php}. */
    String installPlugin(Path plugin, String relative) throws IOException {
        Path target = dir.resolve(relative);
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(plugin)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(plugin.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return php("admin/cli/upgrade.php", "--non-interactive");
    }
}
