package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.GradeItemsResult.GradeItem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotTranslatorTest {

    private static final URI SITE = URI.create("https://elearning.sukamaju.go.id");
    private static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    private static final Learner BUDI = new Learner(3, "budi.santoso", "Budi Santoso", Nip.of("198703122010011004"),
            null, "Dinas Komunikasi dan Informatika");
    private static final CourseInfo WASBANG = new CourseInfo(6, "Wawasan Kebangsaan dan Nilai-Nilai Bela Negara",
            "KSK-WASBANG-2025;JP=8", 8, CompetencyType.SOSIAL_KULTURAL);

    private final SnapshotTranslator translator = new SnapshotTranslator(settings(null));

    private static LearningSettings settings(byte[] pseudonymKey) {
        return new LearningSettings(SITE, HOME_PAGE, "idnumber", pseudonymKey, "jp", null, 500);
    }

    private static SnapshotReading reading(CourseCompletionResult completion, List<ActivityCompletion> activities,
                                           List<GradeItem> grades) {
        return new SnapshotReading(BUDI, WASBANG, completion, activities, grades,
                Map.of(7L, new ModuleInfo(7, "page", "Materi Pokok", 5)));
    }

    private static ActivityCompletion activity(long cmid, String modName, int state, long time) {
        return new ActivityCompletion(cmid, modName, 5, state, time, 2, null, false, true, true, true, true, List.of(),
                state > 0);
    }

    private static GradeItem grade(long id, String type, String module, Long cmid, Double raw, double min) {
        return new GradeItem(id, "Nilai Evaluasi Akhir", type, module, 1L, 0, "", null, cmid, false, raw, null,
                raw == null ? null : 1795908394L, false, false, "", min, 100.0, "", "", "", 0);
    }

    private static CourseCompletionResult completion(boolean completed, Long... criteriaTimes) {
        List<CourseCompletionResult.Criterion> criteria = Arrays.stream(criteriaTimes)
                .map(time -> new CourseCompletionResult.Criterion(4, "Activity completion", time == null ? "No" : "Yes",
                        time != null, time, null))
                .toList();
        return new CourseCompletionResult(new CourseCompletionResult.Status(completed, 1, criteria), List.of());
    }

    private List<SnapshotTranslator.Fact> facts(SnapshotReading reading) {
        return translator.facts(reading);
    }

    private static SnapshotTranslator.Fact only(List<SnapshotTranslator.Fact> facts) {
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    @Test
    void aCompletedCourseIsCompletedWhenItsLastCriterionWas() {
        SnapshotTranslator.Fact fact = only(facts(reading(completion(true, 1795908394L, 1795908438L), List.of(),
                List.of())));

        assertThat(fact.key()).isEqualTo("3:6:course");
        assertThat(fact.value()).isEqualTo("completed@1795908438");
        Statement statement = fact.statement();
        assertThat(statement.id()).isEqualTo(StatementIds.forRecord(SITE, 3, 6, "course-completion-1795908438"));
        assertThat(statement.verb()).isEqualTo(XapiProfile.COMPLETED);
        assertThat(statement.timestampInstant()).contains(Instant.ofEpochSecond(1795908438));
        assertThat(statement.result().completion()).isTrue();
    }

    @Test
    void aCourseNotCompletedOrCompletedAtNoKnownTimeIsNoFact() {
        assertThat(facts(reading(completion(false, 1795908394L, null), List.of(), List.of()))).isEmpty();
        assertThat(facts(reading(completion(true, (Long) null), List.of(), List.of()))).isEmpty();
        assertThat(facts(reading(null, List.of(), List.of()))).isEmpty();
    }

    @Test
    void activityStatesBecomeCompletedPassedAndFailed() {
        List<SnapshotTranslator.Fact> facts = facts(reading(null, List.of(activity(7, "page", 1, 1795908394L),
                activity(8, "quiz", 2, 1795908409L), activity(9, "quiz", 3, 1795908420L)), List.of()));

        assertThat(facts).extracting(SnapshotTranslator.Fact::kind).containsExactly("module:7", "module:8", "module:9");
        assertThat(facts).extracting(SnapshotTranslator.Fact::value)
                .containsExactly("1@1795908394", "2@1795908409", "3@1795908420");
        assertThat(facts).extracting(fact -> fact.statement().verb())
                .containsExactly(XapiProfile.COMPLETED, XapiProfile.PASSED, XapiProfile.FAILED);
        assertThat(facts).extracting(fact -> fact.statement().result().success()).containsExactly(null, true, false);
        Activity page = (Activity) facts.get(0).statement().object();
        assertThat(page).isEqualTo(XapiProfile.module(SITE, "page", 7, "Materi Pokok"));
        assertThat(facts.get(1).statement().id())
                .isEqualTo(StatementIds.forRecord(SITE, 3, 6, "module-completion-8-2-1795908409"));
    }

    @Test
    void aFailHiddenFromTheLearnerIsTheSameFactAsAFail() {
        SnapshotTranslator.Fact hidden = only(facts(reading(null, List.of(activity(9, "quiz", 4, 1795908420L)),
                List.of())));
        SnapshotTranslator.Fact shown = only(facts(reading(null, List.of(activity(9, "quiz", 3, 1795908420L)),
                List.of())));

        assertThat(hidden.statement().verb()).isEqualTo(XapiProfile.FAILED);
        assertThat(hidden.value()).isEqualTo(shown.value());
        assertThat(hidden.statement().id()).isEqualTo(shown.statement().id());
    }

    @Test
    void anActivityThatTracksNoCompletionIsNoFact() {
        ActivityCompletion untracked = new ActivityCompletion(7, "page", 5, 0, 0, 0, null, false, false, false, true,
                true, List.of(), false);

        assertThat(facts(reading(null, List.of(untracked), List.of()))).isEmpty();
    }

    @Test
    void gradesAreComparedByValueAndTheValueIsPartOfTheStatementId() {
        List<SnapshotTranslator.Fact> facts = facts(reading(null, List.of(), List.of(
                grade(9, "course", null, null, 88.0, 0), grade(10, "manual", null, null, 72.5, 0),
                grade(11, "manual", null, null, -2.5, -10), grade(12, "manual", null, null, null, 0))));

        assertThat(facts).extracting(SnapshotTranslator.Fact::kind).containsExactly("grade:9", "grade:10", "grade:11");
        assertThat(facts).extracting(SnapshotTranslator.Fact::value).containsExactly("88", "72.5", "-2.5");
        assertThat(facts).extracting(fact -> fact.statement().id()).containsExactly(
                StatementIds.forRecord(SITE, 3, 6, "grade-9-88"), StatementIds.forRecord(SITE, 3, 6, "grade-10-72p5"),
                StatementIds.forRecord(SITE, 3, 6, "grade-11-m2p5"));
        assertThat(facts.get(1).statement().result().score().scaled()).isEqualTo(0.725);
        assertThat(facts.get(1).statement().verb()).isEqualTo(XapiProfile.SCORED);
    }

    @Test
    void anActivityGradeIsAboutTheActivityInItsCourse() {
        Statement statement = only(facts(reading(null, List.of(),
                List.of(grade(8, "mod", "quiz", 6L, 100.0, 0))))).statement();

        assertThat(statement.object()).isEqualTo(XapiProfile.module(SITE, "quiz", 6, "Nilai Evaluasi Akhir"));
        assertThat(statement.context().contextActivities().parent())
                .containsExactly(XapiProfile.course(SITE, 6, WASBANG.fullName()));
    }

    @Test
    void jpAndCompetencyTypeAreOnlyOnStatementsAboutTheCourse() {
        List<SnapshotTranslator.Fact> facts = facts(reading(completion(true, 1795908438L),
                List.of(activity(7, "page", 1, 1795908394L)), List.of(grade(9, "course", null, null, 88.0, 0))));

        Map<URI, Object> course = facts.get(0).statement().context().extensions();
        Map<URI, Object> module = facts.get(1).statement().context().extensions();
        Map<URI, Object> courseGrade = facts.get(2).statement().context().extensions();
        assertThat(course).containsEntry(XapiProfile.EXT_JP, 8)
                .containsEntry(XapiProfile.EXT_COMPETENCY_TYPE, "sosial-kultural")
                .containsEntry(XapiProfile.EXT_UNIT_KERJA, Map.of("name", "Dinas Komunikasi dan Informatika"));
        assertThat(courseGrade).containsKeys(XapiProfile.EXT_JP, XapiProfile.EXT_COMPETENCY_TYPE);
        assertThat(module).doesNotContainKeys(XapiProfile.EXT_JP, XapiProfile.EXT_COMPETENCY_TYPE)
                .containsKey(XapiProfile.EXT_UNIT_KERJA);
    }

    @Test
    void aFactDeliveredWithTheSameValueNeedsNothingAndAChangedOneIsSent() {
        SnapshotTranslator.Fact fact = only(facts(reading(null, List.of(), List.of(grade(10, "manual", null, null,
                92.0, 0)))));
        UUID earlier = StatementIds.forRecord(SITE, 3, 6, "grade-10-88");

        assertThat(translator.change(fact, SnapshotTranslator.mark("92", fact.statement().id()))).isEmpty();
        Optional<Translation.Emit> changed = translator.change(fact, SnapshotTranslator.mark("88", earlier));
        assertThat(changed).get().extracting(Translation.Emit::statement).isSameAs(fact.statement());
        assertThat(changed.get().completionKey()).isEqualTo("3:6:grade:10");
        assertThat(changed.get().completionMark()).isEqualTo("92 " + fact.statement().id());
        assertThat(translator.change(fact, null)).isPresent();
    }

    @Test
    void anActivityMarkedIncompleteVoidsTheCompletionDeliveredBeforeAlwaysWithTheSameStatement() {
        SnapshotTranslator.Fact incomplete = only(facts(reading(null, List.of(activity(7, "page", 0, 0)), List.of())));
        UUID completed = StatementIds.forRecord(SITE, 3, 6, "module-completion-7-1-1795908394");
        String sent = SnapshotTranslator.mark("1@1795908394", completed);

        Statement voiding = translator.change(incomplete, sent).orElseThrow().statement();

        assertThat(incomplete.statement()).isNull();
        assertThat(voiding.verb()).isEqualTo(XapiProfile.VOIDED);
        assertThat(voiding.object()).isEqualTo(new StatementRef(completed));
        assertThat(((Agent) voiding.actor()).account().name()).isEqualTo("198703122010011004");
        assertThat(voiding.timestampInstant()).contains(Instant.ofEpochSecond(1795908394));
        assertThat(voiding.context().contextActivities().parent()).as("the course, for lrs-credits' review flag")
                .extracting(a -> a.id().toString()).containsExactly(SITE + "/course/view.php?id=6");
        assertThat(voiding.context().contextActivities().other()).extracting(a -> a.id().toString())
                .containsExactly(SITE + "/mod/page/view.php?id=7");
        assertThat(translator.change(incomplete, sent).orElseThrow().statement()).isEqualTo(voiding);
        assertThat(translator.change(incomplete, sent).orElseThrow().completionMark())
                .isEqualTo("0 " + voiding.id());
    }

    @Test
    void anActivityMarkedIncompleteThatWasNeverSentOrAlreadyVoidedSendsNothing() {
        SnapshotTranslator.Fact incomplete = only(facts(reading(null, List.of(activity(7, "page", 0, 0)), List.of())));

        assertThat(translator.change(incomplete, null)).isEmpty();
        assertThat(translator.change(incomplete, SnapshotTranslator.mark("0", UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aPseudonymizedLearnerIsSentAsAnHmacOfTheNipWithoutName() {
        byte[] key = "kunci-rahasia-situs-16+".getBytes(StandardCharsets.UTF_8);
        SnapshotTranslator pseudonymous = new SnapshotTranslator(settings(key));

        Statement statement = pseudonymous.facts(reading(completion(true, 1795908438L), List.of(), List.of())).get(0)
                .statement();

        Agent actor = (Agent) statement.actor();
        assertThat(actor.name()).isNull();
        assertThat(actor.account().name()).isEqualTo(XapiProfile.pseudonym(key, "198703122010011004"));
    }
}
