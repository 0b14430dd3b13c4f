package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.jembatan.lrs.LrsFatalException;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.moodle.log.MoodleLogReader;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The {@code moodle-learning} routes in a Camel context with the flow error handling: the real {@link LogTail} over
 * Moodle's log table in H2 (MariaDB mode, Moodle's DDL) holding the recorded rows, the real {@link LearningSteps}
 * over the recorded Moodle and a WireMock LRS, in-memory state stores. The pass route is advised to count the pages
 * read, delivered and committed.
 */
class MoodleLearningRoutesTest {

    static final URI SITE = URI.create("http://127.0.0.1:8080");
    static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    static final int PAGE_SIZE = 10;
    static final int MAX_REDELIVERIES = 2;
    static final long END = RecordedLog.maxId();
    /** The 28 recorded learning rows in pages of 10: 10, 10 and a last short one of 8. */
    static final int PAGES = 3;
    /** What the recorded learning rows become: 24 statements; 4 rows need none. */
    static final long DELIVERED = 24;
    /** A poll interval no test outlasts: the poll route polls once. */
    static final long ONCE = 600_000;
    static final String FLOW = "moodle-learning";
    static final String LIVE = "log";
    static final String POLL_ROUTE = "moodle-learning.poll";
    static final String PASS_ROUTE = "moodle-learning.pass";
    /** The thread that prepares the next page. */
    static final String AHEAD = "moodle-learning-prefetch";

