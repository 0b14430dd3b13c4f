package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded statement store on the default state store (an H2 file), through the built jar, under eight clients
 * POSTing batches of 100, killed with {@code kill -9} at several points and started again on the same file: every
 * statement the store answered 200 for is there afterwards, exactly once, also when a client sends a batch again
 * whose answer the kill cut off (docs/decisions/0015-durable-default-state-store.md).
 */
class EmbeddedStoreCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int BATCH = 100;
    private static final String USER = "mitra";
    private static final String PASSWORD = "rahasia-mitra";

    @TempDir
    Path workDir;

    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final Queue<byte[]> cutOff = new ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JarProcess.Running running;

    @Test
    void everyStatementAnswered200SurvivesAKillAtSeveralPointsAndIsStoredOnce() throws Exception {
        for (int more : new int[] {1_000, 3_000, 2_000}) {
            URI base = start();
            JarProcess.Running service = running;
            Load load = new Load(base);
            int before = answered.size();
            try {
                Awaitility.await().atMost(Duration.ofMinutes(2))
                        .until(() -> answered.size() >= before + more || load.failed() != null);
                assertThat(load.failed()).as("a POST before the kill: %s", String.join("\n", service.lines()))
                        .isNull();
            } finally {
                service.kill();
                load.stop();
            }
        }

        URI base = start();
        try {
            int resent = cutOff.size();
            for (byte[] batch : cutOff) {
                assertThat(post(base, batch)).as("a batch whose answer the kill cut off, sent again").isEqualTo(200);
            }
            List<String> stored = readAll(base);

            assertThat(answered).as("statements answered 200 before the kills").hasSizeGreaterThanOrEqualTo(6_000);
            assertThat(stored).as("no statement twice").doesNotHaveDuplicates();
            assertThat(stored).as("every statement answered 200, and those sent again").containsAll(answered)
                    .hasSize(answered.size() + resent * BATCH);
        } finally {
            running.kill();
        }
    }

    /** Starts the service on the state file of the test and waits until {@code /xapi/about} answers. */
    private URI start() throws Exception {
        int port = freePort();
        running = JarProcess.start(workDir,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--jembatan.internal.schedules-enabled=false",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath(),
                "--jembatan.lrs.embedded.clients[0].username=" + USER,
                "--jembatan.lrs.embedded.clients[0].password=" + PASSWORD);
        URI base = URI.create("http://127.0.0.1:" + port + "/xapi/");
        JarProcess.Running process = running;
        try {
            Awaitility.await().atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(base.resolve("about")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode() == 200 || !process.isAlive());
            assertThat(process.isAlive()).as(String.join("\n", process.lines())).isTrue();
        } catch (AssertionError | RuntimeException notStarted) {
            process.kill();
            throw notStarted;
        }
        return base;
    }

    /** Eight clients, each POSTing batches of 100 new statements one after the other until the service is gone. */
    private final class Load {

        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Thread> clients = new ArrayList<>();
        private volatile String failed;

        Load(URI base) {
            for (int c = 0; c < CLIENTS; c++) {
                Thread client = new Thread(() -> {
                    while (!stopped.get()) {
                        List<String> ids = new ArrayList<>();
                        byte[] batch = batch(ids);
                        int status;
                        try {
                            status = post(base, batch);
                        } catch (Exception killed) {
                            cutOff.add(batch);
                            return;
                        }
                        if (status == 200) {
                            answered.addAll(ids);
                        } else if (!stopped.get()) {
                            failed = "answered " + status;
                            return;
                        }
                    }
                }, "crash-test-client-" + c);
                client.setDaemon(true);
                clients.add(client);
                client.start();
            }
        }

        String failed() {
            return failed;
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            for (Thread client : clients) {
                client.join(30_000);
            }
        }
    }

    private int post(URI base, byte[] batch) throws Exception {
        return http.send(request(base.resolve("statements")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Every statement id the store holds, oldest first, following {@code more}. */
    private List<String> readAll(URI base) throws Exception {
        List<String> ids = new ArrayList<>();
        URI next = base.resolve("statements?ascending=true&limit=1000");
        while (next != null) {
            HttpResponse<String> response = http.send(request(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("statements").forEach(statement -> ids.add(statement.path("id").asText()));
            String more = page.path("more").asText("");
            next = more.isEmpty() ? null : base.resolve(more);
        }
        return ids;
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "1.0.3");
    }

    /** A batch of small completion statements with fresh ids, which it adds to {@code ids}. */
    private static byte[] batch(List<String> ids) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < BATCH; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            ObjectNode statement = array.addObject().put("id", id);
            statement.putObject("actor").put("objectType", "Agent")
                    .putObject("account").put("homePage", "https://simpeg.kota.go.id")
                    .put("name", String.format("1987031220100110%02d", i));
            statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/completed");
            statement.putObject("object").put("id", "https://elearning.kota.go.id/course/view.php?id=" + i);
            statement.put("timestamp", "2026-03-01T09:15:00Z");
        }
        try {
            return JSON.writeValueAsBytes(array);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
