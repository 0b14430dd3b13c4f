package id.jembatan.benchmark;

import id.jembatan.flow.learning.LearningPass;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.support.moodlelog.MoodleLogDatabases;
import id.jembatan.support.moodlelog.MoodleLogTable;
import id.jembatan.support.moodlelog.SyntheticBatch;
import id.jembatan.support.moodlelog.SyntheticLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: a million synthetic learning rows in (embedded) PostgreSQL through the real application booted in
 * this JVM, to an HTTP sink that discards what it gets; against, in the same run, the ceiling: a plain loop that
 * builds, serializes and POSTs the same number of statements of the same shape to the same sink.
 *
 * <p>Settings ({@code -Dbenchmark.<name>}, given inside {@code -Dbenchmark.jvm}): {@code rows} (1,000,000),
 * {@code warmup-rows} (100,000), {@code rounds} (3), {@code page-size} ({@code jembatan.flows.moodle-learning.
 * batch-size}, 500), {@code lrs-batch} ({@code jembatan.lrs.batch-size}, 100), {@code users} (2,000),
 * {@code courses} (100), {@code state} ({@code h2}: a new H2 file per pass, the application's default kind of state
 * store; {@code postgres}: a new database in the embedded PostgreSQL).
 */
public final class LearningThroughputBenchmark {

    private static final int STATEMENTS_PER_POST = 100;

    private LearningThroughputBenchmark() {
    }