    static final RecordedMoodle moodle = new RecordedMoodle();
    static final SnapshotPassTest.Lrs lrs = new SnapshotPassTest.Lrs();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();
    @RegisterExtension
    static final WireMockExtension lrsServer = lrs.server();

    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final ListAppender<ILoggingEvent> supervisorLog = new ListAppender<>();
    private LogDatabase database;
    private LogTail tail;
    private LearningSteps steps;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void wire() {
        moodle.reset();
        lrs.accepts();
        database = LogDatabase.withRecordedRows();
        tail = new LogTail(new MoodleLogReader(database.dataSource()), watermarks, PAGE_SIZE, true);
        LearningSettings settings = new LearningSettings(SITE, HOME_PAGE, null, null, null, null, 50);
        steps = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), lrs.delivery(),
                PriorCompletions.inLog(new MoodleLogReader(database.dataSource())), deadLetters, watermarks);
        supervisorLog.start();
        supervisor().addAppender(supervisorLog);
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        supervisor().detachAppender(supervisorLog);
        database.drop();
    }

    @Test
    void aPassThroughTheRoutesDeliversEveryLearningEventOnceAndMovesTheWatermarkToTheEnd() throws Exception {
        start(false);
        expectPages(PAGES, PAGES, PAGES);

        LearningPass pass = runPass();

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(pass.isMore()).isFalse();
        assertThat(pass.pages()).isEqualTo(PAGES);
        assertThat(pass.read()).isEqualTo(RecordedLog.learningRows().size());
        assertThat(pass.delivered() + pass.skipped() + pass.deadLettered()).isEqualTo(pass.read());
        assertThat(pass.deadLettered()).isZero();
        assertThat(receivedIds()).doesNotHaveDuplicates().hasSize((int) pass.delivered()).contains(id(338), id(987));
        assertThat(lrs.requestCount()).isEqualTo(PAGES);
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
        assertThat(runPass().read()).as("a second pass finds nothing new").isZero();
        assertThat(lrs.requestCount()).isEqualTo(PAGES);
    }

    @Test
    void aTransientLrsFailureIsRetriedAtTheDeliveryStepAndThePassCompletes() throws Exception {
        lrsServer.resetMappings();
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).inScenario("lrs")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("503 once"));
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).inScenario("lrs")
                .whenScenarioStateIs("503 once").willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).inScenario("lrs")
                .whenScenarioStateIs("back").willReturn(SnapshotPassTest.Lrs.storedIds()));
        start(false);
        expectPages(PAGES, PAGES, PAGES);

        LearningPass pass = runPass();

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(lrs.requestCount()).as("the first page sent three times, the others once").isEqualTo(PAGES + 2);
        assertThat(pass.isMore()).isFalse();
        assertThat(pass.read()).isEqualTo(RecordedLog.learningRows().size());
        assertThat(receivedIds()).doesNotHaveDuplicates().hasSize((int) pass.delivered());
        assertThat(pass.delivered()).isEqualTo(DELIVERED);
        assertThat(deadLetters.count(FLOW, DeadLetterStatus.OPEN)).isZero();
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void whenRetriesAreSpentThePassFailsAndTheWatermarkDoesNotMove() throws Exception {
        lrs.unavailable();
        watermarks.advance(FLOW, LIVE, "300");
        start(false);
        expectPages(1, 0, 0);

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class, this::runPass);

        assertThat(failure).hasCauseInstanceOf(LrsTransientException.class);
        assertThat(((LrsTransientException) failure.getCause()).isRetryable()).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(lrs.requestCount()).isEqualTo(1 + MAX_REDELIVERIES);
        assertThat(watermarks.get(FLOW, LIVE)).contains("300");
        assertThat(deadLetters.count(FLOW, DeadLetterStatus.OPEN)).isZero();
    }

    @Test
    void aFatalFailureIsNotRetried() throws Exception {
        lrsServer.resetMappings();
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorised\"}")));
        start(false);
        expectPages(1, 0, 0);

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class, this::runPass);

        assertThat(failure.getCause()).isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("jembatan.lrs.username");
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(lrs.requestCount()).isEqualTo(1);
        assertThat(watermarks.get(FLOW, LIVE)).contains("0");
        assertThat(deadLetters.count(FLOW, DeadLetterStatus.OPEN)).isZero();
    }

    @Test
    void aFailureOnALaterPageKeepsWhatTheEarlierPagesCommittedAndTheNextPassGoesOnFromThere() throws Exception {
        String onSecondPage = id(352).toString();
        lrs.unavailableFor(onSecondPage);
        start(false);
        expectPages(2, 1, 1);

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class, this::runPass);

        assertThat(failure).hasCauseInstanceOf(LrsTransientException.class);
        MockEndpoint.assertIsSatisfied(camel);
        String endOfFirstPage = Long.toString(RecordedLog.learningRows().get(PAGE_SIZE - 1).id());
        assertThat(watermarks.get(FLOW, LIVE)).contains(endOfFirstPage);
        assertThat(receivedIds()).doesNotContain(id(352)).contains(id(273));

        lrs.accepts();
        LearningPass rest = runPass();

        assertThat(rest.read()).isEqualTo(RecordedLog.learningRows().size() - PAGE_SIZE);
        assertThat(receivedIds()).doesNotHaveDuplicates().contains(id(352), id(987));
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void aTransientMoodleFailureIsRetriedAtTheEnrichStepWithoutReadingThePageAgain() throws Exception {
        moodleServer.stubFor(post(urlPathEqualTo(RecordedMoodle.PATH)).atPriority(1)
                .withQueryParam("wsfunction", equalTo("core_user_get_users_by_field")).inScenario("moodle")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        start(false);
        expectPages(PAGES, PAGES, PAGES);

        LearningPass pass = runPass();

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(moodle.calls("core_user_get_users_by_field")).isEqualTo(PAGES + 1);
        assertThat(pass.delivered()).isEqualTo(DELIVERED);
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void anUnreachableLogDatabaseIsRetriedAtTheReadStep() throws Exception {
        start(false);
        expectPages(PAGES, PAGES, PAGES);
        LearningPass pass = tail.startLive();
        database.refuseConnections(MAX_REDELIVERIES, "08001");

        LearningPass done = template.requestBody(MoodleLearningRoutes.PASS, pass, LearningPass.class);

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(database.refused()).isEqualTo(MAX_REDELIVERIES);
        assertThat(done.read()).isEqualTo(RecordedLog.learningRows().size());
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void aLogDatabaseDownForGoodFailsThePassAsRetryable() throws Exception {
        start(false);
        LearningPass pass = tail.startLive();
        database.refuseConnections(Integer.MAX_VALUE, "08001");

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody(MoodleLearningRoutes.PASS, pass, LearningPass.class));

        assertThat(failure.getCause()).isInstanceOf(MoodleLogException.class);
        assertThat(((MoodleLogException) failure.getCause()).isRetryable()).isTrue();
        assertThat(database.refused()).isEqualTo(1 + MAX_REDELIVERIES);
        assertThat(lrs.requestCount()).isZero();
        assertThat(watermarks.get(FLOW, LIVE)).contains("0");
    }

    @Test
    void thePollRouteKeepsPollingAfterATransientFailureAndCatchesUpOnceTheLrsIsBack() throws Exception {
        lrs.unavailable();
        start(true, 100);

        await().atMost(Duration.ofSeconds(10)).until(() -> lrs.requestCount() >= 2 * (1 + MAX_REDELIVERIES));
        assertThat(status(POLL_ROUTE)).isEqualTo(ServiceStatus.Started);
        assertThat(watermarks.get(FLOW, LIVE)).contains("0");

        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).atPriority(1)
                .willReturn(SnapshotPassTest.Lrs.storedIds()));
        await().atMost(Duration.ofSeconds(10)).until(() -> watermarks.get(FLOW, LIVE).orElseThrow(),
                Long.toString(END)::equals);
        assertThat(receivedIds()).doesNotHaveDuplicates().hasSize((int) DELIVERED);
        assertThat(status(POLL_ROUTE)).isEqualTo(ServiceStatus.Started);
        assertThat(supervisorMessages(Level.WARN)).as("FlowSupervisor reports each failed poll")
                .isNotEmpty().allSatisfy(message -> assertThat(message)
                        .contains("moodle-learning dijeda sampai polling berikutnya / paused until the next poll",
                                "answered POST statements with 503"));
        assertThat(supervisorMessages(Level.ERROR)).isEmpty();
    }

    @Test
    void thePollRouteStopsOnAFatalFailureNamingTheSettingToFix() throws Exception {
        lrsServer.resetMappings();
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorised\"}")));
        start(true, ONCE);

        await("the poll route stops").atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(status(POLL_ROUTE)).isEqualTo(ServiceStatus.Stopped));

        assertThat(lrs.requestCount()).as("its failure not retried").isEqualTo(1);
        assertThat(supervisorMessages(Level.ERROR)).singleElement().satisfies(message -> assertThat(message)
                .contains("moodle-learning DIHENTIKAN / STOPPED", "jembatan.lrs.username", "jembatan.lrs.password"));
        assertThat(watermarks.get(FLOW, LIVE)).contains("0");
        assertThat(status(PASS_ROUTE)).as("a command can still run a pass").isEqualTo(ServiceStatus.Started);
    }

    @Test
    void thePollRouteStopsWhenTheLogDatabaseRefusesTheLoginBeforeAPassStarts() throws Exception {
        database.refuseConnections(Integer.MAX_VALUE, "28000");
        start(true, ONCE);

        await("the poll route stops").atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(status(POLL_ROUTE)).isEqualTo(ServiceStatus.Stopped));

        assertThat(database.refused()).isEqualTo(1);
        assertThat(supervisorMessages(Level.ERROR)).singleElement().satisfies(message -> assertThat(message)
                .contains("moodle-learning DIHENTIKAN / STOPPED", "jembatan.moodle.log-jdbc-url"));
        assertThat(lrs.requestCount()).isZero();
    }

    @Test
    void withTheNextPagePreparedAheadAPassSendsWhatItSendsWithoutInTheSameOrder() throws Exception {
        start(false);
        runPass();
        List<List<UUID>> ahead = postedBatches();
        camel.stop();
        lrsServer.resetRequests();
        InMemoryWatermarkStore fresh = new InMemoryWatermarkStore();
        LearningSettings settings = new LearningSettings(SITE, HOME_PAGE, null, null, null, null, 50);
        steps = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), lrs.delivery(),
                PriorCompletions.inLog(new MoodleLogReader(database.dataSource())), deadLetters, fresh);
        tail = new LogTail(new MoodleLogReader(database.dataSource()), fresh, PAGE_SIZE, true);
        start(false, ONCE, false);

        runPass();

        assertThat(postedBatches()).isEqualTo(ahead).hasSize(PAGES);
        assertThat(fresh.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void aPageTranslatedAheadVoidsTheCompletionOfThePageStillBeingDelivered() throws Exception {
        List<LogRow> learning = RecordedLog.learningRows();
        int firstPage = learning.indexOf(RecordedLog.row(987)) + 1;
        database.insertVariant(986, 2001, 1795908600);
        MoodleLogReader reader = new MoodleLogReader(database.dataSource());
        List<String> lookUpThreads = new ArrayList<>();
        PriorCompletions recording = (pairs, beforeId) -> {
            synchronized (lookUpThreads) {
                lookUpThreads.add(Thread.currentThread().getName());
            }
            return PriorCompletions.inLog(reader).latestBefore(pairs, beforeId);
        };
        LearningSettings settings = new LearningSettings(SITE, HOME_PAGE, null, null, null, null, 50);
        steps = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), lrs.delivery(),
                recording, deadLetters, watermarks);
        tail = new LogTail(reader, watermarks, firstPage, true);
        lrsServer.stubFor(post(urlPathEqualTo("/xapi/statements")).atPriority(1)
                .withRequestBody(containing(id(987).toString()))
                .willReturn(SnapshotPassTest.Lrs.storedIds().withFixedDelay(700)));
        start(false);

        LearningPass pass = runPass();

        assertThat(pass.pages()).isEqualTo(2);
        JsonNode voiding = lrs.statement(id(2001).toString());
        assertThat(voiding.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/voided");
        assertThat(voiding.at("/object/id").asText()).isEqualTo(id(987).toString());
        assertThat(database.connectionThreads()).as("page 2 was read ahead").anyMatch(name -> name.contains(AHEAD));
        assertThat(lookUpThreads).as("the pass starts at the log's beginning and read 987 itself").isEmpty();
        assertThat(watermarks.get(FLOW, LIVE)).contains("2001");
    }

    @Test
    void aPageTranslatedAheadLooksUpTheCompletionBeforeThePassInTheLog() throws Exception {
        database.insertVariant(986, 2001, 1795908600);
        watermarks.advance(FLOW, LIVE, "987");
        MoodleLogReader reader = new MoodleLogReader(database.dataSource());
        List<String> lookUps = new ArrayList<>();
        PriorCompletions recording = (pairs, beforeId) -> {
            synchronized (lookUps) {
                lookUps.add(Thread.currentThread().getName() + " " + pairs + " before " + beforeId);
            }
            return PriorCompletions.inLog(reader).latestBefore(pairs, beforeId);
        };
        LearningSettings settings = new LearningSettings(SITE, HOME_PAGE, null, null, null, null, 50);
        steps = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), lrs.delivery(),
                recording, deadLetters, watermarks);
        tail = new LogTail(reader, watermarks, 2, true);
        start(false);

        LearningPass pass = runPass();

        assertThat(pass.pages()).as("1036 and 1083, then 2001").isEqualTo(2);
        JsonNode voiding = lrs.statement(id(2001).toString());
        assertThat(voiding.at("/object/id").asText()).isEqualTo(id(987).toString());
        assertThat(lookUps).singleElement().asString().contains(AHEAD)
                .endsWith("[ContextUser[contextId=22, relatedUserId=10]] before 988");
    }

    @Test
    void aLogDatabaseFailureWhileTheNextPageIsReadAheadIsRetriedAtTheReadStepOfThatPage() throws Exception {
        start(false);
        expectPages(PAGES, PAGES, PAGES);
        LearningPass pass = tail.startLive();
        database.refuseConnectionAfter(1, "08001");

        LearningPass done = template.requestBody(MoodleLearningRoutes.PASS, pass, LearningPass.class);

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(database.refused()).as("the read ahead of page 2").isEqualTo(1);
        assertThat(done.read()).isEqualTo(RecordedLog.learningRows().size());
        assertThat(done.delivered()).isEqualTo(DELIVERED);
        assertThat(receivedIds()).doesNotHaveDuplicates().hasSize((int) DELIVERED);
        assertThat(watermarks.get(FLOW, LIVE)).contains(Long.toString(END));
    }

    @Test
    void thePollWaitsForTheScheduleAndEveryExternalCallHasANodeId() throws Exception {
        start(false);

        assertThat(status(POLL_ROUTE)).isEqualTo(ServiceStatus.Stopped);
        assertThat(status(PASS_ROUTE)).isEqualTo(ServiceStatus.Started);
        for (String node : List.of("moodle.start-pass", "moodle.read-log", "moodle.enrich", "moodle-learning.translate",
                "lrs.deliver", "state.commit")) {
            assertThat(camel.getProcessor(node)).as(node).isNotNull();
        }
    }

    private void start(boolean scheduled) throws Exception {
        start(scheduled, ONCE);
    }

    private void start(boolean scheduled, long pollInterval) throws Exception {
        start(scheduled, pollInterval, true);
    }

    /**
     * @param pollInterval the timer period in ms; the first poll comes a second after the start
     * @param prefetch     whether the next page is prepared while the page in hand is delivered
     */
    private void start(boolean scheduled, long pollInterval, boolean prefetch) throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.max-redeliveries",
                Integer.toString(MAX_REDELIVERIES));
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.initial-delay-ms", "10");
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.moodle-learning.poll-interval",
                Long.toString(pollInterval));
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new MoodleLearningRoutes(tail, steps, new FlowSupervisor(), scheduled, prefetch));
        AdviceWith.adviceWith(camel, PASS_ROUTE, route -> {
            route.weaveById("moodle.read-log").after().to("mock:page-read");
            route.weaveById("lrs.deliver").after().to("mock:page-delivered");
            route.weaveById("state.commit").after().to("mock:page-committed");
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    private void expectPages(int read, int delivered, int committed) {
        camel.getEndpoint("mock:page-read", MockEndpoint.class).expectedMessageCount(read);
        camel.getEndpoint("mock:page-delivered", MockEndpoint.class).expectedMessageCount(delivered);
        camel.getEndpoint("mock:page-committed", MockEndpoint.class).expectedMessageCount(committed);
    }

    private LearningPass runPass() {
        return template.requestBody(MoodleLearningRoutes.PASS, tail.startLive(), LearningPass.class);
    }

    private ServiceStatus status(String routeId) {
        return camel.getRouteController().getRouteStatus(routeId);
    }

    private List<UUID> receivedIds() {
        return lrs.received().stream().map(statement -> UUID.fromString(statement.get("id").asText())).toList();
    }

    /** The statement ids of each POST the LRS got, in order. */
    private static List<List<UUID>> postedBatches() {
        return lrsServer.findAll(postRequestedFor(urlPathEqualTo("/xapi/statements"))).stream()
                .map(request -> XapiJson.readStatements(request.getBodyAsString()).stream()
                        .map(id.jembatan.lrs.xapi.Statement::id).toList())
                .toList();
    }

    private List<String> supervisorMessages(Level level) {
        return new ArrayList<>(supervisorLog.list).stream().filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger supervisor() {
        return (Logger) LoggerFactory.getLogger(FlowSupervisor.class);
    }

    private static UUID id(long logId) {
        return StatementIds.forLogRow(SITE, logId);
    }

    /**
     * Moodle's log table in an H2 database of its own, in MariaDB mode, made with Moodle's DDL and holding the
     * recorded rows as recorded; its data source can be told to refuse connections, as a database that is down does.
     */
    private static final class LogDatabase {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final List<String> COLUMNS = List.of("id", "eventname", "component", "action", "target",
                "objecttable", "objectid", "crud", "edulevel", "contextid", "contextlevel", "contextinstanceid",
                "userid", "courseid", "relateduserid", "anonymous", "other", "timecreated", "origin", "ip",
                "realuserid");
        private static final List<String> NUMBERS = List.of("id", "objectid", "edulevel", "contextid", "contextlevel",
                "contextinstanceid", "userid", "courseid", "relateduserid", "anonymous", "timecreated", "realuserid");

        private final JdbcDataSource h2 = new JdbcDataSource();
        private final AtomicInteger toRefuse = new AtomicInteger();
        private final AtomicInteger toServe = new AtomicInteger();
        private final java.util.Set<String> connectionThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private volatile String refusal = "08001";
        private final AtomicInteger refused = new AtomicInteger();
        private final List<JsonNode> recorded;

        private LogDatabase() {
            h2.setURL("jdbc:h2:mem:moodle-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                    + "DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            recorded = load();
        }

        static LogDatabase withRecordedRows() {
            LogDatabase database = new LogDatabase();
            database.execute(ddl());
            database.insert(database.recorded);
            return database;
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(LogDatabase.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            connectionThreads.add(Thread.currentThread().getName());
                        }
                        if (method.getName().equals("getConnection")
                                && toServe.getAndUpdate(n -> Math.max(0, n - 1)) == 0
                                && toRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                            refused.incrementAndGet();
                            throw new SQLException("Connection refused", refusal);
                        }
                        try {
                            return method.invoke(h2, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        /** Adds recorded row {@code id} again as row {@code newId}, logged at {@code timecreated}. */
        void insertVariant(long id, long newId, long timecreated) {
            ObjectNode row = recorded.stream().filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow()
                    .deepCopy();
            row.put("id", newId);
            row.put("timecreated", timecreated);
            insert(List.of(row));
        }

        /** The names of the threads that asked for a connection. */
        java.util.Set<String> connectionThreads() {
            return connectionThreads;
        }

        /** After {@code served} more connections, the next one is refused with {@code sqlState}. */
        void refuseConnectionAfter(int served, String sqlState) {
            refusal = sqlState;
            toServe.set(served);
            toRefuse.set(1);
        }

        /** The next {@code times} connections are refused with {@code sqlState}. */
        void refuseConnections(int times, String sqlState) {
            refusal = sqlState;
            toRefuse.set(times);
        }

        int refused() {
            return refused.get();
        }

        void drop() {
            execute(List.of("SHUTDOWN"));
        }

        private void insert(List<JsonNode> rows) {
            String sql = "INSERT INTO mdl_logstore_standard_log (" + String.join(", ", COLUMNS) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";
            try (Connection connection = h2.getConnection();
                    PreparedStatement insert = connection.prepareStatement(sql)) {
                for (JsonNode row : rows) {
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        JsonNode value = row.get(COLUMNS.get(i));
                        boolean number = NUMBERS.contains(COLUMNS.get(i));
                        if (value == null || value.isNull()) {
                            insert.setNull(i + 1, number ? Types.BIGINT : Types.VARCHAR);
                        } else if (number) {
                            insert.setLong(i + 1, value.asLong());
                        } else {
                            insert.setString(i + 1, value.asText());
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert log rows", e);
            }
        }

        private void execute(List<String> statements) {
            try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run " + statements, e);
            }
        }

        private static List<String> ddl() {
            String text = resource("/moodle/logstore/logstore_standard_log.mariadb.sql").lines()
                    .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"))
                    .replace("${prefix}", "mdl_");
            return Arrays.stream(text.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        }

        private static List<JsonNode> load() {
            try {
                List<JsonNode> rows = new ArrayList<>();
                JSON.readTree(resource("/moodle/logstore/standard_log_sample.json")).get("rows").forEach(rows::add);
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String resource(String name) {
            try (InputStream in = LogDatabase.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
