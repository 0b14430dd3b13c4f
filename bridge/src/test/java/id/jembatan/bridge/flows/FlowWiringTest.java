package id.jembatan.bridge.flows;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.learning.LogTail;
import id.jembatan.flow.learning.MoodleLearningRoutes;
import id.jembatan.flow.learning.SnapshotRoutes;
import id.jembatan.flow.learning.SnapshotSource;
import id.jembatan.moodle.MoodleClient;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Which flow beans exist for which configuration: the bridge starts in every combination an admin may set. */
class FlowWiringTest {

    @TempDir
    Path data;

    @Test
    void withNothingConfiguredNoFlowIsCreated() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBeansOfType(MoodleClient.class)).isEmpty();
            assertThat(context.getBeansOfType(MoodleLearningRoutes.class)).isEmpty();
            assertThat(context.getBeansOfType(SnapshotRoutes.class)).isEmpty();
        }
    }

    @Test
    void moodleWithoutAnExternalLrsDeliversToTheEmbeddedStatementStore() {
        try (ConfigurableApplicationContext context = start("jembatan.moodle.url=http://127.0.0.1:1",
                "jembatan.moodle.token=t")) {
            assertThat(context.getBeansOfType(MoodleClient.class)).hasSize(1);
            assertThat(context.getBeansOfType(SnapshotRoutes.class)).hasSize(1);
            assertThat(context.getBeansOfType(id.jembatan.lrs.store.StatementStore.class)).hasSize(1);
        }
    }

    @Test
    void moodleAndAnLrsWithoutDatabaseAccessReadSnapshotsThroughWebServices() {
        try (ConfigurableApplicationContext context = start("jembatan.moodle.url=http://127.0.0.1:1",
                "jembatan.moodle.token=t", "jembatan.lrs.endpoint=http://127.0.0.1:2/xapi/", "jembatan.lrs.username=u", "jembatan.lrs.password=p")) {
            assertThat(context.getBeansOfType(SnapshotSource.class)).hasSize(1);
            assertThat(context.getBeansOfType(SnapshotRoutes.class)).hasSize(1);
            assertThat(context.getBeansOfType(LogTail.class)).isEmpty();
        }
    }

    @Test
    void moodleAndAnLrsWithTheLogDatabaseTailTheLog() {
        try (ConfigurableApplicationContext context = start("jembatan.moodle.url=http://127.0.0.1:1",
                "jembatan.moodle.token=t", "jembatan.lrs.endpoint=http://127.0.0.1:2/xapi/", "jembatan.lrs.username=u", "jembatan.lrs.password=p",
                "jembatan.moodle.log-jdbc-url=jdbc:postgresql://127.0.0.1:1/moodle")) {
            assertThat(context.getBeansOfType(LogTail.class)).hasSize(1);
            assertThat(context.getBeansOfType(MoodleLearningRoutes.class)).hasSize(1);
            assertThat(context.getBeansOfType(SnapshotRoutes.class)).isEmpty();
            assertThat(context.getBeansOfType(DataSource.class).values()).as("Moodle's pool must not replace the state store")
                    .singleElement().extracting(ds -> ((HikariDataSource) ds).getJdbcUrl()).asString()
                    .startsWith("jdbc:h2:file:");
        }
    }

    @Test
    void everyFlowConfiguredAtOnceStartsInOneCamelContext() {
        // Camel wants node ids unique across every route of the context: a clash between two flows only shows
        // when both are configured, as on a real site (and in the demo).
        try (ConfigurableApplicationContext context = start("jembatan.moodle.url=http://127.0.0.1:1",
                "jembatan.moodle.token=t",
                "jembatan.simpeg.jdbc-url=jdbc:h2:mem:simpeg-wiring;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "jembatan.kinerja.url=http://127.0.0.1:3/api/skp", "jembatan.kinerja.token=k",
                "jembatan.flows.kinerja-recommendations.rules="
                        + Path.of("../config/kinerja/recommendations.csv").toAbsolutePath().normalize())) {
            org.apache.camel.CamelContext camel = context.getBean(org.apache.camel.CamelContext.class);
            assertThat(camel.getRoutes()).extracting(org.apache.camel.Route::getRouteId)
                    .contains("hr-profiles.pass", "moodle-learning.snapshot", "lrs-credits.pass",
                            "kinerja-performance.pass", "kinerja-recommendations.pass");
            assertThat(camel.getRouteController().getRouteStatus("lrs-credits.pass").isStarted()).isTrue();
            assertThat(camel.getRouteController().getRouteStatus("hr-profiles.pass").isStarted()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("jembatan.state.jdbc-url=jdbc:h2:file:" + data.resolve("state").toAbsolutePath());
        all.add("jembatan.internal.schedules-enabled=false");
        all.add("spring.main.banner-mode=off");
        return new SpringApplicationBuilder(JembatanApplication.class)
                .web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new))
                .run();
    }
}
