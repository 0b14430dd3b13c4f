package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passes of the web-service source over the recorded site (see {@code moodle/snapshot/README.md}), with the real
 * Moodle client and LRS client against WireMock, and the steps run in the order the route runs them.
 */
class SnapshotPassTest {

    static final URI SITE = URI.create("http://127.0.0.1:8080");
    static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    static final int PAGE_SIZE = 3;
    /** Statements of the recorded site: 26 in course 6 (4 for each of six learners, 1 each for two), 9 in course 5. */
    static final int RECORDED_STATEMENTS = 35;

    static final RecordedSite site = new RecordedSite();
    static final Lrs lrs = new Lrs();

    @RegisterExtension
    static final WireMockExtension moodleServer = site.server();
    @RegisterExtension
    static final WireMockExtension lrsServer = lrs.server();

    private final InMemoryIdempotencyStore facts = new InMemoryIdempotencyStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private SnapshotSource source;
    private SnapshotSteps steps;

    @BeforeEach
    void setUp() {
        site.reset();
        lrs.accepts();
        LearningSettings settings = settings();
        source = new SnapshotSource(site.client(), new MoodleDirectory(site.client(), settings), settings, watermarks,
                PAGE_SIZE, List.of("student"));
        steps = new SnapshotSteps(settings, lrs.delivery(), facts, deadLetters, watermarks);
    }

    static LearningSettings settings() {
        return new LearningSettings(SITE, HOME_PAGE, "idnumber", null, "jp", null, 500);
    }

    /** One pass, step by step as {@link SnapshotRoutes} runs it. */
    private SnapshotPass runPass() {
        SnapshotPass pass = source.start();
        while (pass.isMore()) {
            steps.commit(steps.deliver(steps.translate(source.readCourse(pass))));
        }
        return pass;
    }

    static String id(long userId, long courseId, String kind) {
        return StatementIds.forRecord(SITE, userId, courseId, kind).toString();
    }

