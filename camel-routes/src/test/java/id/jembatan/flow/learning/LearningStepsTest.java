package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsException;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.support.error.Failures;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page steps of {@code moodle-learning} (enrich, translate, deliver, commit) over recorded log rows, with a
 * real {@link MoodleDirectory} whose Moodle answers with recorded responses, a real {@link StatementDelivery} to a
 * WireMock LRS, and in-memory state stores.
 */
class LearningStepsTest {

    static final URI SITE = URI.create("http://127.0.0.1:8080");
    static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    static final String STATEMENTS = "/xapi/statements";
    static final long END = RecordedLog.maxId();
    /** Learner 10 in activity 5 (context 22): the web pair 986 (incomplete) and 987 (complete). */
    static final ContextUser PAIR = new ContextUser(22, 10);

    static final RecordedMoodle moodle = new RecordedMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    @RegisterExtension
    static final WireMockExtension lrs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    /** Moodle's log as far as these tests wrote it: every row a page read, and what a test adds. */
    private final TreeMap<Long, LogRow> log = new TreeMap<>();
    /** The look-ups of earlier completions in the log: (pairs, before id). */
    private final List<Map.Entry<Set<ContextUser>, Long>> lookUps = new ArrayList<>();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private LearningSteps steps;

    @BeforeEach
    void steps() {
        moodle.reset();
        LearningSettings settings = new LearningSettings(SITE, HOME_PAGE, null, null, null, null, 50);
        StatementDelivery delivery = new StatementDelivery(new LrsClient(new LrsConfig(
                URI.create(lrs.baseUrl() + "/xapi/"), "jembatan", "rahasia-lrs", Duration.ofSeconds(2),
                Duration.ofSeconds(5))));
        steps = new LearningSteps(moodle.directory(settings), new LearningTranslator(settings), delivery,
                this::latestBefore, deadLetters, watermarks);
    }

