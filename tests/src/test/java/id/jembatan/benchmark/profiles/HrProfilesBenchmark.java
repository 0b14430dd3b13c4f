package id.jembatan.benchmark.profiles;

import id.jembatan.benchmark.StepTimings;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.profiles.HrProfilesRoutes;
import id.jembatan.flow.profiles.ProfilePass;
import id.jembatan.flow.profiles.ProfileSource;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code hr-profiles} benchmark: {@code asn} (100,000) ASN generated into an embedded PostgreSQL SIMPEG, the
 * real application booted in this JVM against {@link FastMoodle} in a child JVM, and three passes as
 * {@code run hr-profiles} sends them: the first sync, a pass after {@code changed} (1,000) rows changed (a tenth
 * of them moved to another OPD, a tenth to another kind of position, the rest a new position name), and a pass with
 * nothing changed. Prints wall time, per-step time, Moodle calls and items per function and heap per pass.
 *
 * <p>Settings ({@code -Dbenchmark.<name>}): {@code asn} (100,000), {@code interns} (0), {@code changed} (1,000),
 * {@code state} ({@code h2}: a new H2 file, the default state store; or {@code postgres}: a database
 * {@code jembatan_state} in the same embedded PostgreSQL).
 */
public final class HrProfilesBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HrProfilesBenchmark() {
    }

    /** What one pass did and cost. */
    private record Outcome(String name, long nanos, ProfilePass pass, Map<String, Double> steps, String calls,
                           HeapWatch.Report heap) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("--- " + name + " ---\n");
            text.append(String.format("wall     %.2f s%n", nanos / 1e9));
            text.append("pass     ").append(pass.summary()).append(", pages ").append(pass.pages()).append('\n');
            text.append("steps    ");
            steps.forEach((step, seconds) -> text.append(String.format("%s %.2f s; ", step, seconds)));
            text.append("\nheap     ").append(heap).append('\n');
            text.append("moodle   function calls items max-items-per-call server-ms\n");
            calls.lines().forEach(line -> {
                String[] f = line.split(" ");
                text.append(line.startsWith("#") ? "         " + line.substring(1)
                        : String.format("         %-36s %6s %8s %5s %9.1f", f[0], f[1], f[2], f[3],
                                Long.parseLong(f[4]) / 1e6)).append('\n');
            });
            return text.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int asn = Integer.getInteger("benchmark.asn", 100_000);
        int interns = Integer.getInteger("benchmark.interns", 0);
        int changed = Integer.getInteger("benchmark.changed", 1_000);
        String state = System.getProperty("benchmark.state", "h2");
        System.out.println(header());
        Path work = Files.createTempDirectory("hr-profiles-benchmark");
        Process moodle = startMoodle();
        try (EmbeddedPostgres postgres = MoodleLogDatabases.startEmbeddedPostgres()) {
            URI moodleUrl = URI.create("http://127.0.0.1:" + port(moodle));
            long start = System.nanoTime();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
                new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, asn, interns);
                connection.createStatement().execute("ANALYZE");
            }
            String stateUrl = work.resolve("state").toAbsolutePath().toString();
            if (state.equals("postgres")) {
                try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                    connection.createStatement().execute("CREATE DATABASE jembatan_state");
                }
                stateUrl = postgres.getJdbcUrl("postgres", "jembatan_state");
            } else {
                stateUrl = "jdbc:h2:file:" + stateUrl;
            }
            System.out.println("state    " + stateUrl);
            System.out.printf("simpeg   %,d ASN, %,d interns generated in %.1f s (embedded PostgreSQL)%n", asn,
                    interns, (System.nanoTime() - start) / 1e9);
            StepTimings timings = new StepTimings(List.of("hr-profiles.read-page", "hr-profiles.plan", "hr-profiles.apply",
                    "hr-profiles.commit"));
            try (ConfigurableApplicationContext bridge = boot(postgres, moodleUrl, stateUrl, timings)) {
                Outcome first = pass("1: first sync", bridge, moodleUrl, timings);
                System.out.println(first);
                start = System.nanoTime();
                int[] kinds = change(postgres, changed);
                System.out.printf("changed  %,d ASN rows (%d moved to another OPD, %d another kind of position, %d a"
                        + " new position name), updated_at = now, in %.2f s%n", kinds[0] + kinds[1] + kinds[2],
                        kinds[0], kinds[1], kinds[2], (System.nanoTime() - start) / 1e9);
                Outcome second = pass("2: " + changed + " changed", bridge, moodleUrl, timings);
                System.out.println(second);
                Outcome third = pass("3: nothing changed", bridge, moodleUrl, timings);
                System.out.println(third);
            }
        } finally {
            moodle.destroy();
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static Outcome pass(String name, ConfigurableApplicationContext bridge, URI moodle, StepTimings timings)
            throws IOException, InterruptedException {
        System.gc();
        stats(moodle, true);
        timings.reset();
        ProfileSource source = bridge.getBean(ProfileSource.class);
        ProducerTemplate template = bridge.getBean(ProducerTemplate.class);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        ProfilePass pass = template.requestBody(HrProfilesRoutes.PASS, source.startChanges(), ProfilePass.class);
        long nanos = System.nanoTime() - start;
        HeapWatch.Report report = heap.stop();
        return new Outcome(name, nanos, pass, timings.seconds(), stats(moodle, false), report);
    }

    private static ConfigurableApplicationContext boot(EmbeddedPostgres postgres, URI moodle, String stateUrl,
                                                       StepTimings timings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.apache.camel.spring.boot", "ERROR");
        properties.put("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
        properties.put("jembatan.moodle.url", moodle.toString());
        properties.put("jembatan.moodle.token", FastMoodle.TOKEN);
        properties.put("jembatan.simpeg.jdbc-url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("jembatan.simpeg.username", "postgres");
        properties.put("jembatan.simpeg.password", "postgres");
        properties.put("jembatan.state.jdbc-url", stateUrl);
        properties.put("jembatan.state.username", stateUrl.startsWith("jdbc:h2:") ? "sa" : "postgres");
        properties.put("jembatan.state.password", stateUrl.startsWith("jdbc:h2:") ? "" : "postgres");
        properties.put("jembatan.internal.schedules-enabled", "false");
        return new SpringApplicationBuilder(JembatanApplication.class).web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkStepTimings", timings))
                .run();
    }

    /** Changes {@code count} active ASN: a tenth move OPD, a tenth change kind of position, the rest its name. */
    private static int[] change(EmbeddedPostgres postgres, int count) throws SQLException {
        int[] kinds = new int[3];
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            List<String> units = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT kode FROM unit_kerja ORDER BY kode")) {
                while (rows.next()) {
                    units.add(rows.getString(1));
                }
            }
            List<String[]> picked = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT nip, unit_kerja_kode, jabatan_jenis"
                    + " FROM asn WHERE status_aktif = 'AKTIF' AND unit_kerja_kode IS NOT NULL ORDER BY md5(nip)"
                    + " LIMIT ?")) {
                select.setInt(1, count);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        picked.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            connection.setAutoCommit(false);
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE asn SET unit_kerja_kode = ?, updated_at = ? WHERE nip = ?");
                 PreparedStatement kind = connection.prepareStatement("UPDATE asn SET jabatan_jenis = ?,"
                         + " jabatan_nama = jabatan_nama || ' (alih jenis)', updated_at = ? WHERE nip = ?");
                 PreparedStatement name = connection.prepareStatement(
                         "UPDATE asn SET jabatan_nama = jabatan_nama || ' (baru)', updated_at = ? WHERE nip = ?")) {
                for (int i = 0; i < picked.size(); i++) {
                    String[] row = picked.get(i);
                    if (i < count / 10) {
                        move.setString(1, units.get((units.indexOf(row[1]) + 1) % units.size()));
                        move.setTimestamp(2, now);
                        move.setString(3, row[0]);
                        move.addBatch();
                        kinds[0]++;
                    } else if (i < count / 5) {
                        kind.setString(1, "FUNGSIONAL".equals(row[2]) ? "PELAKSANA" : "FUNGSIONAL");
                        kind.setTimestamp(2, now);
                        kind.setString(3, row[0]);
                        kind.addBatch();
                        kinds[1]++;
                    } else {
                        name.setTimestamp(1, now);
                        name.setString(2, row[0]);
                        name.addBatch();
                        kinds[2]++;
                    }
                }
                move.executeBatch();
                kind.executeBatch();
                name.executeBatch();
            }
            connection.commit();
        }
        return kinds;
    }

    private static Process startMoodle() throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        return new ProcessBuilder(java, "-Xmx1g", "-Dsun.net.httpserver.nodelay=true", "-cp",
                System.getProperty("java.class.path"), FastMoodle.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int port(Process moodle) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(moodle.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("port=")) {
            throw new IllegalStateException("the Moodle stub did not start: " + line);
        }
        return Integer.parseInt(line.substring("port=".length()));
    }

    private static String stats(URI moodle, boolean reset) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(moodle.resolve("/stats"));
        request = reset ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String header() {
        Runtime runtime = Runtime.getRuntime();
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            cpu = "? (" + e.getMessage() + ")";
        }
        return "=== hr-profiles ===\n"
                + "date     " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "machine  " + runtime.availableProcessors() + " cpus, " + cpu + "\n"
                + "java     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + HeapWatch.mib(runtime.maxMemory()) + ", args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n"
                + "load     " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " (1-min load average at start)";
    }
}
