package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.flow.PassReport;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Source C, the push of the Moodle plugin, over recorded log rows with the real {@link MoodleDirectory} (recorded
 * Moodle answers) and a WireMock LRS: it sends what the log tail sends for the same rows, with the same ids, once.
 */
class PushReceiverTest {

    static final URI SITE = LearningStepsTest.SITE;
    static final String STATEMENTS = LearningStepsTest.STATEMENTS;
    static final RecordedMoodle moodle = new RecordedMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    @RegisterExtension
    static final WireMockExtension lrs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final InMemoryIdempotencyStore received = new InMemoryIdempotencyStore();
    private LearningSettings settings;
    private StatementDelivery delivery;
    private PushReceiver receiver;

    @BeforeEach
    void receiver() {
        moodle.reset();
        settings = new LearningSettings(SITE, LearningStepsTest.HOME_PAGE, null, null, null, null, 50);
        delivery = new StatementDelivery(new LrsClient(new LrsConfig(URI.create(lrs.baseUrl() + "/xapi/"), "jembatan",
                "rahasia-lrs", Duration.ofSeconds(2), Duration.ofSeconds(5))));
        receiver = new PushReceiver(moodle.directory(settings), new LearningTranslator(settings), delivery,
                deadLetters, received);
    }

    @Test
    void pushedRowsBecomeTheStatementsTheLogTailMakesOfThemWithTheSameIds() {
        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        List<LogRow> rows = List.of(RecordedLog.row(338), RecordedLog.row(352), RecordedLog.row(986),
                RecordedLog.row(987));

        List<PushResult> results = receiver.receive(pushed(rows));
        List<Statement> pushed = posted();

        lrs.resetRequests();
        LearningSteps tail = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), delivery,
                (pairs, before) -> Map.of(), new InMemoryDeadLetterStore(), new InMemoryWatermarkStore());
        LearningPass pass = new LearningPass("log", 337, 987, -1, null);
        pass.pageRead(rows, 50);
        tail.deliver(tail.translate(tail.enrich(pass)));

        assertThat(pushed).extracting(Statement::id).containsExactly(id(338), id(352), id(987));
        assertThat(pushed.stream().map(XapiJson::toTree).toList())
                .isEqualTo(posted().stream().map(XapiJson::toTree).toList());
        assertThat(results).extracting(PushResult::status).containsExactly(PushResult.DELIVERED,
                PushResult.DELIVERED, PushResult.SKIPPED, PushResult.DELIVERED);
        assertThat(results).extracting(PushResult::outboxId).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void eachBatchIsAPassOfMoodleLearningForTheLogAndTheMetricsAlsoWhenItFails() {
        List<PassReport> reports = new ArrayList<>();
        PushReceiver measured = new PushReceiver(moodle.directory(settings), new LearningTranslator(settings),
                delivery, deadLetters, received, List.of(reports::add), Clock.systemUTC());
        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        List<PushedEvent> batch = pushed(List.of(RecordedLog.row(338), RecordedLog.row(352), RecordedLog.row(986)));

        measured.receive(batch);
        measured.receive(batch);

        assertThat(reports).hasSize(2).allSatisfy(report -> {
            assertThat(report.flow()).isEqualTo("moodle-learning");
            assertThat(report.routeId()).isEqualTo(PushReceiver.ROUTE);
            assertThat(report.succeeded()).isTrue();
        });
        assertThat(reports.get(0).counts().counts()).isEqualTo(new PassCounts(3, 2, 1, 0, 0));
        assertThat(reports.get(1).counts().counts()).isEqualTo(new PassCounts(3, 0, 3, 0, 0));

        lrs.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        List<PushedEvent> later = pushed(List.of(RecordedLog.row(987)));
        assertThatThrownBy(() -> measured.receive(later)).isInstanceOf(RuntimeException.class);
        assertThat(reports).hasSize(3);
        assertThat(reports.get(2).succeeded()).isFalse();
    }

    @Test
    void aBatchSentAgainIsAnsweredAsDuplicateAndSendsNothing() {
        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        moodle.removeUser(13);
        List<PushedEvent> batch = pushed(List.of(RecordedLog.row(352), RecordedLog.row(1036)));
        receiver.receive(batch);
        int posts = lrs.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).size();

        List<PushResult> again = receiver.receive(batch);

        assertThat(again).extracting(PushResult::status).containsOnly(PushResult.DUPLICATE);
        assertThat(lrs.findAll(postRequestedFor(urlEqualTo(STATEMENTS)))).hasSize(posts);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::attempts).containsExactly(1);
    }

    @Test
    void aRowThatCannotBecomeAStatementIsDeadLetteredUnderTheLogTailsKeyAndAcknowledged() {
        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        moodle.removeUser(13);

        List<PushResult> results = receiver.receive(pushed(List.of(RecordedLog.row(1036))));

        assertThat(results.get(0).status()).isEqualTo(PushResult.DEAD_LETTERED);
        assertThat(results.get(0).reason()).isNotBlank();
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::recordKey)
                .containsExactly("log:1036");
    }

    @Test
    void anActivityMarkedIncompleteVoidsTheCompletionThePluginSentWithIt() {
        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));

        List<PushResult> results = receiver.receive(List.of(new PushedEvent(9, overridden, RecordedLog.row(987))));

        List<Statement> posted = posted();
        assertThat(results.get(0).status()).isEqualTo(PushResult.DELIVERED);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).id()).isEqualTo(id(2001));
        assertThat(posted.get(0).verb()).isEqualTo(XapiProfile.VOIDED);
        assertThat(posted.get(0).object()).isEqualTo(new StatementRef(id(987)));
    }

    @Test
    void anUnreachableLrsAcknowledgesNothingAndTheBatchIsTakenLater() {
        lrs.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        List<PushedEvent> batch = pushed(List.of(RecordedLog.row(352)));

        assertThatThrownBy(() -> receiver.receive(batch)).isInstanceOf(LrsTransientException.class);

        lrs.stubFor(post(STATEMENTS).willReturn(LearningStepsTest.storedIds()));
        assertThat(receiver.receive(batch)).extracting(PushResult::status).containsExactly(PushResult.DELIVERED);
    }

    private static List<PushedEvent> pushed(List<LogRow> rows) {
        List<PushedEvent> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            events.add(new PushedEvent(i + 1, rows.get(i), null));
        }
        return events;
    }

    private static UUID id(long logId) {
        return StatementIds.forLogRow(SITE, logId);
    }

    private static List<Statement> posted() {
        return lrs.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).stream()
                .flatMap(request -> XapiJson.readStatements(request.getBodyAsString()).stream())
                .toList();
    }
}
