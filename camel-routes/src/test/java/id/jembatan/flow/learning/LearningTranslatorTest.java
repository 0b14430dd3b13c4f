package id.jembatan.flow.learning;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.hr.Nip;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Score;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.StatementValidator;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LearningTranslator} over the recorded log rows of a real Moodle, enriched as {@link LearningSteps} does
 * it: through a {@link MoodleDirectory} whose Moodle answers with the recorded web service responses.
 */
class LearningTranslatorTest {

    static final URI SITE = URI.create("http://127.0.0.1:8080");
    static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    static final byte[] PSEUDONYM_KEY = "kunci-pseudonim-kab-sukamaju-2025".getBytes(UTF_8);

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final String SCORED = "http://adlnet.gov/expapi/verbs/scored";
    static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    static final String REGISTERED = "http://adlnet.gov/expapi/verbs/registered";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    static final String UNREGISTERED = "https://jembatan.id/xapi/verbs/unregistered";
    static final String PAGE = "http://activitystrea.ms/schema/1.0/page";

    static final String DISKOMINFO = "Dinas Komunikasi dan Informatika";
    static final String BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
    static final String DISDIKBUD = "Dinas Pendidikan dan Kebudayaan";
    static final String BAPPERIDA = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah";

    /** The recorded users the recorded events are about: NIP (idnumber), full name, department. */
    static final Map<Long, Asn> ASN = Map.of(
            3L, new Asn("198703122010011004", "Budi Santoso", DISKOMINFO),
            4L, new Asn("199005242015032001", "Siti Rahmawati", DISKOMINFO),
            5L, new Asn("198511072009021002", "Agus Prasetyo", BKPSDM),
            6L, new Asn("199201152019022003", "Dewi Lestari", BKPSDM),
            7L, new Asn("197808201998031005", "Rudi Hartono", DISDIKBUD),
            8L, new Asn("199307302020122007", "Nur Aisyah", DISDIKBUD),
            10L, new Asn("198904022014022002", "Rina Marlina", BAPPERIDA),
            11L, new Asn("197501052000031003", "Andi Kurniawan", BKPSDM),
            13L, new Asn("199508172022031004", "Yoga Pratama", BKPSDM));

    /** What each recorded learning event becomes: a statement with this verb about this object, or nothing. */
    static final List<Expected> EXPECTED = List.of(
            new Expected(145, REGISTERED, "/course/view.php?id=3", 3),
            new Expected(149, REGISTERED, "/course/view.php?id=2", 11),
            new Expected(151, REGISTERED, "/course/view.php?id=5", 11),
            new Expected(153, REGISTERED, "/course/view.php?id=6", 11),
            new Expected(273, ATTEMPTED, "/mod/quiz/view.php?id=2", 3),
            new Expected(284, ATTEMPTED, "/mod/quiz/view.php?id=2", 4),
            new Expected(307, null, null, 6),
            new Expected(308, COMPLETED, "/mod/page/view.php?id=3", 6),
            new Expected(312, null, null, 8),
            new Expected(313, COMPLETED, "/mod/page/view.php?id=3", 8),
            new Expected(317, null, null, 10),
            new Expected(318, COMPLETED, "/mod/page/view.php?id=3", 10),
            new Expected(338, SCORED, "/course/view.php?id=6", 3),
            new Expected(339, SCORED, "/course/view.php?id=6", 4),
            new Expected(340, SCORED, "/course/view.php?id=6", 5),
            new Expected(341, SCORED, "/course/view.php?id=6", 6),
            new Expected(342, SCORED, "/course/view.php?id=6", 7),
            new Expected(343, SCORED, "/course/view.php?id=6", 8),
            new Expected(352, COMPLETED, "/course/view.php?id=6", 3),
            new Expected(354, COMPLETED, "/course/view.php?id=6", 4),
            new Expected(356, COMPLETED, "/course/view.php?id=6", 5),
            new Expected(358, COMPLETED, "/course/view.php?id=6", 6),
            new Expected(360, COMPLETED, "/course/view.php?id=6", 7),
            new Expected(362, COMPLETED, "/course/view.php?id=6", 8),
            new Expected(986, null, null, 10),
            new Expected(987, COMPLETED, "/mod/page/view.php?id=5", 10),
            new Expected(1036, REGISTERED, "/course/view.php?id=6", 13),
            new Expected(1083, UNREGISTERED, "/course/view.php?id=6", 13));

