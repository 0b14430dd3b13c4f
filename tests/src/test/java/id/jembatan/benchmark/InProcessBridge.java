package id.jembatan.benchmark;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.learning.LearningPass;
import id.jembatan.flow.learning.LogTail;
import id.jembatan.flow.learning.MoodleLearningRoutes;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application booted in this JVM, configured like {@code MoodleLearningEndToEnd.bridge(...)}: Moodle's log
 * in a database, the sandbox Moodle, an LRS, and a fresh H2 file as state store.
 */
final class InProcessBridge implements AutoCloseable {

    /** Where the bridge reads, writes and keeps its state. */
    record Peers(MoodleSandbox moodle, String logJdbcUrl, String logUser, String logPassword, String tablePrefix,
                 URI lrsEndpoint, String lrsUser, String lrsPassword, StateStore state) {
    }

    /** The bridge's state store: a JDBC URL and its account. */
    record StateStore(String jdbcUrl, String user, String password) {

        /** A new H2 file, the application's default kind of state store. */
        static StateStore h2File(Path file) {
            return new StateStore("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        }
    }

    private final ConfigurableApplicationContext context;

    private InProcessBridge(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Boots the application.
     *
     * @param extra      further properties (batch sizes, {@code jembatan.internal.schedules-enabled}, ...)
     * @param timings    step timings to register with Camel, or null
     * @param state      state store timings, or null
     */
    static InProcessBridge start(Peers peers, Map<String, Object> extra, StepTimings timings, StateTimings state) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.apache.camel.spring.boot", "ERROR");
        properties.put("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
        properties.put("jembatan.moodle.url", peers.moodle().baseUrl().toString());
        properties.put("jembatan.moodle.token", peers.moodle().token());
        properties.put("jembatan.moodle.log-jdbc-url", peers.logJdbcUrl());
        properties.put("jembatan.moodle.log-username", peers.logUser());
        properties.put("jembatan.moodle.log-password", peers.logPassword());
        properties.put("jembatan.moodle.log-table-prefix", peers.tablePrefix());
        properties.put("jembatan.lrs.endpoint", peers.lrsEndpoint().toString());
        properties.put("jembatan.lrs.username", peers.lrsUser());
        properties.put("jembatan.lrs.password", peers.lrsPassword());
        properties.put("jembatan.flows.moodle-learning.start-from", "beginning");
        properties.put("jembatan.state.jdbc-url", peers.state().jdbcUrl());
        properties.put("jembatan.state.username", peers.state().user());
        properties.put("jembatan.state.password", peers.state().password());
        properties.put("jembatan.internal.schedules-enabled", "false");
        properties.putAll(extra);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(JembatanApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties);
        if (timings != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("benchmarkStepTimings",
                    timings));
        }
        if (state != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(state));
        }
        return new InProcessBridge(builder.run());
    }

    /** One live pass of {@code moodle-learning} through its route, as {@code run moodle-learning} sends it. */
    LearningPass runLivePass() {
        LogTail tail = context.getBean(LogTail.class);
        return context.getBean(ProducerTemplate.class).requestBody(MoodleLearningRoutes.PASS, tail.startLive(),
                LearningPass.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
