package id.jembatan.benchmark.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.bridge.JembatanApplication;
import id.jembatan.lrs.store.ReceivedStatement;
import id.jembatan.lrs.store.StatementStore;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded statement store over HTTP (the bridge booted in this JVM with its web server, H2 file state store)
 * beside the real LRS (xapi-statements at {@code JEMBATAN_PEERS_LRS_ENDPOINT}, default
 * {@code http://127.0.0.1:8090/xAPI/}) in the same run, with the same client code and statements. Two embedded
 * stores run side by side: the default state store (H2 writing every commit before it returns, decision 0015) and the
 * same with H2's own default {@code WRITE_DELAY=500}, which lost answered statements on {@code kill -9}.
 *
 * <ul>
 *   <li>POST ingestion: pre-built batches of 100 statements sent by {@code clients} (8) concurrent clients, in
 *   alternating rounds (embedded, ..., real) because the real LRS slows as its in-memory store grows; rate and the
 *   95th percentile of the request time;</li>
 *   <li>bytes on disk per statement: the size of each embedded store's H2 file after the run, over the statements it
 *   holds;</li>
 *   <li>GET paging: every statement of the run read back by agent, oldest first, 100 per page, following
 *   {@code more};</li>
 *   <li>at size: {@code query-statements} (1,000,000) more statements loaded into the default embedded store through
 *   {@link StatementStore#store} directly (checked as a POST is, in batches of
 *   {@code jembatan.lrs.embedded.max-statements-per-request}, two threads; over HTTP it would take too long here),
 *   by {@code query-agents} (10,000) agents over the same 400 activities; then bytes on disk per statement, GET by
 *   agent + activity over HTTP ({@code queries} (200) each: a loaded agent, and the run's one agent beside the real
 *   LRS), and the write lock: the longest hold {@link StatementStore#longestWriteLockHold()} saw, and how long a
 *   one-statement POST waits behind a POST of the maximum size.</li>
 * </ul>
 * Settings ({@code -Dbenchmark.jvm="-Dbenchmark.rounds=5 ..."}): {@code rounds} (5), {@code round-statements}
 * (4,000), {@code batch} (100), {@code page} (100), {@code clients} (8), {@code query-statements} (1,000,000; 0 skips
 * the part at size), {@code query-agents} (10,000), {@code queries} (200).
 */
public final class StatementStoreBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code benchmark.port}: the first embedded store's port, the next one's +1; 0 (default): free ports. */
    private static final java.util.concurrent.atomic.AtomicInteger PORTS =
            new java.util.concurrent.atomic.AtomicInteger(Integer.getInteger("benchmark.port", 0));

    private StatementStoreBenchmark() {
    }

    /** One LRS under test. */
    private record Target(String name, URI endpoint, String authorization, Path file) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        int roundStatements = Integer.getInteger("benchmark.round-statements", 4_000);
        int clients = Integer.getInteger("benchmark.clients", 8);
        int batch = Integer.getInteger("benchmark.batch", 100);
        int page = Integer.getInteger("benchmark.page", 100);
        URI realEndpoint = URI.create(env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"));
        String realUser = env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan");
        String realPassword = env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret");
        System.out.println(header("statement-store: embedded store over HTTP vs the real LRS " + realEndpoint));
        System.out.printf("settings rounds %d x %,d statements per target, %d clients, batches of %d, pages of %d%n",
                rounds, roundStatements, clients, batch, page);

        Path durableState = Files.createTempDirectory("jembatan-store-bench");
        Path delayedState = Files.createTempDirectory("jembatan-store-bench-delay");
        try (ConfigurableApplicationContext durableBridge = startBridge(durableState.resolve("state"), "");
             ConfigurableApplicationContext delayedBridge = startBridge(delayedState.resolve("state"),
                     ";WRITE_DELAY=500")) {
            Target durable = embedded("embedded", durableBridge, durableState);
            Target delayed = embedded("H2 delay", delayedBridge, delayedState);
            Target real = new Target("real LRS", realEndpoint, basic(realUser, realPassword), null);
            List<Target> targets = List.of(durable, delayed, real);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (Target target : targets) {
                HttpResponse<String> about = http.send(HttpRequest.newBuilder(target.endpoint().resolve("about"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (about.statusCode() != 200) {
                    throw new IllegalStateException(target.name() + " does not answer /about: " + about.statusCode()
                            + " (start the peers: scripts/peers.sh start)");
                }
            }
            String run = UUID.randomUUID().toString();
            String agent = "{\"mbox\":\"mailto:bench-" + run + "@kota.go.id\"}";
            for (Target target : targets) {
                post(http, target, batches(run + "-warmup", 2_000, batch), clients);
            }

            Map<String, long[]> ingestion = new HashMap<>();
            Map<String, List<Long>> latencies = new HashMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (Target target : targets) {
                    List<byte[]> bodies = batches(run, roundStatements, batch);
                    Posted posted = post(http, target, bodies, clients);
                    ingestion.computeIfAbsent(target.name(), n -> new long[2])[0] += roundStatements;
                    ingestion.get(target.name())[1] += posted.nanos();
                    latencies.computeIfAbsent(target.name(), n -> new ArrayList<>()).addAll(posted.requestNanos());
                    System.out.printf("round %d %-9s POST %,8.0f statements/s, p95 %,5.0f ms%n", round, target.name(),
                            roundStatements / (posted.nanos() / 1e9), p95(posted.requestNanos()) / 1e6);
                }
            }

            int expected = rounds * roundStatements;
            Map<String, Double> paging = new HashMap<>();
            for (Target target : targets) {
                long start = System.nanoTime();
                int read = page(http, target, agent, page);
                long nanos = System.nanoTime() - start;
                if (read != expected) {
                    throw new IllegalStateException(target.name() + " returned " + read + " statements, expected "
                            + expected);
                }
                paging.put(target.name(), read / (nanos / 1e9));
                System.out.printf("%-9s GET paging %,d statements in %.2f s: %,8.0f statements/s%n", target.name(),
                        read, nanos / 1e9, paging.get(target.name()));
            }
            System.out.println();
            int stored = expected + 2_000;
            for (Target target : targets) {
                System.out.printf("%-9s POST %,8.0f statements/s, p95 %,5.0f ms   GET paging %,8.0f statements/s%s%n",
                        target.name(), rate(ingestion.get(target.name())), p95(latencies.get(target.name())) / 1e6,
                        paging.get(target.name()), target.file() == null ? ""
                                : String.format("   on disk %,d bytes for %,d statements: %,.0f bytes/statement",
                                        size(target.file()), stored, size(target.file()) / (double) stored));
            }
            System.out.printf("ratio embedded/real: POST %.2f, GET paging %.2f%n",
                    rate(ingestion.get(durable.name())) / rate(ingestion.get(real.name())),
                    paging.get(durable.name()) / paging.get(real.name()));
            StatementStore store = durableBridge.getBean(StatementStore.class);
            System.out.printf("embedded  longest write-lock hold so far (batches of %d): %,d ms%n", batch,
                    store.longestWriteLockHold().toMillis());
            int atSize = Integer.getInteger("benchmark.query-statements", 1_000_000);
            if (atSize > 0) {
                atSize(http, durableBridge, durable, real, store, run, agent, atSize);
            }
        }
    }

    /** The part at size: load, bytes, GET by agent + activity, the write lock behind a POST of the maximum size. */
    private static void atSize(HttpClient http, ConfigurableApplicationContext bridge, Target durable, Target real,
            StatementStore store, String run, String runAgent, int statements) throws Exception {
        int agents = Integer.getInteger("benchmark.query-agents", 10_000);
        int queries = Integer.getInteger("benchmark.queries", 200);
        int maxBatch = bridge.getEnvironment().getProperty("jembatan.lrs.embedded.max-statements-per-request",
                Integer.class, 1_000);
        System.out.println();
        System.out.printf("at size: loading %,d statements by %,d agents through StatementStore.store, batches of "
                + "%,d, 2 threads, load %.2f%n", statements, agents, maxBatch, load());
        JsonNode authority = JSON.readTree("{\"objectType\":\"Agent\",\"name\":\"bench\",\"account\":"
                + "{\"homePage\":\"http://127.0.0.1/xapi\",\"name\":\"bench\"}}");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> loaders = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            loaders.add(pool.submit(() -> {
                java.util.Random random = new java.util.Random();
                for (int from = next.getAndAdd(maxBatch); from < statements; from = next.getAndAdd(maxBatch)) {
                    List<ReceivedStatement> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(statements, from + maxBatch); i++) {
                        ObjectNode statement = statement(run + "-agent-" + random.nextInt(agents), random.nextInt(400));
                        batch.add(ReceivedStatement.check(statement, -1));
                    }
                    store.store(batch, Map.of(), authority);
                    int total = done.addAndGet(batch.size());
                    if (total % 100_000 < maxBatch) {
                        System.out.printf("  %,9d stored, %,6.0f statements/s, load %.2f, file %,d bytes%n", total,
                                total / ((System.nanoTime() - start) / 1e9), load(), size(durable.file()));
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> loader : loaders) {
            loader.get();
        }
        pool.shutdown();
        long loadNanos = System.nanoTime() - start;
        long held = store.count();
        long bytes = size(durable.file());
        System.out.printf("embedded  loaded %,d in %.0f s: %,.0f statements/s; store holds %,d statements; on disk "
                + "%,d bytes: %,.0f bytes/statement (file open)%n", statements, loadNanos / 1e9,
                statements / (loadNanos / 1e9), held, bytes, bytes / (double) held);
        System.out.printf("embedded  longest write-lock hold (batches of %,d at up to %,d statements): %,d ms%n",
                maxBatch, held, store.longestWriteLockHold().toMillis());

        java.util.Random random = new java.util.Random(17);
        List<Long> loadedAgent = new ArrayList<>();
        List<Long> oneAgentEmbedded = new ArrayList<>();
        List<Long> oneAgentReal = new ArrayList<>();
        int found = 0;
        for (int q = 0; q < queries; q++) {
            String activity = activityId(random.nextInt(400));
            String someone = "{\"mbox\":\"mailto:bench-" + run + "-agent-" + random.nextInt(agents) + "@kota.go.id\"}";
            found += timedGet(http, durable, someone, activity, loadedAgent);
            timedGet(http, durable, runAgent, activity, oneAgentEmbedded);
            timedGet(http, real, runAgent, activity, oneAgentReal);
        }
        System.out.printf("embedded  GET agent+activity, a loaded agent (%,d statements held), %d queries: p95 %,.1f ms, "
                + "%.1f statements a query, load %.2f%n", held, queries, p95(loadedAgent) / 1e6,
                found / (double) queries, load());
        System.out.printf("embedded  GET agent+activity, the run's agent (%,d statements held), %d queries: p95 %,.1f ms%n",
                held, queries, p95(oneAgentEmbedded) / 1e6);
        System.out.printf("real LRS  GET agent+activity, the run's agent (only the run's statements held), %d queries: "
                + "p95 %,.1f ms%n", queries, p95(oneAgentReal) / 1e6);

        byte[] largest = batches(run + "-largest", maxBatch, maxBatch).get(0);
        byte[] one = batches(run + "-one", 1, 1).get(0);
        java.util.concurrent.CompletableFuture<Long> big = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                long sent = System.nanoTime();
                post(http, durable, List.of(largest), 1);
                return System.nanoTime() - sent;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long oneNanos = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                long sent = System.nanoTime();
                post(http, durable, List.of(one), 1);
                return System.nanoTime() - sent;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, java.util.concurrent.CompletableFuture.delayedExecutor(20, java.util.concurrent.TimeUnit.MILLISECONDS))
                .get();
        System.out.printf("embedded  POST of %,d statements took %,d ms; a one-statement POST sent 20 ms after it "
                + "took %,d ms; longest write-lock hold of the run %,d ms%n", maxBatch, big.get() / 1_000_000,
                oneNanos / 1_000_000, store.longestWriteLockHold().toMillis());
    }

    private static int timedGet(HttpClient http, Target target, String agent, String activity, List<Long> nanos)
            throws Exception {
        URI uri = URI.create(target.endpoint().resolve("statements") + "?limit=100&agent="
                + java.net.URLEncoder.encode(agent, StandardCharsets.UTF_8) + "&activity="
                + java.net.URLEncoder.encode(activity, StandardCharsets.UTF_8));
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request(target, uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        nanos.add(System.nanoTime() - sent);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.name() + " answered GET with " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("statements").size();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Target embedded(String name, ConfigurableApplicationContext bridge, Path file) {
        int port = bridge.getEnvironment().getProperty("local.server.port", Integer.class);
        return new Target(name, URI.create("http://127.0.0.1:" + port + "/xapi/"), basic("bench", "bench-secret"),
                file);
    }

    /** Bytes of the files under {@code directory} (the H2 store and its lock). */
    private static long size(Path directory) throws java.io.IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double p95(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static ConfigurableApplicationContext startBridge(Path state, String urlSettings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", String.valueOf(PORTS.getAndUpdate(port -> port == 0 ? 0 : port + 1)));
        properties.put("jembatan.state.jdbc-url", "jdbc:h2:file:" + state.toAbsolutePath() + urlSettings);
        properties.put("jembatan.internal.schedules-enabled", "false");
        properties.put("jembatan.lrs.embedded.clients[0].username", "bench");
        properties.put("jembatan.lrs.embedded.clients[0].password", "bench-secret");
        return new SpringApplicationBuilder(JembatanApplication.class).web(WebApplicationType.SERVLET)
                .properties(properties).run();
    }

    /** Statements shaped like the bridge's course completions, by one agent per run, as JSON batch bodies. */
    private static List<byte[]> batches(String run, int statements, int batch) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < statements; from += batch) {
            ArrayNode array = JSON.createArrayNode();
            for (int i = from; i < Math.min(statements, from + batch); i++) {
                array.add(statement(run, i % 400));
            }
            bodies.add(JSON.writeValueAsBytes(array));
        }
        return bodies;
    }

    /** A course completion of agent {@code mailto:bench-<who>@kota.go.id} in course {@code course}. */
    private static ObjectNode statement(String who, int course) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.putObject("actor").put("objectType", "Agent").put("name", "ASN Uji")
                .put("mbox", "mailto:bench-" + who + "@kota.go.id");
        statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/completed")
                .putObject("display").put("id-ID", "menyelesaikan");
        ObjectNode object = statement.putObject("object").put("objectType", "Activity").put("id", activityId(course));
        object.putObject("definition").put("type", "http://adlnet.gov/expapi/activities/course")
                .putObject("name").put("id-ID", "Pelatihan " + course);
        statement.putObject("result").put("completion", true).put("duration", "PT6H");
        ObjectNode context = statement.putObject("context").put("platform", "Moodle").put("language", "id-ID");
        context.putObject("extensions").put("https://jembatan.id/xapi/extensions/jp", 8);
        statement.put("timestamp", "2025-03-01T09:15:00+07:00");
        return statement;
    }

    private static String activityId(int course) {
        return "https://elearning.kota.go.id/course/view.php?id=" + course;
    }

    /** How long sending took, and each request. */
    private record Posted(long nanos, List<Long> requestNanos) {
    }

    /** Sends the bodies from {@code clients} threads, each taking the next body when its last one was answered. */
    private static Posted post(HttpClient http, Target target, List<byte[]> bodies, int clients) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> requestNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(request(target, target.endpoint()
                                .resolve("statements")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        requestNanos.add(System.nanoTime() - sent);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(target.name() + " answered POST with "
                                    + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Posted(System.nanoTime() - start, List.copyOf(requestNanos));
    }

    private static int page(HttpClient http, Target target, String agent, int limit) throws Exception {
        URI next = URI.create(target.endpoint().resolve("statements") + "?ascending=true&limit=" + limit + "&agent="
                + java.net.URLEncoder.encode(agent, StandardCharsets.UTF_8));
        URI origin = URI.create(target.endpoint().getScheme() + "://" + target.endpoint().getRawAuthority());
        int read = 0;
        while (next != null) {
            HttpResponse<String> response = http.send(request(target, next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(target.name() + " answered GET with " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode result = JSON.readTree(response.body());
            read += result.get("statements").size();
            String more = result.path("more").asText("");
            if (more.isEmpty()) {
                next = null;
            } else {
                // xapi-statements writes the agent filter into more as [object Object]; put the real one back
                String repaired = more.replaceAll("agent=[^&]*", "agent="
                        + java.net.URLEncoder.encode(agent, StandardCharsets.UTF_8).replace("+", "%20"));
                next = URI.create(origin + repaired);
            }
        }
        return read;
    }

    private static HttpRequest.Builder request(Target target, URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", target.authorization())
                .header("X-Experience-API-Version", "1.0.3");
    }

    private static double rate(long[] statementsAndNanos) {
        return statementsAndNanos[0] / (statementsAndNanos[1] / 1e9);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String header(String title) {
        Runtime runtime = Runtime.getRuntime();
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        } catch (java.io.IOException e) {
            // not Linux
        }
        return "=== " + title + " ===\n"
                + "date     " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "machine  " + runtime.availableProcessors() + " cpus, " + cpu + "\n"
                + "java     " + System.getProperty("java.version") + ", max heap " + runtime.maxMemory() / (1 << 20)
                + " MiB\n"
                + "load     " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " (1-min load average at start)";
    }
}