    static final RecordedMoodle moodle = new RecordedMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    private final LearningSettings settings = settings(null);
    private final LearningTranslator translator = new LearningTranslator(settings);
    private MoodleDirectory directory;

    record Asn(String nip, String name, String department) {
    }

    record Expected(long logId, String verb, String object, long learnerId) {

        @Override
        public String toString() {
            return "log row " + logId + (verb == null ? ": nothing" : ": " + verb.substring(verb.lastIndexOf('/') + 1)
                    + " " + object);
        }
    }

    static LearningSettings settings(byte[] pseudonymKey) {
        return new LearningSettings(SITE, HOME_PAGE, null, pseudonymKey, null, null, 50);
    }

    static Stream<Expected> statements() {
        return EXPECTED.stream().filter(expected -> expected.verb() != null);
    }

    @BeforeEach
    void recordedMoodle() {
        moodle.reset();
        directory = moodle.directory(settings);
    }

    @Test
    void theRecordingHoldsEveryKindOfLearningEventAndTheseTestsCoverEachRecordedOne() {
        Map<String, Long> counts = RecordedLog.learningRows().stream()
                .collect(Collectors.groupingBy(LogRow::eventName, Collectors.counting()));

        assertThat(counts).containsOnly(
                Map.entry(LearningEvents.COURSE_COMPLETED, 6L),
                Map.entry(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED, 8L),
                Map.entry(LearningEvents.USER_GRADED, 6L),
                Map.entry(LearningEvents.QUIZ_ATTEMPT_SUBMITTED, 2L),
                Map.entry(LearningEvents.USER_ENROLMENT_CREATED, 5L),
                Map.entry(LearningEvents.USER_ENROLMENT_DELETED, 1L));
        assertThat(EXPECTED).extracting(Expected::logId)
                .containsExactlyElementsOf(RecordedLog.learningRows().stream().map(LogRow::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void eachRecordedLearningEventBecomesAValidStatementOfTheProfile(Expected expected) {
        LogRow row = RecordedLog.row(expected.logId());
        Asn asn = ASN.get(expected.learnerId());

        Statement statement = emitted(row).statement();

        assertThat(StatementValidator.validate(statement)).isEmpty();
        assertThat(statement.id()).isEqualTo(StatementIds.forLogRow(SITE, row.id()));
        assertThat(statement.verb().id()).hasToString(expected.verb());
        assertThat(statement.verb().display()).containsKeys("en-US", "id-ID");
        assertThat(statement.object()).asInstanceOf(type(Activity.class))
                .extracting(Activity::id).hasToString(SITE + expected.object());
        assertThat(statement.actor()).isEqualTo(Agent.ofAccount(HOME_PAGE, asn.nip(), asn.name()));
        assertThat(statement.timestamp()).isEqualTo(Instant.ofEpochSecond(row.timeCreated()).toString()).endsWith("Z");
        assertThat(statement.timestampInstant()).contains(Instant.ofEpochSecond(row.timeCreated()));
        Context context = statement.context();
        assertThat(context.platform()).isEqualTo("Moodle");
        assertThat(context.language()).isEqualTo("id-ID");
        assertThat(context.extensions())
                .containsEntry(XapiProfile.EXT_MOODLE_SITE, "http://127.0.0.1:8080")
                .containsEntry(XapiProfile.EXT_UNIT_KERJA, Map.of("name", asn.department()));
    }

    @ParameterizedTest(name = "log row {0}")
    @ValueSource(longs = {307, 312, 317, 986})
    void anActivityMarkedIncompleteThatWasNeverSentAsCompleteSendsNothing(long logId) {
        assertThat(translate(RecordedLog.row(logId), 0))
                .isInstanceOf(Translation.Skip.class);
    }

    @ParameterizedTest(name = "log row {0}: course {1}, {2} JP, {3}")
    @CsvSource({
            "352, 6, 8, sosial-kultural",
            "338, 6, 8, sosial-kultural",
            "1083, 6, 8, sosial-kultural",
            "145, 3, 32, teknis",
            "149, 2, 24, teknis",
            "151, 5, 16, manajerial"})
    void courseStatementsCarryTheJpAndCompetencyTypeOfTheirCourse(long logId, long courseId, int jp,
                                                                   String competencyType) {
        Statement statement = emitted(RecordedLog.row(logId)).statement();

        Activity course = (Activity) statement.object();
        assertThat(course.definition().type()).isEqualTo(XapiProfile.TYPE_COURSE);
        assertThat(course.definition().name()).containsOnlyKeys("id-ID");
        assertThat(statement.context().extensions())
                .containsEntry(XapiProfile.EXT_JP, jp)
                .containsEntry(XapiProfile.EXT_COMPETENCY_TYPE, competencyType);
        assertThat(statement.context().contextActivities()).isNull();
    }

    @ParameterizedTest(name = "log row {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "308 | Materi Pokok: Pengadaan Barang/Jasa Pemerintah Tingkat Dasar | " + PAGE + " | 3",
            "987 | Materi Pokok: Penyusunan SKP dan Manajemen Kinerja ASN | " + PAGE + " | 5",
            "273 | Evaluasi Akhir SPBE-2025 | http://adlnet.gov/expapi/activities/assessment | 2"})
    void moduleStatementsNameTheirCourseAsParentAndCarryNoCourseCredits(long logId, String name, URI type,
                                                                        long courseId) {
        Statement statement = emitted(RecordedLog.row(logId)).statement();

        Activity module = (Activity) statement.object();
        assertThat(module.definition().name()).containsExactly(Map.entry("id-ID", name));
        assertThat(module.definition().type()).isEqualTo(type);
        assertThat(statement.context().contextActivities().parent()).singleElement()
                .extracting(Activity::id).hasToString(SITE + "/course/view.php?id=" + courseId);
        assertThat(statement.context().extensions())
                .doesNotContainKeys(XapiProfile.EXT_JP, XapiProfile.EXT_COMPETENCY_TYPE);
    }

    @Test
    void aModuleStatementNamesTheActivityByTheUrlMoodleGivesIt() {
        Statement statement = emitted(RecordedLog.row(987)).statement();

        assertThat(((Activity) statement.object()).id()).hasToString("http://127.0.0.1:8080/mod/page/view.php?id=5");
    }

    @ParameterizedTest(name = "log row {0}: {1}/100")
    @CsvSource({"338, 88", "339, 92", "340, 75", "341, 81", "342, 70", "343, 67"})
    void aGradeIsScoredOnTheRangeOfItsGradeItem(long logId, double grade) {
        Statement statement = emitted(RecordedLog.row(logId)).statement();

        assertThat(statement.result().score()).isEqualTo(new Score(grade / 100, grade, 0.0, 100.0));
        assertThat(statement.result().success()).isNull();
    }

    @Test
    void aGradeOfTheManualItemIsScoredOnTheCourse() {
        LogRow manual = RecordedLog.variant(338, 2001, Map.of("itemid", "10", "finalgrade", 88.5));

        Statement statement = emitted(manual).statement();

        assertThat(((Activity) statement.object()).id()).hasToString(SITE + "/course/view.php?id=6");
        assertThat(statement.result().score()).isEqualTo(new Score(0.885, 88.5, 0.0, 100.0));
    }

    @Test
    void aGradeThatWasRemovedSendsNothing() {
        LogRow removed = RecordedLog.variant(338, 2001, row -> ((ObjectNode) row.get("other"))
                .set("finalgrade", NullNode.getInstance()));

        assertThat(translate(removed, 0)).isInstanceOf(Translation.Skip.class);
    }

    @Test
    void theWebOriginPairNamesTheSameLearnerWhetherMoodleWroteTheIdAsNumberOrText() {
        LogRow asNumber = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        LogRow asText = RecordedLog.row(987);
        assertThat(asNumber.otherJson().get("relateduserid").isNumber()).isTrue();
        assertThat(asText.otherJson().get("relateduserid").isTextual()).isTrue();
        Translation.Emit completed = emitted(asText);

        Translation.Emit voiding = (Translation.Emit) translate(asNumber, 987);

        assertThat(voiding.statement().actor()).isEqualTo(completed.statement().actor())
                .isEqualTo(Agent.ofAccount(HOME_PAGE, "198904022014022002", "Rina Marlina"));
        assertThat(LearningTranslator.completionPair(asNumber)).isEqualTo(LearningTranslator.completionPair(asText))
                .isEqualTo(new ContextUser(22, 10));
    }

    @Test
    void completionOverriddenToIncompleteIsNotSentAsCompleted() {
        LogRow incompleteFirst = RecordedLog.row(986);
        LogRow completed = RecordedLog.row(987);
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));
        UUID completedId = StatementIds.forLogRow(SITE, 987);
        UUID overriddenId = StatementIds.forLogRow(SITE, 2001);

        Translation nothingBefore = translate(incompleteFirst, 0);
        Translation.Emit completion = emitted(completed);
        Translation afterCompletion = translate(overridden, 987);

        assertThat(nothingBefore).isInstanceOf(Translation.Skip.class);
        assertThat(completion.statement().id()).isEqualTo(completedId);
        assertThat(afterCompletion).asInstanceOf(type(Translation.Emit.class)).satisfies(voiding -> {
            Statement statement = voiding.statement();
            assertThat(statement.verb().id()).hasToString(VOIDED);
            assertThat(statement.object()).isEqualTo(new StatementRef(completedId));
            assertThat(statement.id()).isEqualTo(overriddenId);
            assertThat(statement.actor()).isEqualTo(completion.statement().actor());
            assertThat(statement.timestampInstant()).contains(Instant.ofEpochSecond(1795908600));
            assertThat(statement.context().contextActivities().parent()).as("the course, for lrs-credits' review")
                    .isEqualTo(completion.statement().context().contextActivities().parent());
            assertThat(statement.context().contextActivities().other()).extracting(Activity::id)
                    .containsExactly(((Activity) completion.statement().object()).id());
            assertThat(StatementValidator.validate(statement)).isEmpty();
        });
    }

