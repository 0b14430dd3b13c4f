package id.jembatan.benchmark.credits;

import id.jembatan.benchmark.HeapWatch;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.credits.CreditPass;
import id.jembatan.flow.credits.CreditSource;
import id.jembatan.flow.credits.LrsCreditsRoutes;
import id.jembatan.flow.credits.SummaryRefresh;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The {@code lrs-credits} benchmark: {@code statements} (1,000,000) {@code completed} statements of {@code asn}
 * (10,000) ASN served by {@link FastStatementLrs} in this JVM, the real application booted in this JVM with its
 * default H2 state store (the credit ledger) and SIMPEG on an embedded PostgreSQL (riwayat diklat), and two passes as
 * {@code run lrs-credits} sends them: the first, which credits everything, and a second with nothing new. Prints wall
 * time, statements per second, heap, and whether a {@link SummaryRefresh} (yearly aggregates) took part.
 *
 * <p>Settings ({@code -Dbenchmark.<name>}): {@code statements} (1,000,000), {@code asn} (10,000), {@code page-size}
 * (1,000), {@code state} ({@code h2}, the default store; or {@code postgresql}: a database in the embedded
 * PostgreSQL that also holds SIMPEG), {@code state-url-suffix} (appended to the state store's JDBC URL, e.g.
 * {@code &reWriteBatchedInserts=false} or {@code ;WRITE_DELAY=2000}). With the PostgreSQL state store the first pass is followed by the
 * {@link StorageFloor}: the same rows copied by the server alone, the least this machine needs to store them.
 */
public final class CreditsBenchmark {

    private CreditsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        long statements = Long.getLong("benchmark.statements", 1_000_000);
        int asn = Integer.getInteger("benchmark.asn", 10_000);
        int pageSize = Integer.getInteger("benchmark.page-size", 1_000);
        System.out.println(header());
        Path work = Files.createTempDirectory("lrs-credits-benchmark");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            long start = System.nanoTime();
            List<String> nips = new ArrayList<>();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
                new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, asn, 0);
                connection.createStatement().execute("ANALYZE");
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT nip FROM asn ORDER BY nip")) {
                    while (rows.next()) {
                        nips.add(rows.getString(1));
                    }
                }
            }
            System.out.printf("simpeg   %,d ASN generated in %.1f s (embedded PostgreSQL)%n", nips.size(),
                    (System.nanoTime() - start) / 1e9);
            String state;
            String urlSuffix = System.getProperty("benchmark.state-url-suffix", "");
            if ("postgresql".equals(System.getProperty("benchmark.state", "h2"))) {
                try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                    connection.createStatement().execute("CREATE DATABASE jembatan_state");
                }
                state = postgres.getJdbcUrl("postgres", "jembatan_state") + urlSuffix;
                System.out.println("state    " + state + " (PostgreSQL state store, the same embedded server as SIMPEG)");
            } else {
                state = "jdbc:h2:file:" + work.resolve("state").toAbsolutePath() + urlSuffix;
                System.out.println("state    " + state + " (the default H2 state store: the credit ledger)");
            }
            StepTimings timings = new StepTimings();
            try (FastStatementLrs lrs = new FastStatementLrs(nips, statements);
                    ConfigurableApplicationContext bridge = boot(postgres, lrs, state, pageSize, timings)) {
                boolean summary = !bridge.getBeansOfType(SummaryRefresh.class).isEmpty();
                System.out.printf("lrs      %,d statements, pages of %,d; SummaryRefresh (yearly aggregates): %s%n",
                        statements, pageSize, summary ? timings.summaryClass() : "none in the application");
                double first = pass("1: first pass", bridge, lrs, postgres, timings);
                if (!state.startsWith("jdbc:h2:")) {
                    StorageFloor.Result floor = StorageFloor.measure(
                            postgres.getDatabase("postgres", "jembatan_state"), postgres.getPostgresDatabase());
                    System.out.println("--- storage floor (the same rows copied by the server, see StorageFloor) ---");
                    System.out.println("floor    " + floor);
                    System.out.printf("ratio    first pass / floor = %.2f%n", first / floor.wallSeconds());
                }
                pass("2: nothing new", bridge, lrs, postgres, timings);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** @return the pass's wall seconds */
    private static double pass(String name, ConfigurableApplicationContext bridge, FastStatementLrs lrs,
                             EmbeddedPostgres postgres, StepTimings timings) throws SQLException {
        System.gc();
        timings.reset();
        CreditSource source = bridge.getBean(CreditSource.class);
        ProducerTemplate template = bridge.getBean(ProducerTemplate.class);
        long servedBefore = lrs.served();
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        CreditPass pass = template.requestBody(LrsCreditsRoutes.PASS, source.start(), CreditPass.class);
        long nanos = System.nanoTime() - start;
        HeapWatch.Report report = heap.stop();
        long rows;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM riwayat_diklat")) {
            count.next();
            rows = count.getLong(1);
        }
        System.out.println("--- " + name + " ---");
        System.out.printf("wall     %.2f s, %,.0f statements/s%n", nanos / 1e9,
                (lrs.served() - servedBefore) / (nanos / 1e9));
        System.out.println("pass     " + pass.summary() + ", pages " + pass.pages());
        System.out.printf("simpeg   riwayat_diklat rows %,d%n", rows);
        System.out.println("heap     " + report);
        System.out.println("steps    wall time per step (write includes the ledger calls made in it)"
                + timings.report());
        return nanos / 1e9;
    }

    private static ConfigurableApplicationContext boot(EmbeddedPostgres postgres, FastStatementLrs lrs, String state,
                                                       int pageSize, StepTimings timings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.apache.camel.spring.boot", "ERROR");
        properties.put("jembatan.lrs.endpoint", lrs.endpoint().toString());
        properties.put("jembatan.lrs.username", "benchmark");
        properties.put("jembatan.lrs.password", "benchmark");
        properties.put("jembatan.simpeg.jdbc-url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("jembatan.simpeg.username", "postgres");
        properties.put("jembatan.simpeg.password", "postgres");
        properties.put("jembatan.state.jdbc-url", state);
        boolean h2 = state.startsWith("jdbc:h2:");
        properties.put("jembatan.state.username", h2 ? "sa" : "postgres");
        properties.put("jembatan.state.password", h2 ? "" : "postgres");
        properties.put("jembatan.flows.lrs-credits.page-size", Integer.toString(pageSize));
        properties.put("jembatan.internal.schedules-enabled", "false");
        return new SpringApplicationBuilder(JembatanApplication.class).web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkStepTimings", timings))
                .run();
    }

    private static String header() {
        Runtime runtime = Runtime.getRuntime();
        String cpu;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            cpu = "? (" + e.getMessage() + ")";
        }
        return "=== lrs-credits ===\n"
                + "date     " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "machine  " + runtime.availableProcessors() + " cpus, " + cpu + "\n"
                + "java     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + HeapWatch.mib(runtime.maxMemory()) + ", args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n"
                + "load     " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " (1-min load average at start)";
    }
}
