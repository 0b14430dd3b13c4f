package id.jembatan.benchmark;

import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.support.lrs.FakeLrs;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3: how long after a learning row appears in Moodle's log its statement can be read from the LRS (GET by
 * {@code statementId}), with the bridge running as a service in this JVM: schedules on, the default poll interval.
 * Rows are inserted one at a time at irregular intervals, as Moodle inserts them; a poller asks the LRS for every
 * pending statement every {@code check-ms}.
 *
 * <p>Settings: {@code events} (60), {@code min-gap-ms} (300), {@code max-gap-ms} (4,000), {@code check-ms} (20).
 * The LRS is the real one ({@code JEMBATAN_PEERS_LRS_*}, as for {@link LrsDeliveryBenchmark}); if it does not
 * answer, the in-memory {@link FakeLrs}, and the result says so.
 */
public final class LearningLatencyBenchmark {

    private static final List<String> EVENTS = List.of(LearningEvents.COURSE_COMPLETED,
            LearningEvents.QUIZ_ATTEMPT_SUBMITTED, LearningEvents.USER_ENROLMENT_CREATED,
            LearningEvents.USER_ENROLMENT_DELETED);

    private LearningLatencyBenchmark() {
    }

    private record Pending(long rowId, UUID statementId, long appearedNanos) {
    }

    public static void main(String[] args) throws Exception {
        int events = BenchmarkSupport.setting("events", 60);
        int minGap = BenchmarkSupport.setting("min-gap-ms", 300);
        int maxGap = BenchmarkSupport.setting("max-gap-ms", 4_000);
        int checkMillis = BenchmarkSupport.setting("check-ms", 20);
        System.out.println(BenchmarkSupport.header("learning-latency: log row → statement readable from the LRS"));
        URI endpoint = URI.create(BenchmarkSupport.env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"));
        String user = BenchmarkSupport.env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan");
        String password = BenchmarkSupport.env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret");
        FakeLrs fake = null;
        String lrsName = "real LRS (xapi-statements) at " + endpoint;
        try {
            LrsDeliveryBenchmark.requireReachable(endpoint, user, password);
        } catch (IllegalStateException e) {
            fake = new FakeLrs();
            endpoint = fake.endpoint();
            user = FakeLrs.USERNAME;
            password = FakeLrs.PASSWORD;
            lrsName = "FakeLrs (in-memory, this JVM) at " + endpoint + ", because " + e.getMessage();
        }
        System.out.printf("settings %d events, gaps %d–%d ms (uniform), LRS checked every %d ms; poll interval: the"
                + " default (jembatan.flows.moodle-learning.poll-interval 2 s); LRS: %s%n", events, minGap, maxGap,
                checkMillis, lrsName);
        Path work = Files.createTempDirectory("jembatan-latency");
        SandboxData data = SandboxData.synthetic(200, 10, 7);
        SplittableRandom random = new SplittableRandom(42);
        Map<Long, Pending> pending = new ConcurrentHashMap<>();
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(events);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try (EmbeddedPostgres postgres = MoodleLogDatabases.startEmbeddedPostgres();
             MoodleSandbox moodle = MoodleSandbox.start(data)) {
            MoodleLogTable log = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL)
                    .create();
            LrsClient lrs = new LrsClient(LrsConfig.of(endpoint, user, password));
            URI site = moodle.baseUrl();
            InProcessBridge.Peers peers = new InProcessBridge.Peers(moodle, postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres", log.prefix(), endpoint, user, password,
                    InProcessBridge.StateStore.h2File(work.resolve("state")));
            try (InProcessBridge bridge = InProcessBridge.start(peers,
                    Map.of("jembatan.internal.schedules-enabled", "true"), null, null)) {
                scheduler.scheduleWithFixedDelay(() -> {
                    for (Pending each : List.copyOf(pending.values())) {
                        if (lrs.get(each.statementId()).isPresent()) {
                            latencies.add((System.nanoTime() - each.appearedNanos()) / 1e6);
                            pending.remove(each.rowId());
                            done.countDown();
                        }
                    }
                }, 0, checkMillis, TimeUnit.MILLISECONDS);
                long offset = 3_000;
                for (int i = 0; i < events; i++) {
                    String event = EVENTS.get(random.nextInt(EVENTS.size()));
                    long learner = data.learnerIds().get(random.nextInt(data.learnerIds().size()));
                    long course = data.courseIds().get(random.nextInt(data.courseIds().size()));
                    scheduler.schedule(() -> {
                        long rowId = log.appendNow(event, learner, course);
                        pending.put(rowId, new Pending(rowId, StatementIds.forLogRow(site, rowId), System.nanoTime()));
                    }, offset, TimeUnit.MILLISECONDS);
                    offset += minGap + random.nextInt(maxGap - minGap + 1);
                }
                long deadline = offset + 30_000;
                if (!done.await(deadline, TimeUnit.MILLISECONDS)) {
                    System.out.println("warning: " + pending.size() + " statements never became readable: "
                            + pending.keySet());
                }
            } finally {
                scheduler.shutdownNow();
            }
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
        Stats stats = new Stats(latencies);
        System.out.println("--- result: learning-latency ---");
        System.out.printf("LRS                 %s%n", lrsName);
        System.out.printf("statements read     %d of %d%n", stats.count(), events);
        System.out.printf("latency p50         %,.0f ms%n", stats.percentile(50));
        System.out.printf("latency p95         %,.0f ms%n", stats.percentile(95));
        System.out.printf("latency min / max   %,.0f / %,.0f ms (mean %,.0f ms)%n", stats.min(), stats.max(),
                latencies.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
}