    @Test
    void theFirstPassSendsTheCompletionsAndGradesOfEveryLearner() {
        SnapshotPass pass = runPass();

        List<JsonNode> sent = lrs.received();
        assertThat(sent).hasSize(RECORDED_STATEMENTS);
        assertThat(sent).extracting(s -> s.at("/verb/id").asText().replace("http://adlnet.gov/expapi/verbs/", ""))
                .filteredOn("completed"::equals).hasSize(17);
        assertThat(sent).extracting(s -> s.at("/verb/id").asText()).filteredOn(v -> v.endsWith("/scored")).hasSize(16);

        JsonNode budiCompleted = lrs.statement(id(3, 6, "course-completion-1795908438"));
        assertThat(budiCompleted.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(budiCompleted.at("/actor/account/homePage").asText()).isEqualTo(HOME_PAGE.toString());
        assertThat(budiCompleted.at("/actor/account/name").asText()).isEqualTo("198703122010011004");
        assertThat(budiCompleted.at("/actor/name").asText()).isEqualTo("Budi Santoso");
        assertThat(budiCompleted.at("/object/id").asText()).isEqualTo("http://127.0.0.1:8080/course/view.php?id=6");
        assertThat(budiCompleted.at("/timestamp").asText())
                .isEqualTo(Instant.ofEpochSecond(1795908438).toString());
        JsonNode extensions = budiCompleted.at("/context/extensions");
        assertThat(extensions.get("https://jembatan.id/xapi/extensions/jp").asInt()).isEqualTo(8);
        assertThat(extensions.get("https://jembatan.id/xapi/extensions/competency-type").asText())
                .isEqualTo("sosial-kultural");
        assertThat(extensions.at("/https:~1~1jembatan.id~1xapi~1extensions~1unit-kerja/name").asText())
                .isEqualTo("Dinas Komunikasi dan Informatika");

        JsonNode budiPage = lrs.statement(id(3, 6, "module-completion-7-1-1795908394"));
        assertThat(budiPage.at("/object/id").asText()).isEqualTo("http://127.0.0.1:8080/mod/page/view.php?id=7");
        assertThat(budiPage.at("/object/definition/name/id-ID").asText())
                .isEqualTo("Materi Pokok: Wawasan Kebangsaan dan Nilai-Nilai Bela Negara");
        assertThat(budiPage.at("/context/contextActivities/parent/0/id").asText())
                .isEqualTo("http://127.0.0.1:8080/course/view.php?id=6");
        assertThat(budiPage.at("/context/extensions").has("https://jembatan.id/xapi/extensions/jp")).isFalse();

        JsonNode budiQuiz = lrs.statement(id(3, 5, "module-completion-6-2-1795908409"));
        assertThat(budiQuiz.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(budiQuiz.at("/result/success").asBoolean()).isTrue();
        JsonNode nurQuiz = lrs.statement(id(8, 5, "module-completion-6-3-1795908420"));
        assertThat(nurQuiz.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(nurQuiz.at("/actor/account/name").asText()).isEqualTo("199307302020122007");
        assertThat(nurQuiz.at("/object/definition/type").asText())
                .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
        assertThat(nurQuiz.at("/result/success").asBoolean()).isFalse();
        JsonNode nurQuizGrade = lrs.statement(id(8, 5, "grade-8-50"));
        assertThat(nurQuizGrade.at("/object/id").asText()).isEqualTo("http://127.0.0.1:8080/mod/quiz/view.php?id=6");
        assertThat(nurQuizGrade.at("/result/score/raw").asDouble()).isEqualTo(50.0);
        assertThat(nurQuizGrade.at("/result/score/scaled").asDouble()).isEqualTo(0.5);
        JsonNode sitiTotal = lrs.statement(id(4, 6, "grade-9-92"));
        assertThat(sitiTotal.at("/object/id").asText()).isEqualTo("http://127.0.0.1:8080/course/view.php?id=6");
        assertThat(sitiTotal.at("/context/extensions/https:~1~1jembatan.id~1xapi~1extensions~1jp").asInt()).isEqualTo(8);

        assertThat(pass.courses()).isEqualTo(5);
        assertThat(pass.learners()).isEqualTo(10);
        assertThat(pass.read()).isEqualTo(RECORDED_STATEMENTS);
        assertThat(pass.delivered()).isEqualTo(RECORDED_STATEMENTS);
        assertThat(pass.skipped()).isZero();
        assertThat(pass.deadLettered()).isZero();
        assertThat(pass.summary()).contains("terkirim/delivered 35", "surat mati/dead-lettered 0");
        assertThat(facts.lookup(SnapshotSteps.FACTS, "3:6:course"))
                .contains("completed@1795908438 " + id(3, 6, "course-completion-1795908438"));
        assertThat(watermarks.get(SnapshotSource.FLOW, SnapshotSource.WATERMARK)).contains(SnapshotSource.DONE);
    }

    @Test
    void enrolledUsersAreReadAPageAtATimeAndOnlyLearnersAreAskedAbout() {
        runPass();

        assertThat(site.requests("core_enrol_get_enrolled_users")).extracting(form -> form.get("courseid") + "@"
                        + form.get("options[0][value]"))
                .containsExactly("2@0", "3@0", "4@0", "5@0", "6@0", "6@3", "6@6", "6@9");
        assertThat(site.requests("core_enrol_get_enrolled_users").get(0))
                .containsEntry("options[1][value]", "3")
                .containsEntry("options[2][name]", "userfields")
                .containsEntry("options[2][value]", "id,username,fullname,idnumber,department,roles");
        assertThat(site.requests("core_completion_get_course_completion_status"))
                .extracting(form -> form.get("userid")).doesNotContain("11").hasSize(10);
        assertThat(site.requests("core_course_get_contents")).extracting(form -> form.get("courseid"))
                .containsExactly("5", "6");
    }

    @Test
    void aSecondPassOverUnchangedAnswersSendsNothing() {
        runPass();
        int requests = lrs.requestCount();

        SnapshotPass second = runPass();

        assertThat(lrs.requestCount()).isEqualTo(requests);
        assertThat(second.read()).isEqualTo(RECORDED_STATEMENTS);
        assertThat(second.delivered()).isZero();
        assertThat(second.skipped()).isEqualTo(RECORDED_STATEMENTS);
    }

    @Test
    void aChangedGradeSendsExactlyOneNewStatement() {
        runPass();
        lrs.forget();
        ObjectNode item = site.gradeItem(6, 4, 10);
        item.put("graderaw", 95);
        item.put("gradedategraded", 1795999000L);

        SnapshotPass second = runPass();

        assertThat(lrs.received()).hasSize(1);
        JsonNode regraded = lrs.received().get(0);
        assertThat(regraded.get("id").asText()).isEqualTo(id(4, 6, "grade-10-95")).isNotEqualTo(id(4, 6, "grade-10-92"));
        assertThat(regraded.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/scored");
        assertThat(regraded.at("/result/score/raw").asDouble()).isEqualTo(95.0);
        assertThat(regraded.at("/actor/account/name").asText()).isEqualTo("199005242015032001");
        assertThat(second.delivered()).isEqualTo(1);
        assertThat(runPass().delivered()).isZero();
    }

    @Test
    void anActivityOverriddenToIncompleteVoidsTheCompletionSentBefore() {
        runPass();
        lrs.forget();
        ObjectNode page = site.activity(6, 5, 7);
        page.put("state", 0);
        page.put("timecompleted", 0);
        page.put("overrideby", 11);

        runPass();

        assertThat(lrs.received()).hasSize(1);
        JsonNode voiding = lrs.received().get(0);
        assertThat(voiding.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/voided");
        assertThat(voiding.at("/object/objectType").asText()).isEqualTo("StatementRef");
        assertThat(voiding.at("/object/id").asText()).isEqualTo(id(5, 6, "module-completion-7-1-1795908394"));
        assertThat(voiding.at("/actor/account/name").asText()).isEqualTo("198511072009021002");
        lrs.forget();
        assertThat(runPass().delivered()).isZero();
        assertThat(lrs.received()).isEmpty();
    }

    @Test
    void anActivityIncompleteThatWasNeverSentAsCompleteSendsNothing() {
        ObjectNode page = site.activity(6, 10, 7);
        page.put("state", 0);
        page.put("timecompleted", 0);

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS - 1)
                .noneMatch(s -> s.at("/actor/account/name").asText().equals("198904022014022002"));
        assertThat(pass.skipped()).isEqualTo(1);
    }

    @Test
    void aLearnerWithoutNipIsDeadLetteredAndTheOthersAreSent() {
        site.enrolledUser(6, 4).put("idnumber", "");

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS - 4);
        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.recordKey()).isEqualTo("ws:4:6");
        assertThat(dead.reason()).contains("siti.rahmawati", "tidak punya NIP", "has no NIP",
                "jembatan.identity.nip-field");
        assertThat(dead.payload()).contains("\"userid\":4", "\"courseid\":6");
        assertThat(site.requests("core_completion_get_course_completion_status"))
                .noneMatch(form -> form.get("userid").equals("4"));
        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(pass.read()).isEqualTo(RECORDED_STATEMENTS - 4 + 1);
    }

    @Test
    void aLearnerWithAnInvalidNipIsDeadLetteredWithTheReason() {
        site.enrolledUser(6, 7).put("idnumber", "19780820199803100");

        runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS - 4);
        assertThat(onlyDeadLetter().reason()).contains("19780820199803100", "tidak valid / is invalid");
    }

    @Test
    void aLearnerMoodleReportsAsNotEnroledStillHasWhatTheOtherCallsShowSent() {
        site.courseCompletionAnswers(6, 9, RecordedSite.body("ws/core_completion_get_course_completion_status"
                + "__error_user_not_enrolled"));

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).isEmpty();
        assertThat(pass.deadLettered()).isZero();
    }

