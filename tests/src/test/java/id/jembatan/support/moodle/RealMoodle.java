package id.jembatan.support.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * The real Moodle 4.5 of the {@code -Pmoodle} tier, as {@code scripts/moodle.sh env} describes it. Fixtures are made
 * by {@code moodle-php/fixture.php} through Moodle's own APIs; {@link #reset()} puts the site back to the snapshot
 * taken after install. Missing settings fail the test with what to run; nothing is skipped.
 */
public final class RealMoodle {

    /** The system property the {@code moodle} Maven profile sets. */
    public static final String PROPERTY = "jembatan.moodle";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Path fixture;

    private final Map<String, String> env;

    private RealMoodle(Map<String, String> env) {
        this.env = env;
    }

    /** The Moodle the environment names; fails naming the missing variables when it names none. */
    public static RealMoodle fromEnvironment() {
        List<String> names = List.of("MOODLE_URL", "MOODLE_TOKEN", "MOODLE_LOG_JDBC_URL", "MOODLE_LOG_DB_USER",
                "MOODLE_LOG_DB_PASSWORD", "MOODLE_DB_USER", "MOODLE_DB_PASSWORD", "MOODLE_CONFIG", "MOODLE_SCRIPT");
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            } else {
                values.put(name, value);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("-Pmoodle needs a running Moodle: scripts/moodle.sh start, then "
                    + "eval \"$(scripts/moodle.sh env)\" before ./mvnw (missing: " + String.join(", ", missing)
                    + ")");
        }
        return new RealMoodle(values);
    }

    public URI url() {
        return URI.create(env.get("MOODLE_URL"));
    }

    /** The web-service token of the service {@code jembatan}. Never print it. */
    public String token() {
        return env.get("MOODLE_TOKEN");
    }

    /** JDBC URL, user and password of the read-only log account, as the bridge gets them. */
    public String[] logDatabase() {
        return new String[] {env.get("MOODLE_LOG_JDBC_URL"), env.get("MOODLE_LOG_DB_USER"),
            env.get("MOODLE_LOG_DB_PASSWORD")};
    }

    /**
     * The bridge's options for this Moodle's web services (and, with {@code withLog}, its log table). The token and
     * the log password go into {@code workDir/application.properties}, which the jar run in {@code workDir} reads, so
     * that no secret is on a command line that a failing test prints.
     */
    public List<String> bridgeOptions(Path workDir, boolean withLog) {
        String[] log = logDatabase();
        try {
            Files.writeString(workDir.resolve("application.properties"), "jembatan.moodle.token=" + token() + "\n"
                    + (withLog ? "jembatan.moodle.log-password=" + log[2] + "\n" : ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = new ArrayList<>(List.of("--jembatan.moodle.url=" + url()));
        if (withLog) {
            options.addAll(List.of("--jembatan.moodle.log-jdbc-url=" + log[0], "--jembatan.moodle.log-username=" + log[1]));
        }
        return options;
    }

    /** Database, moodledata and token back to the snapshot taken after install ({@code scripts/moodle.sh reset}). */
    public void reset() {
        run(List.of("bash", env.get("MOODLE_SCRIPT"), "reset"));
    }

    /** Runs {@code fixture.php COMMAND ARGS} and returns the {@code KEY=value} lines it printed. */
    public Map<String, String> fixture(String command, String... args) {
        List<String> line = new ArrayList<>(List.of("php", fixtureScript().toString(), command));
        line.addAll(List.of(args));
        Map<String, String> printed = new LinkedHashMap<>();
        run(line).lines().filter(l -> l.matches("[A-Z]+=.*"))
                .forEach(l -> printed.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return printed;
    }

    /** One web-service call (REST, JSON) with this Moodle's token; the answer as Moodle gave it. */
    public JsonNode call(String function, Map<String, String> params) {
        return call(url(), token(), function, params);
    }

    /** One web-service call to any Moodle (the sandbox too). */
    public static JsonNode call(URI site, String token, String function, Map<String, String> params) {
        StringJoiner form = new StringJoiner("&");
        form.add("wstoken=" + enc(token)).add("wsfunction=" + enc(function)).add("moodlewsrestformat=json");
        params.forEach((name, value) -> form.add(enc(name) + "=" + enc(value)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.toString().replaceAll("/$", "")
                        + "/webservice/rest/server.php"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first column of each row of a query on Moodle's database (as Moodle's own account). */
    public List<String> query(String sql) {
        String[] log = logDatabase();
        try (Connection connection = DriverManager.getConnection(log[0], env.get("MOODLE_DB_USER"),
                env.get("MOODLE_DB_PASSWORD"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static synchronized Path fixtureScript() {
        if (fixture == null) {
            try (InputStream in = RealMoodle.class.getResourceAsStream("/moodle-php/fixture.php")) {
                Path file = Files.createTempFile("jembatan-fixture", ".php");
                Files.write(file, in.readAllBytes());
                file.toFile().deleteOnExit();
                fixture = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixture;
    }

    private String run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 120 s");
            }
            String output = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                        + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
