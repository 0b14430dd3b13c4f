package id.jembatan.support.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The shared poll and pass routes: what every pass logs, reports and carries in the MDC, and how a poll fails. */
class FlowRoutesTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final FlowSupervisor supervisor = new FlowSupervisor();
    private final List<PassReport> reports = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    /** A pass over {@code pages} pages of two records each; a page named in {@code failAt} throws. */
    public static final class Pass implements FlowPass {
        private final int pages;
        private final String failAt;
        private int page;
        private long read;
        private long delivered;
        final List<Map<String, String>> mdc = new ArrayList<>();

        Pass(int pages, String failAt) {
            this.pages = pages;
            this.failAt = failAt;
        }

        public boolean isMore() {
            return page < pages;
        }

        Pass advance() {
            mdc.add(MDC.getCopyOfContextMap());
            page++;
            if (String.valueOf(page).equals(failAt)) {
                throw new IllegalStateException("jembatan.test.setting is wrong");
            }
            read += 2;
            delivered += 1;
            return this;
        }

        @Override
        public PassCounts counts() {
            return new PassCounts(read, delivered, read - delivered, 0, 7);
        }

        @Override
        public String summary() {
            return "read " + read + ", delivered " + delivered;
        }
    }

    /** The one step of a page. */
    public static final class Steps {
        public Pass step(Pass pass) {
            return pass.advance();
        }
    }

    /** Makes the passes the poll sends. */
    public static final class Starter {
        volatile String failAt;

        public Pass start() {
            return new Pass(2, failAt);
        }
    }

    private final Starter starter = new Starter();

    @BeforeEach
    void routes() throws Exception {
        log.start();
        logger().addAppender(log);
        camel.getRegistry().bind("reports", (PassListener) reports::add);
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new FlowRoutes("test-flow", supervisor) {
            @Override
            public void configure() {
                poll("test-flow.poll", "timer:test-flow?period=3600000&delay=100", false,
                        new Start(starter, "start", "test.start-pass", "direct:test-flow.pass"));
                pages("direct:test-flow.pass", "test-flow.pass")
                        .bean(new Steps(), "step").id("test.step")
                        .end();
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        logger().detachAppender(log);
    }

    @Test
    void aPassCarriesFlowAndPassIdInTheMdcAndEndsWithOneLineOfCountsAndAReport() {
        MDC.put("flow", "outer");
        Pass pass = camel.createProducerTemplate().requestBody("direct:test-flow.pass", new Pass(2, null), Pass.class);

        assertThat(pass.mdc).hasSize(2).allSatisfy(mdc -> assertThat(mdc).containsEntry("flow", "test-flow")
                .containsKey("pass"));
        assertThat(pass.mdc.get(0).get("pass")).isEqualTo(pass.mdc.get(1).get("pass")).hasSize(8);
        assertThat(MDC.get("flow")).as("the caller's MDC is put back").isEqualTo("outer");
        assertThat(MDC.get("pass")).isNull();
        MDC.clear();

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.flow()).isEqualTo("test-flow");
            assertThat(report.routeId()).isEqualTo("test-flow.pass");
            assertThat(report.passId()).isEqualTo(pass.mdc.get(0).get("pass"));
            assertThat(report.succeeded()).isTrue();
            assertThat(report.counts().counts()).isEqualTo(new PassCounts(4, 2, 2, 0, 7));
        });
        assertThat(lines(Level.INFO)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("test-flow lintasan/pass " + pass.mdc.get(0).get("pass") + " selesai/done")
                .endsWith(": read 4, delivered 2"));
    }

    @Test
    void aFailedPassIsReportedWithItsFailureAndLoggedAtWarn() {
        assertThatThrownBy(() -> camel.createProducerTemplate().requestBody("direct:test-flow.pass",
                new Pass(3, "2"))).isInstanceOf(CamelExecutionException.class);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.succeeded()).isFalse();
            assertThat(report.failure()).hasMessage("jembatan.test.setting is wrong");
            assertThat(report.counts().counts().read()).isEqualTo(2);
        });
        assertThat(lines(Level.WARN)).singleElement().satisfies(line -> assertThat(line)
                .contains("test-flow lintasan/pass", "gagal/failed", "read 2, delivered 1",
                        "jembatan.test.setting is wrong"));
    }

    @Test
    void aFatalFailureOfAPollStopsItsRouteThroughTheControlBusAndTheSupervisorSaysWhy() throws Exception {
        starter.failAt = "1";
        camel.getRouteController().startRoute("test-flow.poll");

        await("the poll route stops").atMost(Duration.ofSeconds(10))
                .until(() -> camel.getRouteController().getRouteStatus("test-flow.poll") == ServiceStatus.Stopped);
        assertThat(supervisor.stopped("test-flow")).hasValueSatisfying(stopped -> {
            assertThat(stopped.routeId()).isEqualTo("test-flow.poll");
            assertThat(stopped.reason()).contains("jembatan.test.setting is wrong");
        });
        assertThat(supervisor.stopped()).containsOnlyKeys("test-flow");
        assertThat(camel.getRoute("test-flow.poll").getGroup()).isEqualTo("test-flow");
        assertThat(camel.getRoute("test-flow.pass").getGroup()).isEqualTo("test-flow");
    }

    private List<String> lines(Level level) {
        return new ArrayList<>(log.list).stream().filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(PassPolicy.class);
    }
}
