package id.jembatan.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What every benchmark prints first, and the settings they share. */
public final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    /**
     * The JDK's HTTP server stalls each answer about 40 ms without TCP_NODELAY (Nagle against delayed ACKs); the
     * property must be set before its first use, so it is set here when the command line did not.
     */
    static void requireNoDelaySink() {
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            System.err.println("warning: -Dsun.net.httpserver.nodelay=true was not given; setting it now");
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** An integer setting from {@code -Dbenchmark.<name>=...} (pass it in {@code -Dbenchmark.jvm}). */
    static int setting(String name, int fallback) {
        return Integer.getInteger("benchmark." + name, fallback);
    }

    public static String header(String title) {
        Runtime runtime = Runtime.getRuntime();
        return "=== " + title + " ===\n"
                + "date     " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "machine  " + runtime.availableProcessors() + " cpus, " + cpuModel().orElse("?") + "\n"
                + "java     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + HeapWatch.mib(runtime.maxMemory()) + ", args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n"
                + "load     " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " (1-min load average at start; other work shares the cpus)";
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A text setting from {@code -Dbenchmark.<name>=...}. */
    static String setting(String name, String fallback) {
        return System.getProperty("benchmark." + name, fallback);
    }

    /** Only warnings from the libraries started before the application (embedded PostgreSQL, WireMock). */
    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    /** An environment variable, or {@code fallback} when it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** CPU time this JVM has used, all threads. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