    /** 200 with the ids of the posted statements, in order, as real LRSs answer. */
    static ResponseDefinitionBuilder storedIds() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[{{#each (jsonPath request.body '$[*].id') as |id|}}\"{{id}}\"{{#unless @last}},"
                        + "{{/unless}}{{/each}}]")
                .withTransformers("response-template");
    }

    @Test
    void aPageIsDeliveredDeadLetteredAndCommitted() throws IOException {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        moodle.removeUser(13);
        List<LogRow> rows = rows(338, 352, 986, 987, 1036, 1083);

        LearningPass pass = page(new LearningPass("log", 337, END, -1, null), rows, 50);

        assertThat(postedBatches()).containsExactly(List.of(id(338), id(352), id(987)));
        assertThat(pass.read()).isEqualTo(6);
        assertThat(pass.delivered()).isEqualTo(3);
        assertThat(pass.skipped()).isEqualTo(1);
        assertThat(pass.deadLettered()).isEqualTo(2);
        List<DeadLetter> letters = deadLetters.list(DeadLetterStatus.OPEN, 10);
        assertThat(letters).extracting(DeadLetter::recordKey).containsExactly("log:1036", "log:1083");
        for (DeadLetter letter : letters) {
            assertThat(letter.flow()).isEqualTo("moodle-learning");
            assertThat(letter.reason()).isEqualTo("Pengguna Moodle id 13 tidak ditemukan (dihapus?) / Moodle user id"
                    + " 13 not found (deleted?)");
            assertThat(letter.errorClass()).isEqualTo("moodle-learning.untranslatable");
            assertThat(JSON.readValue(letter.payload(), LogRow.class))
                    .isEqualTo(RecordedLog.row(Long.parseLong(letter.recordKey().substring(4))));
        }
        assertThat(watermarks.get("moodle-learning", "log")).contains(Long.toString(END));
        assertThat(pass.position()).isEqualTo(END);
        assertThat(pass.isMore()).isFalse();
    }

    @Test
    void aCourseMoodleRefusesToLookUpDeadLettersItsRowsAndThePageGoesOn() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        moodle.refuseCourse(5);
        List<LogRow> rows = rows(338, 352, 986, 987);

        LearningPass pass = page(new LearningPass("log", 337, END, -1, null), rows, 50);

        assertThat(postedBatches()).containsExactly(List.of(id(338), id(352)));
        assertThat(pass.delivered()).isEqualTo(2);
        assertThat(pass.deadLettered()).isEqualTo(2);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::recordKey)
                .containsExactly("log:986", "log:987");
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).allSatisfy(letter -> assertThat(letter.reason())
                .startsWith("Moodle menolak mencari kursus / refused to look up course id 5")
                .contains("errorcoursecontextnotvalid"));
        assertThat(watermarks.get("moodle-learning", "log")).contains(Long.toString(END));
    }

    @Test
    void theWatermarkFollowsTheLastRowOfEachFullPageAndReachesTheEndOfTheRangeAfterTheLast() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LearningPass pass = new LearningPass("log", 337, END, -1, null);

        page(pass, rows(338, 339), 2);
        assertThat(watermarks.get("moodle-learning", "log")).contains("339");
        assertThat(pass.isMore()).isTrue();

        page(pass, rows(340, 341), 2);
        assertThat(watermarks.get("moodle-learning", "log")).contains("341");
        assertThat(pass.position()).isEqualTo(341);
        assertThat(pass.isMore()).isTrue();

        page(pass, List.of(), 2);
        assertThat(watermarks.get("moodle-learning", "log")).contains(Long.toString(END));
        assertThat(pass.isMore()).isFalse();
        assertThat(pass.delivered()).isEqualTo(4);
        assertThat(pass.pages()).isEqualTo(3);
    }

    @Test
    void aShortPageIsTheLastAndMovesTheWatermarkToTheEndOfTheRange() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LearningPass pass = new LearningPass("backfill:2026-11-28T00:00:00Z..", 337, END, 3, null);

        page(pass, rows(338), 2);

        assertThat(watermarks.get("moodle-learning", "backfill:2026-11-28T00:00:00Z..")).contains(Long.toString(END));
        assertThat(watermarks.get("moodle-learning", "log")).isEmpty();
        assertThat(pass.isMore()).isFalse();
    }

    @Test
    void aStatementTheLrsRefusesIsDeadLetteredAlone() throws IOException {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        lrs.stubFor(post(STATEMENTS).atPriority(1).withRequestBody(containing(id(987).toString()))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorId\":\"6f1d2e0a-3c4b-4a5e-9f10-2b3c4d5e6f70\",\"warnings\":[\"Problem"
                                + " in 'statement.object.id': Expected IRI\"]}")));
        List<LogRow> rows = rows(308, 313, 318, 338, 352, 987);

        LearningPass pass = page(new LearningPass("log", 300, END, -1, null), rows, 50);

        assertThat(pass.delivered()).isEqualTo(5);
        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement().satisfies(letter -> {
            assertThat(letter.recordKey()).isEqualTo("log:987");
            assertThat(letter.errorClass()).isEqualTo("lrs.rejected");
            assertThat(letter.reason()).startsWith("LRS menolak pernyataan / the LRS rejected statement " + id(987))
                    .contains("Problem in 'statement.object.id': Expected IRI");
            assertThat(JSON.readTree(letter.payload()).path("ours").path("id").asText())
                    .isEqualTo(id(987).toString());
        });
        assertThat(watermarks.get("moodle-learning", "log")).contains(Long.toString(END));
    }

    @Test
    void aConflictWithADifferentStoredStatementIsDeadLetteredWithBothVersions() throws IOException {
        Statement stored = Statement.builder().id(id(352))
                .actor(Agent.ofAccount(HOME_PAGE, "198703122010011004", "Budi Santoso"))
                .verb(XapiProfile.COMPLETED)
                .object(XapiProfile.course(SITE, 5, "Penyusunan SKP dan Manajemen Kinerja ASN"))
                .timestamp("2026-11-28T05:27:26Z").stored("2026-11-28T05:30:00.000Z").version("1.0.0")
                .build();
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        lrs.stubFor(post(STATEMENTS).atPriority(1).withRequestBody(containing(id(352).toString()))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"" + id(352) + " is conflicting\"}")));
        lrs.stubFor(get(urlPathEqualTo(STATEMENTS)).withQueryParam("statementId", equalTo(id(352).toString()))
                .willReturn(okJson(XapiJson.toJson(stored))));

        LearningPass pass = page(new LearningPass("log", 337, END, -1, null), rows(338, 352), 50);

        assertThat(pass.delivered()).isEqualTo(1);
        assertThat(pass.deadLettered()).isEqualTo(1);
        DeadLetter letter = deadLetters.list(DeadLetterStatus.OPEN, 10).get(0);
        assertThat(letter.recordKey()).isEqualTo("log:352");
        assertThat(letter.errorClass()).isEqualTo("lrs.conflict");
        assertThat(letter.reason()).contains("LRS sudah menyimpan pernyataan lain dengan id yang sama",
                "the LRS holds a different statement with id " + id(352), id(352) + " is conflicting");
        JsonNode versions = JSON.readTree(letter.payload());
        assertThat(versions.path("ours").path("id").asText()).isEqualTo(id(352).toString());
        assertThat(versions.path("ours").path("object").path("id").asText())
                .isEqualTo("http://127.0.0.1:8080/course/view.php?id=6");
        assertThat(versions.path("stored").path("id").asText()).isEqualTo(id(352).toString());
        assertThat(versions.path("stored").path("object").path("id").asText())
                .isEqualTo("http://127.0.0.1:8080/course/view.php?id=5");
    }

    @Test
    void aTransientLrsFailureLeavesTheWatermarkWhereItWasUntilThePageIsRetried() {
        lrs.stubFor(post(STATEMENTS).inScenario("lrs").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))
                .willSetStateTo("back"));
        lrs.stubFor(post(STATEMENTS).inScenario("lrs").whenScenarioStateIs("back").willReturn(storedIds()));
        watermarks.advance("moodle-learning", "log", "337");
        moodle.removeUser(13);
        List<LogRow> rows = rows(352, 987, 1036);
        LearningPass pass = new LearningPass("log", 337, END, -1, null);
        pass.pageRead(rows, 50);
        steps.translate(steps.enrich(pass));

        assertThatThrownBy(() -> steps.deliver(pass)).isInstanceOf(LrsTransientException.class)
                .satisfies(failure -> {
                    assertThat(((LrsException) failure).isRetryable()).isTrue();
                    assertThat(Failures.isTransient(failure)).isTrue();
                });

        assertThat(watermarks.get("moodle-learning", "log")).contains("337");
        assertThat(deadLetters.count("moodle-learning", DeadLetterStatus.OPEN)).isZero();
        assertThat(pass.position()).isEqualTo(337);

        page(pass, rows, 50);

        assertThat(postedBatches()).containsExactly(List.of(id(352), id(987)), List.of(id(352), id(987)));
        assertThat(pass.delivered()).isEqualTo(2);
        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(watermarks.get("moodle-learning", "log")).contains(Long.toString(END));
    }

    @Test
    void aCompletionOverriddenToIncompleteInALaterPageVoidsTheStatementSentForIt() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        LogRow overriddenAgain = RecordedLog.variant(986, 2002, row -> row.put("timecreated", 1795908700));
        LearningPass pass = new LearningPass("log", 986, 2002, -1, null);

        page(pass, List.of(RecordedLog.row(987)), 1);
        page(pass, List.of(overridden), 1);
        page(pass, List.of(overriddenAgain), 1);

        List<Statement> posted = posted();
        assertThat(posted).extracting(Statement::id).containsExactly(id(987), id(2001));
        assertThat(posted.get(0).verb()).isEqualTo(XapiProfile.COMPLETED);
        assertThat(posted.get(1).verb()).isEqualTo(XapiProfile.VOIDED);
        assertThat(posted.get(1).object()).isEqualTo(new StatementRef(id(987)));
        assertThat(pass.delivered()).isEqualTo(2);
        assertThat(pass.skipped()).as("2002: the row before it, 2001, already revoked the completion").isEqualTo(1);
        assertThat(lookUps).as("the pass has read 987 and 2001 itself").isEmpty();
        assertThat(watermarks.get("moodle-learning", "log")).contains("2002");
    }

    @Test
    void completionsOfOneActivityWithinAPageSeeEachOther() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));

        page(new LearningPass("log", 985, 2001, -1, null), List.of(RecordedLog.row(986), RecordedLog.row(987),
                overridden), 50);

        List<Statement> posted = posted();
        assertThat(posted).extracting(Statement::id).containsExactly(id(987), id(2001));
        assertThat(posted.get(1).object()).isEqualTo(new StatementRef(id(987)));
        assertThat(lookUps).as("only 986 needs the log before the page; 2001 has 987 in the page")
                .containsExactly(Map.entry(Set.of(PAIR), 986L));
    }

    @Test
    void anActivityMarkedIncompleteVoidsTheCompletionBeforeItInTheLogThoughThisBridgeNeverSentIt() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        log.put(987L, RecordedLog.row(987));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));

        LearningPass pass = page(new LearningPass("log", 2000, 2001, -1, null), List.of(overridden), 50);

        assertThat(posted()).singleElement().satisfies(voiding -> {
            assertThat(voiding.id()).isEqualTo(id(2001));
            assertThat(voiding.verb()).isEqualTo(XapiProfile.VOIDED);
            assertThat(voiding.object()).isEqualTo(new StatementRef(id(987)));
        });
        assertThat(pass.delivered()).isEqualTo(1);
    }

    @Test
    void anIncompleteWhoseActivityThePassHasNotMetLooksUpOnlyTheRowsBeforeThePass() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        log.put(987L, RecordedLog.row(987));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        LearningPass pass = new LearningPass("log", 1000, 2001, -1, null);

        page(pass, rows(1036), 1);
        page(pass, List.of(overridden), 1);

        assertThat(lookUps).containsExactly(Map.entry(Set.of(PAIR), 1001L));
        assertThat(posted()).last().extracting(Statement::object).isEqualTo(new StatementRef(id(987)));
    }

    @Test
    void anActivityWhoseIdsDoNotFitThePassHistoryIsLookedUpBeforeEachPage() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        long context = 1L << 40;
        LogRow completed = RecordedLog.variant(987, 1500, row -> row.put("contextid", context));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("contextid", context)
                .put("timecreated", 1795908600));
        LearningPass pass = new LearningPass("log", 1499, 2001, -1, null);

        page(pass, List.of(completed), 1);
        page(pass, List.of(overridden), 1);

        assertThat(lookUps).containsExactly(Map.entry(Set.of(new ContextUser(context, 10)), 2001L));
        assertThat(posted()).last().extracting(Statement::object).isEqualTo(new StatementRef(id(1500)));
    }

    @Test
    void aCompletionTheLrsRefusedIsStillTheOneAnIncompleteLaterVoids() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        lrs.stubFor(post(STATEMENTS).atPriority(1).withRequestBody(containing(id(987).toString()))
                .withRequestBody(notContaining(id(2001).toString()))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"refused\"}")));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        LearningPass pass = new LearningPass("log", 986, 2001, -1, null);

        page(pass, List.of(RecordedLog.row(987)), 1);
        page(pass, List.of(overridden), 1);

        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::recordKey)
                .containsExactly("log:987");
        assertThat(posted()).last().satisfies(voiding -> {
            assertThat(voiding.id()).isEqualTo(id(2001));
            assertThat(voiding.object()).as("what the log says, whatever the LRS holds: the LRS accepts a voiding"
                    + " of a statement it does not hold, and voids 987 if it is re-sent from the dead letters")
                    .isEqualTo(new StatementRef(id(987)));
        });
        assertThat(pass.delivered()).isEqualTo(1);
    }

    @Test
    void replayingARangeThatWasAlreadyDeliveredDoesNotVoidItsCompletions() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        List<LogRow> incompleteThenComplete = rows(986, 987);
        page(new LearningPass("log", 985, END, -1, null), incompleteThenComplete, 50);

        page(new LearningPass("backfill:2026-11-28T00:00:00Z..", 985, END, 2, null), incompleteThenComplete, 50);

        assertThat(posted()).extracting(Statement::verb).doesNotContain(XapiProfile.VOIDED);
        assertThat(postedBatches()).containsExactly(List.of(id(987)), List.of(id(987)));
    }

    @Test
    void aBackfillOverARangeTheTailPassedSendsExactlyWhatTheTailSent() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        LogRow completedAgain = RecordedLog.variant(987, 3000, row -> row.put("timecreated", 1795908700));
        page(new LearningPass("log", 986, 3000, -1, null), List.of(RecordedLog.row(987), overridden,
                completedAgain), 50);
        List<Statement> tail = posted();
        lrs.resetRequests();

        page(new LearningPass("backfill:2026-11-28T00:00:00Z..", 2000, 2001, 1, null), List.of(overridden), 50);

        assertThat(tail).extracting(Statement::id).containsExactly(id(987), id(2001), id(3000));
        assertThat(posted()).as("2001 still voids 987, though 3000 completed the activity again since")
                .containsExactly(tail.get(1));
    }

    @Test
    void onlyActivitiesMarkedIncompleteWithoutAnEarlierCompletionInThePageAreLookedUp() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        log.put(308L, RecordedLog.row(308));
        LearningPass pass = new LearningPass("log", 985, 2001, -1, null);
        pass.pageRead(List.of(RecordedLog.row(986), RecordedLog.row(987), overridden), 50);
        LearningPass completionFirst = new LearningPass("log", 986, 2001, -1, null);
        completionFirst.pageRead(List.of(RecordedLog.row(987), overridden), 50);
        LearningPass otherLearner = new LearningPass("log", 308, 2001, -1, null);
        otherLearner.pageRead(List.of(RecordedLog.variant(307, 1500, row -> row.put("timecreated", 1795908600))),
                50);

        steps.translate(steps.enrich(pass));
        steps.translate(steps.enrich(completionFirst));
        steps.translate(steps.enrich(otherLearner));

        assertThat(pass.priorCompletions).isEmpty();
        assertThat(pass.pending).extracting(pending -> pending.checked().isValid()).containsOnly(true);
        assertThat(LearningTranslator.needsPriorCompletion(pass.events.get(0))).as("986: incomplete").isTrue();
        assertThat(LearningTranslator.needsPriorCompletion(pass.events.get(1))).as("987: complete").isFalse();
        assertThat(completionFirst.priorCompletions).isEmpty();
        assertThat(otherLearner.priorCompletions).containsOnly(Map.entry(new ContextUser(18, 6),
                RecordedLog.row(308)));
        assertThat(otherLearner.pending).singleElement().extracting(pending -> pending.emit().statement().object())
                .isEqualTo(new StatementRef(id(308)));
        assertThat(lookUps).as("among the rows up to where each pass starts").containsExactly(
                Map.entry(Set.of(PAIR), 986L), Map.entry(Set.of(new ContextUser(18, 6)), 309L));
    }

    @Test
    void enrichmentAsksMoodleOnceForThePagesUsersAndOnceForItsCourses() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        List<LogRow> rows = RecordedLog.learningRows();
        LearningPass pass = new LearningPass("log", 0, END, -1, null);
        pass.pageRead(rows, 50);

        steps.enrich(pass);

        assertThat(pass.events).hasSize(rows.size()).allSatisfy(event -> {
            assertThat(event.learner()).isNotNull();
            assertThat(event.course()).isNotNull();
        });
        assertThat(moodle.calls("core_user_get_users_by_field")).isEqualTo(1);
        assertThat(moodle.calls("core_course_get_courses")).isEqualTo(1);
        assertThat(moodle.calls("core_course_get_categories")).isEqualTo(1);
        assertThat(moodle.calls("core_course_get_contents")).isEqualTo(3);
        assertThat(moodle.calls("gradereport_user_get_grade_items")).isEqualTo(1);
    }

    @Test
    void aRowWhoseOtherIsNotJsonIsDeadLetteredAndThePageGoesOn() {
        lrs.stubFor(post(STATEMENTS).willReturn(storedIds()));
        LogRow phpSerialised = RecordedLog.variant(338, 2001, row -> row.set("other", TextNode.valueOf(
                "a:3:{s:6:\"itemid\";s:1:\"9\";s:10:\"overridden\";b:0;s:10:\"finalgrade\";d:88;}")));

        LearningPass pass = page(new LearningPass("log", 351, 2001, -1, null),
                List.of(RecordedLog.row(352), phpSerialised), 50);

        assertThat(pass.delivered()).isEqualTo(1);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement().satisfies(letter -> {
            assertThat(letter.recordKey()).isEqualTo("log:2001");
            assertThat(letter.reason()).contains("Baris log tidak terbaca / unreadable log row", "jsonformat");
        });
        assertThat(watermarks.get("moodle-learning", "log")).contains("2001");
    }

    private LearningPass page(LearningPass pass, List<LogRow> rows, int pageSize) {
        rows.forEach(row -> log.put(row.id(), row));
        pass.pageRead(rows, pageSize);
        return steps.commit(steps.deliver(steps.translate(steps.enrich(pass))));
    }

    /** {@link PriorCompletions} over {@link #log}, as {@code MoodleLogReader.latestBefore} reads Moodle's. */
    private Map<ContextUser, LogRow> latestBefore(Collection<ContextUser> pairs, long beforeId) {
        lookUps.add(Map.entry(Set.copyOf(pairs), beforeId));
        Map<ContextUser, LogRow> latest = new HashMap<>();
        log.headMap(beforeId).values().stream().filter(LearningTranslator::isActivityCompletion)
                .filter(row -> pairs.contains(LearningTranslator.completionPair(row)))
                .forEach(row -> latest.put(LearningTranslator.completionPair(row), row));
        return latest;
    }

    private static List<LogRow> rows(long... ids) {
        return Arrays.stream(ids).mapToObj(RecordedLog::row).toList();
    }

    private static UUID id(long logId) {
        return StatementIds.forLogRow(SITE, logId);
    }

    private static List<List<UUID>> postedBatches() {
        return lrs.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).stream()
                .map(request -> XapiJson.readStatements(request.getBodyAsString()).stream().map(Statement::id).toList())
                .toList();
    }

    private static List<Statement> posted() {
        return lrs.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).stream()
                .flatMap(request -> XapiJson.readStatements(request.getBodyAsString()).stream())
                .toList();
    }
}
