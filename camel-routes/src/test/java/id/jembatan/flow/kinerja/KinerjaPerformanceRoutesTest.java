package id.jembatan.flow.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.kinerja.KinerjaRead;
import id.jembatan.hr.kinerja.KinerjaSource;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.InMemoryAuditLog;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled {@code kinerja-performance} poll and the {@code kinerja-recommendations} pass that follows it. */
class KinerjaPerformanceRoutesTest {

    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final AtomicInteger performancePasses = new AtomicInteger();
    private final AtomicInteger recommendationPasses = new AtomicInteger();
    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aFatalFailureOfTheRecommendationsStopsThatFlowOnlyAndThePerformancePollsGoOn() throws Exception {
        KinerjaSource performanceSource = counting(new ListSource(), performancePasses);
        KinerjaSource brokenForRecommendations = new KinerjaSource() {
            @Override
            public String kind() {
                return "list";
            }

            @Override
            public String describe() {
                return "list";
            }

            @Override
            public KinerjaRead open(String watermark, int pageSize) {
                recommendationPasses.incrementAndGet();
                throw KinerjaException.configuration("set jembatan.kinerja.token to a valid token");
            }
        };
        KinerjaSettings settings = new KinerjaSettings(URI.create("https://siasn.bkn.go.id"), null,
                URI.create("https://ekinerja.example"), KinerjaSettings.WIB, 10);
        PerformanceSteps performance = new PerformanceSteps(performanceSource, settings,
                new StatementDelivery(new LrsClient(LrsConfig.of(URI.create("http://127.0.0.1:9/xapi/"), "u", "p"))),
                new InMemoryIdempotencyStore(), deadLetters, watermarks);
        MoodleClient moodle = new MoodleClient(new MoodleClientConfig(URI.create("http://127.0.0.1:9"), "t",
                Duration.ofSeconds(1), Duration.ofSeconds(1)));
        RecommendationSteps recommendations = new RecommendationSteps(brokenForRecommendations, moodle, settings,
                new RecommendationSettings(RecommendationRules.parse("rules.csv", ""), 5, Duration.ofDays(90), false,
                        50), Clock.systemUTC(), new InMemoryIdempotencyStore(), deadLetters, watermarks,
                new InMemoryAuditLog());
        FlowSupervisor supervisor = new FlowSupervisor();
        camel = new DefaultCamelContext();
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new KinerjaPerformanceRoutes(performance, recommendations, supervisor, true, 20));
        camel.addRoutes(new KinerjaRecommendationsRoutes(recommendations, supervisor));
        AdviceWith.adviceWith(camel, "kinerja-performance.poll",
                route -> route.replaceFromWith("timer:kinerja-performance-test?period=20&delay=0"));
        camel.start();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                camel.getRouteController().getRouteStatus("kinerja-recommendations.poll") == ServiceStatus.Stopped);
        int afterStop = performancePasses.get();
        int recommendationsBeforeStop = recommendationPasses.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> performancePasses.get() >= afterStop + 3);

        assertThat(camel.getRouteController().getRouteStatus("kinerja-performance.poll"))
                .isEqualTo(ServiceStatus.Started);
        assertThat(recommendationPasses.get()).as("no recommendations pass once that flow stopped")
                .isEqualTo(recommendationsBeforeStop);
    }

    private static KinerjaSource counting(KinerjaSource source, AtomicInteger opened) {
        return new KinerjaSource() {
            @Override
            public String kind() {
                return source.kind();
            }

            @Override
            public String describe() {
                return source.describe();
            }

            @Override
            public KinerjaRead open(String watermark, int pageSize) {
                opened.incrementAndGet();
                return source.open(watermark, pageSize);
            }
        };
    }
}
