package id.jembatan.bridge.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.flow.kinerja.KinerjaPerformanceRoutes;
import id.jembatan.flow.kinerja.KinerjaRecommendationsRoutes;
import id.jembatan.flow.kinerja.PerformanceSteps;
import id.jembatan.flow.kinerja.RecommendationSteps;
import id.jembatan.hr.kinerja.HttpKinerjaSource;
import id.jembatan.hr.kinerja.KinerjaSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Which kinerja beans exist for which configuration, and that a wrong setting stops start-up naming it. */
class KinerjaWiringTest {

    @TempDir
    Path data;

    @Test
    void withoutEKinerjaNoKinerjaFlowIsCreated() {
        try (ConfigurableApplicationContext context = start("jembatan.moodle.url=http://127.0.0.1:1",
                "jembatan.moodle.token=t")) {
            assertThat(context.getBeansOfType(KinerjaSource.class)).isEmpty();
            assertThat(context.getBeansOfType(PerformanceSteps.class)).isEmpty();
            assertThat(context.getBeansOfType(RecommendationSteps.class)).isEmpty();
        }
    }

    @Test
    void theApiAloneGivesThePerformanceFlowAndMoodleAddsTheRecommendations() throws Exception {
        try (ConfigurableApplicationContext context = start("jembatan.kinerja.url=https://ekinerja.example/api/skp",
                "jembatan.kinerja.token=k")) {
            assertThat(context.getBean(KinerjaSource.class)).isInstanceOf(HttpKinerjaSource.class);
            assertThat(context.getBeansOfType(KinerjaPerformanceRoutes.class)).hasSize(1);
            assertThat(context.getBeansOfType(RecommendationSteps.class)).isEmpty();
        }
        Path rules = data.resolve("rules.csv");
        Files.writeString(rules, "a;baik;;;;;idnumber:X;alasan\n");
        try (ConfigurableApplicationContext context = start("jembatan.kinerja.url=https://ekinerja.example/api/skp",
                "jembatan.kinerja.token=k", "jembatan.moodle.url=http://127.0.0.1:1", "jembatan.moodle.token=t",
                "jembatan.flows.kinerja-recommendations.rules=" + rules)) {
            assertThat(context.getBeansOfType(RecommendationSteps.class)).hasSize(1);
            assertThat(context.getBeansOfType(KinerjaRecommendationsRoutes.class)).hasSize(1);
        }
    }

    @Test
    void theSqlSourceNeedsTheSiteIriAndSaysSo() {
        assertThatThrownBy(() -> start("jembatan.kinerja.jdbc-url=jdbc:h2:mem:kinerja").close())
                .hasStackTraceContaining("jembatan.kinerja.site");
    }

    @Test
    void aMissingRulesFileStopsStartUpNamingTheProperty() {
        assertThatThrownBy(() -> start("jembatan.kinerja.url=https://ekinerja.example/api/skp",
                "jembatan.kinerja.token=k", "jembatan.moodle.url=http://127.0.0.1:1", "jembatan.moodle.token=t",
                "jembatan.flows.kinerja-recommendations.rules=" + data.resolve("none.csv")).close())
                .hasStackTraceContaining("jembatan.flows.kinerja-recommendations.rules");
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