    @Test
    void aCourseCompletionOfALearnerSuspendedAfterwardsIsStillSentFromTheCriteriaAndTheOtherCalls() {
        site.courseCompletionAnswers(6, 3, RecordedSite.body("ws/core_completion_get_course_completion_status"
                + "__error_user_not_enrolled"));

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS);
        JsonNode completed = lrs.statement(id(3, 6, "course-completion-1795908438"));
        assertThat(completed.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(completed.at("/timestamp").asText()).isEqualTo(Instant.ofEpochSecond(1795908438).toString());
        assertThat(pass.deadLettered()).isZero();
    }

    @Test
    void aSuspendedLearnersCompletionIsNotGuessedWhenNoOtherLearnerShowsTheCriteria() {
        for (long user = 3; user <= 10; user++) {
            site.courseCompletionAnswers(6, user, RecordedSite.body("ws/core_completion_get_course_completion_status"
                    + "__error_user_not_enrolled"));
        }

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).extracting(s -> s.get("id").asText())
                .doesNotContain(id(3, 6, "course-completion-1795908438"))
                .contains(id(3, 6, "module-completion-7-1-1795908394"), id(4, 6, "grade-9-92"));
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 20)).hasSize(8).allSatisfy(dead -> {
            assertThat(dead.recordKey()).startsWith("ws:").endsWith(":6");
            assertThat(dead.reason()).contains("usernotenroled", "the rest was sent");
        });
        assertThat(pass.deadLettered()).isEqualTo(8);
    }

    @Test
    void aGradeReportMoodleRefusesLosesOnlyTheGradesOfThatLearner() {
        site.gradeItemsAnswer(6, 4, RecordedSite.body("ws/core_completion_get_course_completion_status"
                + "__error_nonexistent_user"));

        SnapshotPass pass = runPass();

        List<String> sent = lrs.received().stream().map(s -> s.get("id").asText()).toList();
        assertThat(sent).contains(id(4, 6, "course-completion-1795908438")).doesNotContain(id(4, 6, "grade-9-92"));
        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.recordKey()).isEqualTo("ws:4:6");
        assertThat(dead.reason()).contains("gradereport_user_get_grade_items", "invaliduser", "the rest was sent");
        assertThat(pass.deadLettered()).isEqualTo(1);
    }

    @Test
    void aStatementTheLrsRejectsIsDeadLetteredAndNotRemembered() {
        String refused = id(3, 6, "course-completion-1795908438");
        lrs.rejects(refused);

        SnapshotPass pass = runPass();

        assertThat(lrs.received()).hasSize(RECORDED_STATEMENTS - 1);
        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.recordKey()).isEqualTo("ws:3:6:course");
        assertThat(dead.errorClass()).isEqualTo("lrs.rejected");
        assertThat(dead.reason()).contains("LRS menolak pernyataan / the LRS rejected statement " + refused);
        assertThat(dead.payload()).contains(refused);
        assertThat(facts.lookup(SnapshotSteps.FACTS, "3:6:course")).isEmpty();
        assertThat(facts.lookup(SnapshotSteps.FACTS, "3:6:grade:9")).isPresent();
        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(pass.read()).isEqualTo(pass.delivered() + pass.skipped() + pass.deadLettered());

        lrs.accepts();
        lrs.forget();
        runPass();
        assertThat(lrs.received()).extracting(s -> s.get("id").asText()).containsExactly(refused);
    }

    @Test
    void anLrsThatIsUnavailableLeavesTheFactStoreUntouched() {
        lrs.unavailable();

        assertThatThrownBy(this::runPass).isInstanceOf(LrsTransientException.class);

        assertThat(facts.lookupAll(SnapshotSteps.FACTS, List.of("3:5:course", "3:5:module:5", "8:5:grade:8")))
                .isEmpty();
        assertThat(deadLetters.count(SnapshotSource.FLOW, DeadLetterStatus.OPEN)).isZero();
        assertThat(watermarks.get(SnapshotSource.FLOW, SnapshotSource.WATERMARK)).isEmpty();
        lrs.accepts();
        assertThat(runPass().delivered()).isEqualTo(RECORDED_STATEMENTS);
    }

    @Test
    void aPassCutShortResumesAfterTheLastFinishedCourse() {
        lrs.unavailableFor("course/view.php?id=6");

        assertThatThrownBy(this::runPass).isInstanceOf(LrsTransientException.class);
        assertThat(watermarks.get(SnapshotSource.FLOW, SnapshotSource.WATERMARK)).contains("5");
        assertThat(facts.lookup(SnapshotSteps.FACTS, "3:5:course")).isPresent();

        lrs.accepts();
        site.forgetRequests();
        SnapshotPass resumed = runPass();

        assertThat(site.requests("core_enrol_get_enrolled_users")).extracting(form -> form.get("courseid"))
                .containsOnly("6");
        assertThat(resumed.delivered()).isEqualTo(26);
        assertThat(watermarks.get(SnapshotSource.FLOW, SnapshotSource.WATERMARK)).contains(SnapshotSource.DONE);
        SnapshotPass next = runPass();
        assertThat(next.courses()).isEqualTo(5);
        assertThat(next.delivered()).isZero();
    }

    private DeadLetter onlyDeadLetter() {
        List<DeadLetter> open = deadLetters.list(DeadLetterStatus.OPEN, 10);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).flow()).isEqualTo("moodle-learning");
        return open.get(0);
    }

    /**
     * A Moodle answering the calls of the web-service source from the recorded answers (README of
     * {@code moodle/snapshot/}). Per learner and course it keeps its own copy of each answer, which tests change to
     * model what happened in Moodle since. A call it has no answer for gets HTTP 500, which fails the test.
     */
    static final class RecordedSite implements ResponseDefinitionTransformerV2 {

        static final String TOKEN = "TEST-TOKEN";
        static final String PATH = "/webservice/rest/server.php";
        private static final String NAME = "snapshot-site";
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final Map<String, String> MOODLE_HEADERS = Map.of(
                "Content-type", "application/json",
                "Cache-Control", "private, must-revalidate, pre-check=0, post-check=0, max-age=0",
                "Expires", "Thu, 01 Jan 1970 00:00:00 GMT",
                "Pragma", "no-cache",
                "Accept-Ranges", "none",
                "Access-Control-Allow-Origin", "*");

        private final WireMockExtension server;
        private final Map<Long, ArrayNode> enrolled = new ConcurrentHashMap<>();
        private final Map<Long, JsonNode> contents = new ConcurrentHashMap<>();
        private final Map<String, JsonNode> courseCompletions = new ConcurrentHashMap<>();
        private final Map<String, JsonNode> activities = new ConcurrentHashMap<>();
        private final Map<String, JsonNode> grades = new ConcurrentHashMap<>();
        private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        private volatile ArrayNode courses;
        private volatile String categories;

        RecordedSite() {
            server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(this)).build();
        }

        WireMockExtension server() {
            return server;
        }

        /** Puts back the recorded answers and the stub; call before each test (after WireMock's own reset). */
        void reset() {
            enrolled.clear();
            contents.clear();
            courseCompletions.clear();
            activities.clear();
            grades.clear();
            failOnce.clear();
            courses = (ArrayNode) body("ws/core_course_get_courses__all");
            categories = body("ws/core_course_get_categories__all").toString();
            contents.put(5L, body("ws/core_course_get_contents__course_skp"));
            contents.put(6L, body("derived/core_course_get_contents__course_wasbang"));
            for (long course = 2; course <= 4; course++) {
                enrolled.put(course, JSON.createArrayNode());
            }
            enrolled.put(5L, (ArrayNode) body("derived/core_enrol_get_enrolled_users__course_skp"));
            enrolled.put(6L, (ArrayNode) body("ws/core_enrol_get_enrolled_users__course_wasbang"));
            JsonNode wasbangGrades = body("ws/gradereport_user_get_grade_items__course_wasbang_all_users");
            for (long user = 3; user <= 10; user++) {
                courseCompletions.put(key(6, user), body(user <= 8
                        ? "ws/core_completion_get_course_completion_status__completed"
                        : "ws/core_completion_get_course_completion_status__not_completed"));
                activities.put(key(6, user), body("ws/core_completion_get_activities_completion_status"
                        + "__manual_grade_course"));
                ObjectNode report = JSON.createObjectNode();
                ArrayNode only = report.putArray("usergrades");
                long userId = user;
                wasbangGrades.path("usergrades").forEach(g -> {
                    if (g.get("userid").asLong() == userId) {
                        only.add(g.deepCopy());
                    }
                });
                report.putArray("warnings");
                grades.put(key(6, user), report);
            }
            courseCompletions.put(key(5, 3), body("derived/core_completion_get_course_completion_status"
                    + "__course_skp_completed"));
            courseCompletions.put(key(5, 8), body("ws/core_completion_get_course_completion_status"
                    + "__quiz_failed_not_completed"));
            activities.put(key(5, 3), body("ws/core_completion_get_activities_completion_status__passed_quiz"));
            activities.put(key(5, 8), body("ws/core_completion_get_activities_completion_status__failed_quiz"));
            grades.put(key(5, 3), body("ws/gradereport_user_get_grade_items__course_skp_user"));
            grades.put(key(5, 8), body("derived/gradereport_user_get_grade_items__course_skp_failed_user"));
            server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withTransformers(NAME)));
        }

        MoodleClient client() {
            return new MoodleClient(new MoodleClientConfig(URI.create(server.baseUrl()), TOKEN, Duration.ofSeconds(2),
                    Duration.ofSeconds(5)));
        }

        /** User {@code userId} as the enrolled users of course {@code courseId} list them, to change. */
        ObjectNode enrolledUser(long courseId, long userId) {
            for (JsonNode user : enrolled.get(courseId)) {
                if (user.get("id").asLong() == userId) {
                    return (ObjectNode) user;
                }
            }
            throw new IllegalArgumentException("user " + userId + " is not enrolled in course " + courseId);
        }

        /** The completion of course module {@code cmid} as reported for the learner, to change. */
        ObjectNode activity(long courseId, long userId, long cmid) {
            for (JsonNode status : activities.get(key(courseId, userId)).path("statuses")) {
                if (status.get("cmid").asLong() == cmid) {
                    return (ObjectNode) status;
                }
            }
            throw new IllegalArgumentException("no activity " + cmid + " in course " + courseId);
        }

        /** Grade item {@code itemId} as reported for the learner, to change. */
        ObjectNode gradeItem(long courseId, long userId, long itemId) {
            for (JsonNode item : grades.get(key(courseId, userId)).path("usergrades").get(0).path("gradeitems")) {
                if (item.get("id").asLong() == itemId) {
                    return (ObjectNode) item;
                }
            }
            throw new IllegalArgumentException("no grade item " + itemId + " in course " + courseId);
        }

        /** From now on the course completion of the learner is answered with {@code answer}. */
        void courseCompletionAnswers(long courseId, long userId, JsonNode answer) {
            courseCompletions.put(key(courseId, userId), answer);
        }

        /** From now on the grade report of the learner is answered with {@code answer}. */
        void gradeItemsAnswer(long courseId, long userId, JsonNode answer) {
            grades.put(key(courseId, userId), answer);
        }

        /** The next call of {@code wsfunction} about the learner in the course gets HTTP 503; later ones are answered. */
        void unavailableOnce(String wsfunction, long courseId, long userId) {
            failOnce.add(wsfunction + ":" + key(courseId, userId));
        }

        /** The form parameters of each call of {@code wsfunction}, in order. */
        List<Map<String, String>> requests(String wsfunction) {
            return server.findAll(postRequestedFor(urlPathEqualTo(PATH))
                            .withQueryParam("wsfunction", equalTo(wsfunction))).stream()
                    .map(request -> form(request.getBodyAsString()))
                    .toList();
        }

        void forgetRequests() {
            server.resetRequests();
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
            if (!TOKEN.equals(form.get("wstoken"))) {
                return answer("{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":\"invalidtoken\","
                        + "\"message\":\"Invalid token - token not found\"}");
            }
            String function = form.getOrDefault("wsfunction", "");
            if (failOnce.remove(function + ":" + form.get("courseid") + ":" + form.get("userid"))) {
                return new ResponseDefinitionBuilder().withStatus(503).build();
            }
            return switch (function) {
                case "core_course_get_courses" -> courses(form);
                case "core_course_get_categories" -> answer(categories);
                case "core_course_get_contents" -> recorded(contents.get(Long.parseLong(form.get("courseid"))), form);
                case "core_enrol_get_enrolled_users" -> enrolled(form);
                case "core_completion_get_course_completion_status" -> perLearner(courseCompletions, form);
                case "core_completion_get_activities_completion_status" -> perLearner(activities, form);
                case "gradereport_user_get_grade_items" -> perLearner(grades, form);
                default -> notRecorded(function, form);
            };
        }

        private ResponseDefinition courses(Map<String, String> form) {
            Set<String> ids = form.entrySet().stream().filter(field -> field.getKey().startsWith("options[ids]["))
                    .map(Map.Entry::getValue).collect(Collectors.toSet());
            ArrayNode answer = JSON.createArrayNode();
            courses.forEach(course -> {
                if (ids.isEmpty() || ids.contains(course.get("id").asText())) {
                    answer.add(course);
                }
            });
            return answer(answer.toString());
        }

        private ResponseDefinition enrolled(Map<String, String> form) {
            ArrayNode users = enrolled.get(Long.parseLong(form.get("courseid")));
            if (users == null) {
                return notRecorded("core_enrol_get_enrolled_users", form);
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; form.containsKey("options[" + i + "][name]"); i++) {
                options.put(form.get("options[" + i + "][name]"), form.get("options[" + i + "][value]"));
            }
            int from = Integer.parseInt(options.getOrDefault("limitfrom", "0"));
            int number = Integer.parseInt(options.getOrDefault("limitnumber", "0"));
            List<String> fields = options.containsKey("userfields")
                    ? List.of(options.get("userfields").split(",")) : List.of();
            ArrayNode page = JSON.createArrayNode();
            for (int i = from; i < users.size() && (number == 0 || i < from + number); i++) {
                ObjectNode user = users.get(i).deepCopy();
                if (!fields.isEmpty()) {
                    List<String> kept = new ArrayList<>(fields);
                    kept.add("fullname");
                    user.retain(kept);
                }
                page.add(user);
            }
            return answer(page.toString());
        }

        private ResponseDefinition perLearner(Map<String, JsonNode> answers, Map<String, String> form) {
            return recorded(answers.get(form.get("courseid") + ":" + form.get("userid")), form);
        }

        private ResponseDefinition recorded(JsonNode body, Map<String, String> form) {
            return body == null ? notRecorded(form.get("wsfunction"), form) : answer(body.toString());
        }

        private static String key(long courseId, long userId) {
            return courseId + ":" + userId;
        }

        private static ResponseDefinition answer(String body) {
            ResponseDefinitionBuilder response = new ResponseDefinitionBuilder().withStatus(200).withBody(body);
            MOODLE_HEADERS.forEach(response::withHeader);
            return response.build();
        }

        private static ResponseDefinition notRecorded(String function, Map<String, String> form) {
            return new ResponseDefinitionBuilder().withStatus(500)
                    .withBody("RecordedSite: no answer for " + function + " " + form).build();
        }

        private static Map<String, String> form(String body) {
            Map<String, String> form = new LinkedHashMap<>();
            if (body == null || body.isEmpty()) {
                return form;
            }
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return form;
        }

        /** The answer body of fixture {@code name} (under {@code moodle/snapshot/}), parsed. */
        static JsonNode body(String name) {
            String resource = "/moodle/snapshot/" + name + ".json";
            try (InputStream in = RecordedSite.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + resource);
                }
                return JSON.readTree(JSON.readTree(in).path("response").path("body_raw").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An LRS that stores what it is sent (200 with the ids), or is unavailable (503). */
    static final class Lrs {

        private static final String STATEMENTS = "/xapi/statements";
        private static final ObjectMapper JSON = new ObjectMapper();

        private final WireMockExtension server =
                WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

        WireMockExtension server() {
            return server;
        }

        StatementDelivery delivery() {
            return new StatementDelivery(new LrsClient(new LrsConfig(URI.create(server.baseUrl() + "/xapi/"),
                    "jembatan", "rahasia-lrs", Duration.ofSeconds(2), Duration.ofSeconds(5))));
        }

        void accepts() {
            server.resetMappings();
            server.stubFor(post(STATEMENTS).willReturn(storedIds()));
        }

        void unavailable() {
            server.resetMappings();
            server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(503)));
        }

        /** Stores statements, but is unavailable for requests whose body contains {@code text}. */
        void unavailableFor(String text) {
            accepts();
            server.stubFor(post(STATEMENTS).atPriority(1).withRequestBody(containing(text))
                    .willReturn(aResponse().withStatus(503)));
        }

        /** Stores statements, but answers 400 to any request holding the statement {@code id}. */
        void rejects(String id) {
            accepts();
            server.stubFor(post(STATEMENTS).atPriority(1).withRequestBody(containing(id))
                    .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                            .withBody("{\"message\":\"statement " + id + " is refused\"}")));
        }

        static ResponseDefinitionBuilder storedIds() {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("[{{#each (jsonPath request.body '$[*].id') as |id|}}\"{{id}}\"{{#unless @last}},"
                            + "{{/unless}}{{/each}}]")
                    .withTransformers("response-template");
        }

        /** The statements of every POST the LRS answered 200, in order. */
        List<JsonNode> received() {
            List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
            Collections.reverse(events);
            List<JsonNode> statements = new ArrayList<>();
            for (ServeEvent event : events) {
                LoggedRequest request = event.getRequest();
                if (request.getUrl().equals(STATEMENTS) && event.getResponse().getStatus() == 200) {
                    try {
                        JSON.readTree(request.getBodyAsString()).forEach(statements::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return statements;
        }

        JsonNode statement(String id) {
            return received().stream().filter(s -> s.get("id").asText().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("the LRS received no statement " + id));
        }

        int requestCount() {
            return server.findAll(postRequestedFor(urlPathEqualTo(STATEMENTS))).size();
        }

        void forget() {
            server.resetRequests();
        }
    }
}