    /** One measured round: the ceiling and the pipeline, one after the other. */
    private record Round(RawPost.Outcome ceiling, long ceilingBytes, HeapWatch.Report ceilingHeap, long pipelineNanos,
                         LearningPass pass, long sinkStatements, long sinkBytes, HeapWatch.Report pipelineHeap,
                         Map<String, Double> steps, double sinkSeconds, String state, long pipelineCpuNanos) {

        double pipelineRate() {
            return sinkStatements / BenchmarkSupport.seconds(pipelineNanos);
        }

        double ratio() {
            return pipelineRate() / ceiling.perSecond();
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = BenchmarkSupport.setting("rows", 1_000_000);
        int warmupRows = BenchmarkSupport.setting("warmup-rows", 100_000);
        int rounds = BenchmarkSupport.setting("rounds", 3);
        int pageSize = BenchmarkSupport.setting("page-size", 500);
        int lrsBatch = BenchmarkSupport.setting("lrs-batch", 100);
        int users = BenchmarkSupport.setting("users", 2_000);
        int courses = BenchmarkSupport.setting("courses", 100);
        String state = BenchmarkSupport.setting("state", "h2");
        System.out.println(BenchmarkSupport.header("learning-throughput: Moodle log → bridge → discarding sink"));
        System.out.printf("settings rows %,d (100%% learning events), warm-up %,d, rounds %d, page size %d, LRS batch"
                + " %d, sandbox %,d learners × %d courses, state store %s (a fresh one per pass)%n", rows, warmupRows,
                rounds, pageSize, lrsBatch, users, courses, state.equals("postgres")
                        ? "a new database in the embedded PostgreSQL" : "a new H2 file (the default kind)");
        Path work = Files.createTempDirectory("jembatan-throughput");
        SandboxData data = SandboxData.synthetic(users, courses, 7);
        StepTimings timings = new StepTimings();
        StateTimings stateTimings = new StateTimings();
        List<Round> results = new ArrayList<>();
        try (EmbeddedPostgres postgres = MoodleLogDatabases.startEmbeddedPostgres();
             MoodleSandbox moodle = MoodleSandbox.start(data);
             DiscardingLrs sink = DiscardingLrs.start()) {
            MoodleLogTable warm = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL,
                    "warm_").create();
            MoodleLogTable log = new MoodleLogTable(postgres.getPostgresDatabase(), MoodleLogTable.Dialect.POSTGRESQL)
                    .create();
            long loadStart = System.nanoTime();
            warm.appendSynthetic(spec(warmupRows, data, 3));
            SyntheticBatch batch = log.appendSynthetic(spec(rows, data, 11));
            System.out.printf("loaded   %,d + %,d rows into embedded PostgreSQL %s in %.1f s (not timed below);"
                    + " events: %s%n", warmupRows, rows, postgres.getJdbcUrl("postgres", "postgres"),
                    BenchmarkSupport.seconds(System.nanoTime() - loadStart), batch.rowsByEvent());

            RawPost raw = new RawPost(sink.statementsResource(), "bench", "bench");
            URI site = moodle.baseUrl();
            InProcessBridge.Peers warmPeers = peers(moodle, postgres, warm, sink,
                    stateStore(state, postgres, work, "warmup"));
            long warmStart = System.nanoTime();
            try (InProcessBridge bridge = InProcessBridge.start(warmPeers, bridgeSettings(pageSize, lrsBatch),
                    timings, stateTimings)) {
                LearningPass pass = bridge.runLivePass();
                System.out.printf("warm-up  pipeline %s in %.1f s%n", pass.summary(),
                        BenchmarkSupport.seconds(System.nanoTime() - warmStart));
            }
            RawPost.Outcome warmCeiling = raw.ceiling(data, site, 10_000_000, warmupRows, STATEMENTS_PER_POST);
            System.out.printf("warm-up  ceiling %,.0f statements/s%n", warmCeiling.perSecond());

            for (int round = 1; round <= rounds; round++) {
                long ceilingBytesBefore = sink.bytes();
                HeapWatch ceilingWatch = HeapWatch.start();
                RawPost.Outcome ceiling = raw.ceiling(data, site, 20_000_000L * round, rows, STATEMENTS_PER_POST);
                HeapWatch.Report ceilingHeap = ceilingWatch.stop();
                long ceilingBytes = sink.bytes() - ceilingBytesBefore;

                InProcessBridge.Peers peers = peers(moodle, postgres, log, sink,
                        stateStore(state, postgres, work, "round" + round));
                try (InProcessBridge bridge = InProcessBridge.start(peers, bridgeSettings(pageSize, lrsBatch),
                        timings, stateTimings)) {
                    System.gc();
                    timings.reset();
                    stateTimings.reset();
                    long sinkBefore = sink.statements();
                    long bytesBefore = sink.bytes();
                    long sinkNanosBefore = sink.handlingNanos();
                    HeapWatch watch = HeapWatch.start();
                    long cpu = BenchmarkSupport.processCpuNanos();
                    long start = System.nanoTime();
                    LearningPass pass = bridge.runLivePass();
                    long nanos = System.nanoTime() - start;
                    cpu = BenchmarkSupport.processCpuNanos() - cpu;
                    HeapWatch.Report heap = watch.stop();
                    Round result = new Round(ceiling, ceilingBytes, ceilingHeap, nanos, pass,
                            sink.statements() - sinkBefore, sink.bytes() - bytesBefore, heap, timings.seconds(),
                            BenchmarkSupport.seconds(sink.handlingNanos() - sinkNanosBefore), stateTimings.summary(),
                            cpu);
                    results.add(result);
                    print(round, result);
                }
            }
        }
        summary(results, rows);
    }

    private static SyntheticLog spec(int rows, SandboxData data, long seed) {
        return SyntheticLog.rows(rows).withUserIds(data.learnerIds()).withCourseIds(data.courseIds())
                .withLearningShare(1.0).withSeed(seed);
    }

    /** A fresh state store: an H2 file under {@code work}, or a new database in the embedded PostgreSQL. */
    private static InProcessBridge.StateStore stateStore(String kind, EmbeddedPostgres postgres, Path work,
                                                         String name) throws SQLException {
        if (!kind.equals("postgres")) {
            return InProcessBridge.StateStore.h2File(work.resolve("state-" + name));
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE state_" + name);
        }
        return new InProcessBridge.StateStore(postgres.getJdbcUrl("postgres", "state_" + name), "postgres",
                "postgres");
    }

