package id.jembatan.e2e;

import id.jembatan.benchmark.BenchmarkSupport;
import id.jembatan.benchmark.Stats;
import id.jembatan.lrs.xapi.StatementIds;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Issue 16's latency benchmark on the real Moodle of the {@code -Pmoodle} tier: an event made in Moodle (a learner
 * enrolled through Moodle's enrol API, one PHP CLI request, so Moodle writes its log row and the plugin's outbox row as
 * for a person in the browser) until its statement can be read from the bridge's LRS ({@code GET statements?
 * statementId=} with the log tail's id of that row), polled every 20 ms. Two phases in the same run, against the same
 * Moodle and the same built jar:
 * <ol>
 *   <li><b>push</b>: the plugin {@code local_jembatan} sends its outbox; Moodle's ad-hoc task runner
 *       ({@code admin/cli/adhoc_task.php --execute --keep-alive}, which looks for queued tasks every second, as a
 *       site's cron runner does) runs the task the observer queued; the bridge answers {@code POST /moodle/push};</li>
 *   <li><b>log tail</b>: the bridge reads Moodle's log database on its default poll interval (2 s).</li>
 * </ol>
 * Goals: push p95 ≤ 1 s, log tail p95 ≤ 3 s. Run with
 * {@code eval "$(scripts/moodle.sh env)"; ./mvnw -B -pl tests verify -Pbenchmark -Dbenchmark=moodle-latency}
 * ({@code -Dbenchmark.jvm="-Dbenchmark.samples=30"}); the jar must be built (docs/benchmarks-moodle-latency.md).
 */
public final class MoodleLatencyBenchmark {

    private static final String ENROLLED = "\\core\\event\\user_enrolment_created";
    private static final String READER = "pembaca";
    private static final int WARM_UP = 3;

    private final RealMoodle moodle = RealMoodle.fromEnvironment();
    private final int samples = Integer.getInteger("benchmark.samples", 30);
    private final String key = HexFormat.of().formatHex(random(24));
    private final String readerPassword = HexFormat.of().formatHex(random(12));
    private final int port = freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SplittableRandom pauses = new SplittableRandom(16);
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000L);
    private final String course = "LAT" + run;
    private final Path workDir;
    private int nextUser = 1;

    private MoodleLatencyBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Files.createTempDirectory("moodle-latency");
        new MoodleLatencyBenchmark(workDir).measure();
    }

    private void measure() throws Exception {
        System.out.println(BenchmarkSupport.header("moodle-latency: event in Moodle -> statement readable from the LRS"));
        System.out.println("moodle   " + moodle.url + " (" + moodle.dir + ")");
        System.out.println("settings " + samples + " samples per source after " + WARM_UP + " warm-up, one enrolment"
                + " per sample (a PHP CLI request), 0-500 ms apart; LRS polled every 20 ms");
        String upgrade = moodle.installPlugin(Path.of("../moodle-plugin/local_jembatan").toAbsolutePath(),
                "local/jembatan");
        if (!upgrade.contains("completed successfully") && !upgrade.contains("No upgrade needed")) {
            throw new IllegalStateException("the plugin did not install:\n" + upgrade);
        }
        moodle.fixture(Path.of("src/test/resources/moodle-push/fixture.php").toAbsolutePath(), "configure",
                "http://127.0.0.1:" + port, key);
        moodle.events("course", course, "KT-" + course, "2", "KT");
        int users = 2 * (samples + WARM_UP);
        moodle.events("users", "lat" + run + "u", "199001012020011", Integer.toString(users));

        List<Double> push = phase("push", pushArgs(), true);
        List<Double> tail = phase("log tail", tailArgs(), false);

        report("push", push, 1.0);
        report("log tail", tail, 3.0);
    }

    private List<Double> phase(String name, String[] args, boolean runner) throws Exception {
        JarProcess.Running bridge = JarProcess.start(workDir, args);
        Process tasks = null;
        try {
            awaitUp(bridge);
            if (!runner) {
                awaitFirstPass(bridge);
            }
            if (runner) {
                tasks = new ProcessBuilder("php", "admin/cli/adhoc_task.php", "--execute", "--keep-alive=3600")
                        .directory(moodle.dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(workDir.resolve("adhoc-runner.log").toFile()).start();
            }
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < WARM_UP + samples; i++) {
                double seconds = sample();
                if (i >= WARM_UP) {
                    latencies.add(seconds);
                }
                Thread.sleep(pauses.nextInt(500));
            }
            System.out.println(name + " samples (s) " + latencies.stream()
                    .map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
            return latencies;
        } finally {
            if (tasks != null) {
                tasks.destroy();
                tasks.waitFor(30, TimeUnit.SECONDS);
            }
            bridge.kill();
        }
    }

    /** One enrolment, from the end of its Moodle request to its statement being readable. */
    private double sample() throws Exception {
        String username = "lat" + run + "u" + nextUser++;
        moodle.events("enrol", username, course);
        long made = System.nanoTime();
        String id = StatementIds.forLogRow(moodle.url, logRow(username)).toString();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/xapi/statements?statementId=" + id)).header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((READER + ":" + readerPassword)
                        .getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build();
        long deadline = made + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return (System.nanoTime() - made) / 1e9;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("statement " + id + " of " + username + "'s enrolment not readable in 120 s");
    }

    private long logRow(String username) throws Exception {
        try (Connection db = moodle.database(); PreparedStatement select = db.prepareStatement(
                "SELECT MAX(l.id) FROM mdl_logstore_standard_log l JOIN mdl_user u ON u.id = l.relateduserid"
                        + " WHERE u.username = ? AND l.eventname = ?")) {
            select.setString(1, username);
            select.setString(2, ENROLLED);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                long id = result.getLong(1);
                if (id == 0) {
                    throw new IllegalStateException("no " + ENROLLED + " log row for " + username);
                }
                return id;
            }
        }
    }

    private void report(String name, List<Double> latencies, double goal) {
        Stats stats = new Stats(latencies);
        System.out.println(String.format(Locale.ROOT, "%-8s n=%d  p50 %.3f s  p95 %.3f s  max %.3f s  goal p95 <= %.1f s:"
                + " %s", name, stats.count(), stats.median(), stats.percentile(95), stats.max(), goal,
                stats.percentile(95) <= goal ? "met" : "NOT met"));
    }

    private List<String> common() {
        return new ArrayList<>(List.of("--jembatan.moodle.url=" + moodle.url, "--jembatan.moodle.token=" + moodle.token,
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath(),
                "--jembatan.lrs.embedded.clients[0].username=" + READER,
                "--jembatan.lrs.embedded.clients[0].password=" + readerPassword,
                "--jembatan.lrs.embedded.clients[0].read-only=true",
                "--server.port=" + port, "--server.address=127.0.0.1"));
    }

    private String[] pushArgs() {
        List<String> args = common();
        args.addAll(List.of("--jembatan.internal.schedules-enabled=false",
                "--jembatan.moodle.push.sites[0].name=moodle-bench", "--jembatan.moodle.push.sites[0].key=" + key));
        return args.toArray(String[]::new);
    }

    private String[] tailArgs() {
        List<String> args = common();
        args.addAll(List.of("--jembatan.moodle.log-jdbc-url=" + moodle.jdbcUrl,
                "--jembatan.moodle.log-username=" + moodle.logUser,
                "--jembatan.moodle.log-password=" + moodle.logPassword,
                "--jembatan.flows.moodle-learning.start-from=now"));
        return args.toArray(String[]::new);
    }

    private void awaitUp(JarProcess.Running bridge) throws Exception {
        HttpRequest about = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/xapi/about"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!bridge.isAlive()) {
                throw new IllegalStateException("the bridge stopped:\n" + String.join("\n", bridge.lines()));
            }
            try {
                if (http.send(about, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the bridge did not answer in 10 min:\n" + String.join("\n", bridge.lines()));
    }

    /** {@code start-from=now} is taken at the first pass: a row made before it would never be read. */
    private static void awaitFirstPass(JarProcess.Running bridge) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (bridge.lines().stream().anyMatch(line -> line.contains("moodle-learning lintasan/pass")
                    && line.contains("selesai/done"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no moodle-learning pass in 5 min:\n" + String.join("\n", bridge.lines()));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