    @ParameterizedTest(name = "state {0}")
    @CsvSource({"1, true", "2, true", "3, true", "4, true", "0, false", "5, false"})
    void aCompletionRowCompletesInTheStatesSentAsCompletedPassedOrFailed(int state, boolean completes) {
        assertThat(LearningTranslator.completes(RecordedLog.variant(987, 1500, Map.of("completionstate", state))))
                .isEqualTo(completes);
    }

    @Test
    void aCompletionRowThatCannotBeReadDoesNotComplete() {
        assertThat(LearningTranslator.completes(RecordedLog.variant(987, 1501, row -> row.put("other", "a:1:{}"))))
                .isFalse();
        assertThat(LearningTranslator.completes(RecordedLog.variant(987, 1502, row -> ((ObjectNode) row.get("other"))
                .remove("completionstate")))).isFalse();
    }

    @Test
    void anActivityMarkedIncompleteVoidsOnlyACompletionRowBeforeIt() {
        LogRow overridden = RecordedLog.variant(986, 2001, row -> row.put("timecreated", 1795908600));

        assertThat(translate(overridden, 1500)).asInstanceOf(type(Translation.Emit.class))
                .extracting(emit -> emit.statement().object())
                .isEqualTo(new StatementRef(StatementIds.forLogRow(SITE, 1500)));
        assertThat(translate(overridden, 0)).isInstanceOf(Translation.Skip.class);
        assertThat(translate(overridden, 2001)).as("not itself").isInstanceOf(Translation.Skip.class);
        assertThat(translate(overridden, 3000)).as("not a later row").isInstanceOf(Translation.Skip.class);
    }

