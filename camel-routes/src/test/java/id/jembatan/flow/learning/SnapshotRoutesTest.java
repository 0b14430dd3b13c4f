package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snapshot routes in a Camel context, over the recorded site and a WireMock LRS. */
class SnapshotRoutesTest {

    static final SnapshotPassTest.RecordedSite site = new SnapshotPassTest.RecordedSite();
    static final SnapshotPassTest.Lrs lrs = new SnapshotPassTest.Lrs();

    @RegisterExtension
    static final WireMockExtension moodleServer = site.server();
    @RegisterExtension
    static final WireMockExtension lrsServer = lrs.server();

    private final InMemoryIdempotencyStore facts = new InMemoryIdempotencyStore();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private CamelContext camel;
    private ProducerTemplate template;
    private SnapshotSource source;

    @BeforeEach
    void startCamel() throws Exception {
        site.reset();
        lrs.accepts();
        LearningSettings settings = SnapshotPassTest.settings();
        source = new SnapshotSource(site.client(), new MoodleDirectory(site.client(), settings), settings, watermarks,
                SnapshotPassTest.PAGE_SIZE, List.of("student"));
        SnapshotSteps steps = new SnapshotSteps(settings, lrs.delivery(), facts, new InMemoryDeadLetterStore(),
                watermarks);
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.max-redeliveries", "2");
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.initial-delay-ms", "10");
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new SnapshotRoutes(source, steps, new FlowSupervisor(), false));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    private SnapshotPass runPass() {
        return template.requestBody(SnapshotRoutes.PASS, source.start(), SnapshotPass.class);
    }

    @Test
    void aPassThroughTheRouteDeliversEveryUnitAndCommitsIt() {
        SnapshotPass pass = runPass();

        assertThat(pass.isMore()).isFalse();
        assertThat(pass.delivered()).isEqualTo(SnapshotPassTest.RECORDED_STATEMENTS);
        assertThat(lrs.received()).hasSize(SnapshotPassTest.RECORDED_STATEMENTS);
        assertThat(facts.lookup(SnapshotSteps.FACTS, "8:5:module:6")).isPresent();
        assertThat(runPass().delivered()).isZero();
    }

    @Test
    void aTransientLrsFailureIsRetriedAtTheDeliveryStep() {
        lrsServer.resetMappings();
        lrsServer.stubFor(post("/xapi/statements").inScenario("lrs").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        lrsServer.stubFor(post("/xapi/statements").inScenario("lrs").whenScenarioStateIs("back")
                .willReturn(SnapshotPassTest.Lrs.storedIds()));

        SnapshotPass pass = runPass();

        assertThat(pass.delivered()).isEqualTo(SnapshotPassTest.RECORDED_STATEMENTS);
        assertThat(lrs.received()).hasSize(SnapshotPassTest.RECORDED_STATEMENTS);
        assertThat(lrs.requestCount()).as("four units, the first sent twice").isEqualTo(5);
    }

    @Test
    void aTransientMoodleFailureIsRetriedWithTheLearnersNotReadYet() {
        site.unavailableOnce("gradereport_user_get_grade_items", 6, 5);

        SnapshotPass pass = runPass();

        assertThat(pass.delivered()).isEqualTo(SnapshotPassTest.RECORDED_STATEMENTS);
        assertThat(pass.learners()).isEqualTo(10);
        assertThat(site.requests("core_completion_get_course_completion_status"))
                .filteredOn(form -> form.get("courseid").equals("6") && form.get("userid").equals("3")).hasSize(1);
        assertThat(site.requests("gradereport_user_get_grade_items"))
                .filteredOn(form -> form.get("courseid").equals("6") && form.get("userid").equals("5")).hasSize(2);
    }

    @Test
    void anLrsDownForGoodFailsThePassWithNothingOfTheUnitCommitted() {
        lrs.unavailable();

        assertThatThrownBy(this::runPass).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(LrsTransientException.class);

        assertThat(lrs.requestCount()).isEqualTo(3);
        assertThat(facts.lookupAll(SnapshotSteps.FACTS, List.of("3:5:course", "8:5:module:6"))).isEmpty();
        assertThat(watermarks.get(SnapshotSource.FLOW, SnapshotSource.WATERMARK)).isEmpty();
    }

    @Test
    void thePollRouteWaitsForTheScheduleAndEveryExternalCallHasANodeId() {
        assertThat(camel.getRouteController().getRouteStatus("moodle-learning.snapshot-poll"))
                .isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("moodle-learning.snapshot"))
                .isEqualTo(ServiceStatus.Started);
        for (String node : List.of("moodle.list-courses", "moodle.read-course", "moodle-learning.compare",
                "lrs.deliver", "state.commit")) {
            assertThat(camel.getProcessor(node)).as(node).isNotNull();
        }
    }
}
