package id.jembatan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.flow.learning.LearningPass;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import id.jembatan.support.moodlelog.SyntheticLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark 2: the bridge's delivery rate to the real LRS (xapi-statements, {@code scripts/peers.sh}) divided by the
 * rate of a raw POST loop of the same statements, pre-built in batches of 100, to the same LRS in the same run.
 *
 * <p>The statements are the bridge's own: a shadow bridge in the same JVM reads the same rows with its own state
 * store and sends to a local sink; what it sent for a round is replayed by the raw loop with fresh statement ids (a
 * StatementRef follows its target's new id) just before the real bridge sends the same statements. The LRS slows
 * as its in-memory store grows, so the measurements alternate in short rounds, raw, bridge, raw, ..., raw, and each
 * bridge round is compared with the raw rounds just before and just after it.
 *
 * <p>Settings: {@code rows} per round (2,000), {@code rounds} of the bridge (10), {@code warmup-rows} (30,000, to
 * the local sink), {@code page-size} (500), {@code lrs-batch} (100). The LRS: {@code JEMBATAN_PEERS_LRS_ENDPOINT},
 * {@code _USERNAME}, {@code _PASSWORD} (default {@code http://127.0.0.1:8090/xAPI/}, {@code jembatan},
 * {@code jembatan-secret}).
 */
public final class LrsDeliveryBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LrsDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = BenchmarkSupport.setting("rows", 2_000);
        int rounds = BenchmarkSupport.setting("rounds", 10);
        int pageSize = BenchmarkSupport.setting("page-size", 500);
        int lrsBatch = BenchmarkSupport.setting("lrs-batch", 100);
        int warmupRows = BenchmarkSupport.setting("warmup-rows", 30_000);
        URI endpoint = URI.create(BenchmarkSupport.env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"));
        String user = BenchmarkSupport.env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan");
        String password = BenchmarkSupport.env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret");
        System.out.println(BenchmarkSupport.header("lrs-delivery: bridge vs raw POST loop, real LRS " + endpoint));
        requireReachable(endpoint, user, password);
        System.out.printf("settings rows per round %,d (100%% learning events), bridge rounds %d between %d raw rounds,"
                + " page size %d, LRS batch %d%n", rows, rounds, rounds + 1, pageSize, lrsBatch);
        Path work = Files.createTempDirectory("jembatan-lrs-delivery");
        SandboxData data = SandboxData.synthetic(500, 20, 7);
        StepTimings timings = new StepTimings();
        List<RawPost.Outcome> raws = new ArrayList<>();
        List<RawPost.Outcome> bridges = new ArrayList<>();
        List<Double> deliverShares = new ArrayList<>();
        Replay replay = new Replay();
        try (EmbeddedPostgres postgres = MoodleLogDatabases.startEmbeddedPostgres();
             MoodleSandbox moodle = MoodleSandbox.start(data);
             DiscardingLrs sink = DiscardingLrs.start()) {
            MoodleLogTable log = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL)
                    .create();
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");
            InProcessBridge.Peers toSink = new InProcessBridge.Peers(moodle, jdbc, "postgres", "postgres",
                    log.prefix(), sink.endpoint(), "bench", "bench",
                    InProcessBridge.StateStore.h2File(work.resolve("state-shadow")));
            InProcessBridge.Peers toLrs = new InProcessBridge.Peers(moodle, jdbc, "postgres", "postgres",
                    log.prefix(), endpoint, user, password,
                    InProcessBridge.StateStore.h2File(work.resolve("state-lrs")));
            RawPost raw = new RawPost(endpoint.resolve("statements"), user, password);
            long seed = System.nanoTime();
            warmUp(moodle, postgres, sink, data, work, warmupRows, pageSize, lrsBatch);
            try (InProcessBridge shadow = InProcessBridge.start(toSink, settings(pageSize, lrsBatch), null, null);
                 InProcessBridge bridge = InProcessBridge.start(toLrs, settings(pageSize, lrsBatch), timings, null)) {
                log.appendSynthetic(spec(rows, data, seed));
                List<byte[]> warmBodies = capture(shadow, sink);
                RawPost.Outcome warmRaw = raw.prebuilt(replay.freshIds(warmBodies), replay.statements());
                long warmStart = System.nanoTime();
                LearningPass warmPass = bridge.runLivePass();
                System.out.printf("warm-up  raw %,.0f statements/s; bridge %,.0f statements/s (%s); %,d bytes per"
                        + " statement%n", warmRaw.perSecond(), warmPass.delivered() / BenchmarkSupport.seconds(
                                System.nanoTime() - warmStart), warmPass.summary(), sink.bytes() / sink.statements());
                for (int round = 1; round <= rounds + 1; round++) {
                    log.appendSynthetic(spec(rows, data, seed + round));
                    List<byte[]> bodies = replay.freshIds(capture(shadow, sink));
                    long rawCpu = BenchmarkSupport.processCpuNanos();
                    RawPost.Outcome rawRound = raw.prebuilt(bodies, replay.statements());
                    rawCpu = BenchmarkSupport.processCpuNanos() - rawCpu;
                    raws.add(rawRound);
                    System.out.printf("raw    %2d  %,6.0f statements/s (%,d in %.2f s, %d POSTs; JVM cpu %.2f s)%n",
                            round, rawRound.perSecond(), rawRound.statements(),
                            BenchmarkSupport.seconds(rawRound.nanos()), rawRound.requests(),
                            BenchmarkSupport.seconds(rawCpu));
                    if (round > rounds) {
                        break;
                    }
                    timings.reset();
                    long bridgeCpu = BenchmarkSupport.processCpuNanos();
                    long start = System.nanoTime();
                    LearningPass pass = bridge.runLivePass();
                    long nanos = System.nanoTime() - start;
                    bridgeCpu = BenchmarkSupport.processCpuNanos() - bridgeCpu;
                    if (pass.deadLettered() > 0 || pass.delivered() != rawRound.statements()) {
                        System.out.println("warning: the bridge did not send what the raw loop sent: "
                                + pass.summary());
                    }
                    RawPost.Outcome bridgeRound = new RawPost.Outcome(pass.delivered(), 0, nanos);
                    bridges.add(bridgeRound);
                    double seconds = BenchmarkSupport.seconds(nanos);
                    deliverShares.add(timings.seconds().getOrDefault("lrs.deliver", 0.0) / seconds);
                    System.out.printf("bridge %2d  %,6.0f statements/s (%,d in %.2f s; JVM cpu %.2f s); steps %s%n",
                            round, bridgeRound.perSecond(), pass.delivered(), seconds,
                            BenchmarkSupport.seconds(bridgeCpu), steps(timings, seconds));
                }
            }
        }
        summary(raws, bridges, deliverShares);
    }

    /**
     * Compiles the pipeline's code before measuring: a pass over rows of another table to the local sink, in a third
     * application instance (the code is the same classes in this JVM). Without it the bridge's first rounds spend
     * their CPU in the JIT compiler, which on two shared cores slows the LRS too.
     */
    private static void warmUp(MoodleSandbox moodle, EmbeddedPostgres postgres, DiscardingLrs sink, SandboxData data,
                               Path work, int rows, int pageSize, int lrsBatch) {
        MoodleLogTable table = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL,
                "warm_").create();
        table.appendSynthetic(spec(rows, data, 3));
        InProcessBridge.Peers peers = new InProcessBridge.Peers(moodle, postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", "postgres", table.prefix(), sink.endpoint(), "bench", "bench",
                InProcessBridge.StateStore.h2File(work.resolve("state-warm")));
        long start = System.nanoTime();
        try (InProcessBridge warm = InProcessBridge.start(peers, settings(pageSize, lrsBatch), null, null)) {
            LearningPass pass = warm.runLivePass();
            System.out.printf("warm-up  JIT: %s to the local sink in %.1f s%n", pass.summary(),
                    BenchmarkSupport.seconds(System.nanoTime() - start));
        }
    }

    /** What the shadow bridge sends for the rows appended since its last pass: the bodies the real one will send. */
    private static List<byte[]> capture(InProcessBridge shadow, DiscardingLrs sink) {
        sink.capture();
        shadow.runLivePass();
        return sink.stopCapture();
    }

    /**
     * Each bridge round against the raw rounds just before and after it. The LRS's time per statement grows with its
     * store, about linearly over a few thousand statements, so the raw time per statement at the bridge round is the
     * mean of its neighbours' times per statement (not of their rates).
     */
    private static void summary(List<RawPost.Outcome> raws, List<RawPost.Outcome> bridges,
                                List<Double> deliverShares) {
        List<Double> ratios = new ArrayList<>();
        double bracketSeconds = 0;
        double bridgeSeconds = 0;
        for (int i = 0; i < bridges.size(); i++) {
            double rawPerStatement = (perStatement(raws.get(i)) + perStatement(raws.get(i + 1))) / 2;
            double bridgePerStatement = perStatement(bridges.get(i));
            ratios.add(rawPerStatement / bridgePerStatement);
            bracketSeconds += rawPerStatement * bridges.get(i).statements();
            bridgeSeconds += bridgePerStatement * bridges.get(i).statements();
        }
        Stats raw = new Stats(raws.stream().map(RawPost.Outcome::perSecond).toList());
        Stats bridge = new Stats(bridges.stream().map(RawPost.Outcome::perSecond).toList());
        Stats ratio = new Stats(ratios);
        long posted = raws.stream().mapToLong(RawPost.Outcome::statements).sum()
                + bridges.stream().mapToLong(RawPost.Outcome::statements).sum();
        System.out.println("--- result: lrs-delivery ---");
        System.out.println("raw POST loop        " + raw.summary("%,.0f") + " statements/s");
        System.out.println("bridge               " + bridge.summary("%,.0f") + " statements/s");
        System.out.println("bridge / raw around  " + ratio.summary("%.3f") + " per round; pooled "
                + String.format("%.3f", bracketSeconds / bridgeSeconds) + "   target ≥ 0.95: "
                + (ratio.median() >= 0.95 ? "MET" : "NOT MET"));
        System.out.println("share of the bridge's pass spent in lrs.deliver " + new Stats(deliverShares)
                .summary("%.3f"));
        System.out.printf("statements this run stored in the LRS: %,d measured (plus the warm-up)%n", posted);
    }

    private static double perStatement(RawPost.Outcome outcome) {
        return BenchmarkSupport.seconds(outcome.nanos()) / outcome.statements();
    }

    private static String steps(StepTimings timings, double seconds) {
        StringBuilder text = new StringBuilder();
        timings.seconds().forEach((step, s) -> text.append(String.format("%s %.2f s (%.1f%%) ", step, s,
                100 * s / seconds)));
        return text.toString().strip();
    }

    /**
     * Gives replayed statements fresh ids, so that the LRS stores them beside the bridge's own, and points each
     * StatementRef (a voiding) at the fresh id of its target when the raw loop replayed that target before: the raw
     * loop's statements refer to each other as the bridge's do.
     */
    private static final class Replay {

        private final Map<String, String> renamed = new HashMap<>();
        private long statements;

        List<byte[]> freshIds(List<byte[]> bodies) throws IOException {
            List<ArrayNode> batches = new ArrayList<>();
            statements = 0;
            for (byte[] body : bodies) {
                ArrayNode batch = (ArrayNode) JSON.readTree(body);
                for (JsonNode statement : batch) {
                    String fresh = UUID.randomUUID().toString();
                    renamed.put(statement.path("id").asText(), fresh);
                    ((ObjectNode) statement).put("id", fresh);
                    statements++;
                }
                batches.add(batch);
            }
            List<byte[]> result = new ArrayList<>();
            for (ArrayNode batch : batches) {
                for (JsonNode statement : batch) {
                    JsonNode object = statement.path("object");
                    String target = renamed.get(object.path("id").asText());
                    if ("StatementRef".equals(object.path("objectType").asText()) && target != null) {
                        ((ObjectNode) object).put("id", target);
                    }
                }
                result.add(JSON.writeValueAsBytes(batch));
            }
            return result;
        }

        /** How many statements the last {@link #freshIds} held. */
        long statements() {
            return statements;
        }
    }

    private static SyntheticLog spec(int rows, SandboxData data, long seed) {
        return SyntheticLog.rows(rows).withUserIds(data.learnerIds()).withCourseIds(data.courseIds())
                .withLearningShare(1.0).withSeed(seed);
    }

    private static Map<String, Object> settings(int pageSize, int lrsBatch) {
        return Map.of("jembatan.flows.moodle-learning.batch-size", Integer.toString(pageSize),
                "jembatan.lrs.batch-size", Integer.toString(lrsBatch));
    }

    /** Fails fast when the LRS does not answer or refuses the credentials. */
    static void requireReachable(URI endpoint, String user, String password) {
        LrsClient client = new LrsClient(LrsConfig.of(endpoint, user, password));
        try {
            client.query(StatementQuery.builder().limit(1).build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("the real LRS at " + endpoint + " does not answer (start it with"
                    + " scripts/peers.sh start): " + e.getMessage(), e);
        }
    }
}