    @ParameterizedTest(name = "completion state {1} of learner {0}")
    @CsvSource({"3, 2, " + PASSED + ", true", "8, 3, " + FAILED + ", false"})
    void aQuizCompletedWithAPassOrFailGradeSaysWhetherTheLearnerSucceeded(long learnerId, int state, String verb,
                                                                         boolean success) {
        LogRow quizCompletion = RecordedLog.variant(987, 2001, row -> {
            row.put("contextinstanceid", 6).put("userid", learnerId).put("relateduserid", learnerId);
            ((ObjectNode) row.get("other")).put("relateduserid", Long.toString(learnerId))
                    .put("completionstate", state);
        });

        Translation.Emit emit = emitted(quizCompletion);

        Statement statement = emit.statement();
        assertThat(statement.verb().id()).hasToString(verb);
        assertThat(statement.result().success()).isEqualTo(success);
        assertThat(statement.result().completion()).isTrue();
        assertThat(((Activity) statement.object()).id()).hasToString(SITE + "/mod/quiz/view.php?id=6");
        assertThat(statement.actor()).isEqualTo(Agent.ofAccount(HOME_PAGE, ASN.get(learnerId).nip(),
                ASN.get(learnerId).name()));
        assertThat(StatementValidator.validate(statement)).isEmpty();
        assertThat(emit.completionKey()).isNull();
    }