    private static InProcessBridge.Peers peers(MoodleSandbox moodle, EmbeddedPostgres postgres, MoodleLogTable table,
                                               DiscardingLrs sink, InProcessBridge.StateStore state) {
        return new InProcessBridge.Peers(moodle, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                table.prefix(), sink.endpoint(), "bench", "bench", state);
    }

    private static Map<String, Object> bridgeSettings(int pageSize, int lrsBatch) {
        return Map.of("jembatan.flows.moodle-learning.batch-size", Integer.toString(pageSize),
                "jembatan.lrs.batch-size", Integer.toString(lrsBatch));
    }

    private static void print(int round, Round r) {
        double seconds = BenchmarkSupport.seconds(r.pipelineNanos());
        System.out.printf("round %d  ceiling  %,9.0f statements/s (%,d in %.1f s; %d bytes per statement); %s%n",
                round, r.ceiling().perSecond(), r.ceiling().statements(),
                BenchmarkSupport.seconds(r.ceiling().nanos()), r.ceilingBytes() / r.ceiling().statements(),
                r.ceilingHeap());
        System.out.printf("round %d  pipeline %,9.0f statements/s (%,d in %.1f s, %,.0f rows/s; %s; %d bytes per"
                + " statement); %s%n", round, r.pipelineRate(), r.sinkStatements(), seconds,
                r.pass().read() / seconds, r.pass().summary(), r.sinkStatements() == 0 ? 0
                        : r.sinkBytes() / r.sinkStatements(), r.pipelineHeap());
        StringBuilder steps = new StringBuilder();
        r.steps().forEach((step, s) -> steps.append(String.format("%s %.1f s (%.0f%%), ", step, s, 100 * s / seconds)));
        System.out.printf("round %d  steps    %ssink handler %.1f s; ratio pipeline/ceiling %.2f%n", round, steps,
                r.sinkSeconds(), r.ratio());
        System.out.printf("round %d  state    %s%n", round, r.state());
        System.out.printf("round %d  cpu      this JVM %.1f s during the pass (%.2f of its %d cpus; the log's PostgreSQL"
                + " not included)%n", round, BenchmarkSupport.seconds(r.pipelineCpuNanos()),
                r.pipelineCpuNanos() / (double) r.pipelineNanos() / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void summary(List<Round> results, int rows) {
        if (results.isEmpty()) {
            return;
        }
        Stats ceiling = new Stats(results.stream().map(r -> r.ceiling().perSecond()).toList());
        Stats pipeline = new Stats(results.stream().map(Round::pipelineRate).toList());
        Stats ratio = new Stats(results.stream().map(Round::ratio).toList());
        Stats peak = new Stats(results.stream().map(r -> r.pipelineHeap().sampledPeak() / 1048576.0).toList());
        Stats afterGc = new Stats(results.stream().map(r -> r.pipelineHeap().afterGcPeak() / 1048576.0).toList());
        LearningPass last = results.get(results.size() - 1).pass();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.println("--- result: learning-throughput ---");
        System.out.printf("rows per pass       %,d read, %,d statements delivered, %,d skipped, %,d dead-lettered%n",
                last.read(), last.delivered(), last.skipped(), last.deadLettered());
        System.out.println("pipeline            " + pipeline.summary("%,.0f") + " statements/s");
        System.out.println("ceiling (same run)  " + ceiling.summary("%,.0f") + " statements/s");
        System.out.println("ratio per round     " + ratio.summary("%.2f") + "   target ≥ 0.50: "
                + (ratio.median() >= 0.5 ? "MET" : "NOT MET"));
        System.out.println("peak heap pipeline  " + peak.summary("%.0f") + " MiB in use (sampled, garbage included); "
                + afterGc.summary("%.0f") + " MiB left after a GC; max heap " + HeapWatch.mib(maxHeap));
        System.out.println("completed with max heap " + HeapWatch.mib(maxHeap) + ": yes, " + results.size()
                + " passes of " + String.format("%,d", rows) + " rows");
    }
}
