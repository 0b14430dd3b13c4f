package id.jembatan.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code ./mvnw -B -pl tests verify -Pbenchmark -Dbenchmark=<name>}: runs one benchmark by name in
 * this JVM (started by the profile with {@code -Xmx256m -Dsun.net.httpserver.nodelay=true}).
 */
public final class Benchmarks {

    private static final Map<String, Benchmark> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("learning-throughput", LearningThroughputBenchmark::main);
        BY_NAME.put("lrs-delivery", LrsDeliveryBenchmark::main);
        BY_NAME.put("learning-latency", LearningLatencyBenchmark::main);
        BY_NAME.put("hr-profiles", id.jembatan.benchmark.profiles.HrProfilesBenchmark::main);
        BY_NAME.put("lrs-credits", id.jembatan.benchmark.credits.CreditsBenchmark::main);
        BY_NAME.put("statement-store", id.jembatan.benchmark.store.StatementStoreBenchmark::main);
        BY_NAME.put("moodle-latency", id.jembatan.e2e.MoodleLatencyBenchmark::main);
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !BY_NAME.containsKey(args[0])) {
            System.err.println("usage: Benchmarks <" + String.join("|", BY_NAME.keySet()) + ">");
            System.exit(2);
        }
        BenchmarkSupport.requireNoDelaySink();
        BenchmarkSupport.quietLogs();
        BY_NAME.get(args[0]).run(new String[0]);
        System.exit(0);
    }

    @FunctionalInterface
    private interface Benchmark {
        void run(String[] args) throws Exception;
    }
}