    @Test
    void aCompletionStateMoodleDoesNotHaveIsRejected() {
        LogRow unknownState = RecordedLog.variant(987, 2001, Map.of("completionstate", 5));

        assertThat(translate(unknownState, 0)).asInstanceOf(type(Translation.Reject.class))
                .extracting(Translation.Reject::reason).asString()
                .contains("completionstate 5", "tidak dikenal", "is not a Moodle completion state");
    }

    @Test
    void pseudonymizedActorCarriesTheHmacOfTheNipAndNoName() throws GeneralSecurityException {
        LearningSettings pseudonymized = settings(PSEUDONYM_KEY);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(PSEUDONYM_KEY, "HmacSHA256"));
        String pseudonym = HexFormat.of().formatHex(hmac.doFinal("198703122010011004".getBytes(UTF_8)));

        Translation translation = new LearningTranslator(pseudonymized)
                .translate(event(RecordedLog.row(352)), 0);

        Statement statement = ((Translation.Emit) translation).statement();
        assertThat(statement.actor()).isEqualTo(Agent.ofAccount(HOME_PAGE, pseudonym));
        assertThat(((Agent) statement.actor()).name()).isNull();
        assertThat(XapiJson.toJson(statement)).doesNotContain("198703122010011004", "Budi");
        assertThat(StatementValidator.validate(statement)).isEmpty();
    }

    @Test
    void theSameRowAlwaysGivesTheSameStatementAndDifferentRowsGiveDifferentIds() {
        List<LogRow> rows = RecordedLog.learningRows();

        List<Translation> first = rows.stream().map(row -> translate(row, 0)).toList();
        List<Translation> second = rows.stream().map(row -> translate(row, 0)).toList();

        assertThat(second).isEqualTo(first);
        List<UUID> ids = first.stream().filter(Translation.Emit.class::isInstance)
                .map(emit -> ((Translation.Emit) emit).statement().id()).toList();
        assertThat(ids).hasSize(24).doesNotHaveDuplicates();
    }

    @Test
    void jpComesFromTheCourseFieldBeforeTheIdnumber() {
        ((ObjectNode) moodle.course(6).get("customfields").get(0)).put("valueraw", 12).put("value", "12");

        Statement statement = emitted(RecordedLog.row(352)).statement();

        assertThat(statement.context().extensions()).containsEntry(XapiProfile.EXT_JP, 12);
    }

    @Test
    void jpIsReadFromTheIdnumberWhenTheCourseFieldIsEmpty() {
        ((ObjectNode) moodle.course(6).get("customfields").get(0)).putNull("valueraw").putNull("value");

        Statement statement = emitted(RecordedLog.row(352)).statement();

        assertThat(statement.context().extensions()).containsEntry(XapiProfile.EXT_JP, 8);
    }

    @Test
    void aCourseThatStatesNoJpSendsNoJp() {
        ((ObjectNode) moodle.course(6).get("customfields").get(0)).putNull("valueraw").putNull("value");
        moodle.course(6).put("idnumber", "KSK-WASBANG-2025");

        Statement statement = emitted(RecordedLog.row(352)).statement();

        assertThat(statement.context().extensions()).doesNotContainKey(XapiProfile.EXT_JP)
                .containsEntry(XapiProfile.EXT_COMPETENCY_TYPE, "sosial-kultural");
    }

    @Test
    void anEventOfAUserMoodleNoLongerKnowsIsRejected() {
        moodle.removeUser(13);

        assertThat(rejection(RecordedLog.row(1036)))
                .contains("Pengguna Moodle id 13 tidak ditemukan", "Moodle user id 13 not found");
    }

    @Test
    void anEventOfALearnerWithoutNipIsRejectedNamingTheSetting() {
        LogRow enrolmentOfTheWsAccount = RecordedLog.variant(1036, 2001, row -> row.put("relateduserid", 12));

        assertThat(rejection(enrolmentOfTheWsAccount))
                .contains("ws_simpeg_bridge", "id 12", "tidak punya NIP di idnumber", "has no NIP in idnumber",
                        "jembatan.identity.nip-field");
    }

    @Test
    void anEventOfALearnerWithAnInvalidNipIsRejectedWithTheNipReason() {
        moodle.user(3).put("idnumber", "19870312201001100");

        assertThat(rejection(RecordedLog.row(352)))
                .contains("budi.santoso", "'19870312201001100'", "tidak valid", "is invalid",
                        Nip.Reason.WRONG_LENGTH.message());
    }

    @Test
    void anEventOfACourseThatNoLongerExistsIsRejected() {
        moodle.removeCourse(6);

        assertThat(rejection(RecordedLog.row(352)))
                .contains("Kursus id 6 tidak ada lagi di Moodle", "course id 6 no longer exists in Moodle");
    }

    @Test
    void aCompletionOfAnActivityThatNoLongerExistsIsRejected() {
        moodle.removeModule(5, 5);

        assertThat(rejection(RecordedLog.row(987)))
                .contains("Aktivitas (cmid 5) tidak ada lagi di kursus 5", "course module no longer exists");
    }

    @Test
    void anAttemptOfAQuizThatNoLongerExistsIsRejected() {
        moodle.removeModule(2, 2);

        assertThat(rejection(RecordedLog.row(273)))
                .contains("Aktivitas (cmid 2) tidak ada lagi di kursus 2", "course module no longer exists");
    }

    @Test
    void aGradeOfAGradeItemThatNoLongerExistsIsRejected() {
        moodle.removeGradeItem(6, 9);

        assertThat(rejection(RecordedLog.row(338)))
                .contains("Item nilai 9 tidak ada lagi di kursus", "grade item no longer exists in course 6");
    }

    @Test
    void aRowWhoseOtherIsNotJsonIsRejectedAsUnreadable() {
        LogRow phpSerialised = RecordedLog.variant(987, 2001, row -> row.put("other",
                "a:3:{s:13:\"relateduserid\";s:2:\"10\";s:10:\"overrideby\";N;s:15:\"completionstate\";i:1;}"));

        assertThat(rejection(phpSerialised)).contains("Baris log tidak terbaca / unreadable log row", "jsonformat");
    }

    private Translation.Emit emitted(LogRow row) {
        Translation translation = translate(row, 0);
        assertThat(translation).isInstanceOf(Translation.Emit.class);
        return (Translation.Emit) translation;
    }

    private String rejection(LogRow row) {
        Translation translation = translate(row, 0);
        assertThat(translation).isInstanceOf(Translation.Reject.class);
        return ((Translation.Reject) translation).reason();
    }

    private Translation translate(LogRow row, long completedBefore) {
        return translator.translate(event(row), completedBefore);
    }

    /** The event as {@link LearningSteps#enrich} makes it, one row at a time. */
    private LearningEvent event(LogRow row) {
        long learnerId = LearningEvent.learnerId(row);
        Learner learner = directory.learners(Set.of(learnerId)).get(learnerId);
        CourseInfo course = directory.courses(Set.of(row.courseId())).get(row.courseId());
        boolean onModule = row.eventName().equals(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED)
                || row.eventName().equals(LearningEvents.QUIZ_ATTEMPT_SUBMITTED);
        ModuleInfo module = onModule && course != null
                ? directory.module(row.courseId(), row.contextInstanceId()).orElse(null) : null;
        GradeItemInfo gradeItem = row.eventName().equals(LearningEvents.USER_GRADED) && course != null
                ? directory.gradeItem(row.courseId(), learnerId, row.otherLong("itemid").orElseThrow()).orElse(null)
                : null;
        return new LearningEvent(row, learner, course, module, gradeItem);
    }
}
