package id.jembatan.flow.credits;

import static id.jembatan.flow.credits.CreditsFixtures.NIP;
import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiProfile;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditTranslatorTest {

    private final CreditTranslator translator = new CreditTranslator(CreditsFixtures.settings(CreditMapping.empty()));

    private Credit credit(CreditTranslator translator, Statement statement) {
        CreditTranslator.Outcome outcome = translator.translate(statement);
        assertThat(outcome).isInstanceOf(CreditTranslator.Credited.class);
        return ((CreditTranslator.Credited) outcome).credit();
    }

    @Test
    void moodleCourseCompletionWithJpAndTypeBecomesACreditOfTheConfiguredProvider() {
        Statement statement = CreditsFixtures.moodleCourse(101, NIP, 7, XapiProfile.COMPLETED, 20,
                CompetencyType.TEKNIS, "2025-12-31T18:30:00Z", "2025-12-31T18:31:00Z");

        Credit credit = credit(translator, statement);

        assertThat(credit.statementId()).isEqualTo(statement.id());
        assertThat(credit.nip()).isEqualTo(NIP);
        assertThat(credit.activityId()).isEqualTo("https://elearning.kota.go.id/course/view.php?id=7");
        assertThat(credit.title()).isEqualTo("Pelatihan Analisis Kebijakan 7");
        assertThat(credit.jp()).isEqualByComparingTo("20");
        assertThat(credit.jpSource()).isEqualTo(JpSource.STATEMENT);
        assertThat(credit.competencyType()).isEqualTo(CompetencyType.TEKNIS);
        assertThat(credit.completedOn()).as("18:30 UTC is 01:30 WIB the next day").isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(credit.year()).isEqualTo(2026);
        assertThat(credit.startedOn()).isNull();
        assertThat(credit.provider()).isEqualTo("BKPSDM Kota Contoh");
        assertThat(credit.source()).isEqualTo("moodle:elearning.kota.go.id");
        assertThat(credit.certificateNumber()).isEqualTo("JMB/2026/"
                + statement.id().toString().replace("-", "").substring(0, 16).toUpperCase());
    }

    @Test
    void moodleCourseWithoutJpTakesJpAndTypeFromTheMappingByCourseId() {
        CreditTranslator mapped = new CreditTranslator(CreditsFixtures.settings(
                CreditsFixtures.mapping("activity,competency_type,jp", "course:7,manajerial,12.5")));
        Statement statement = CreditsFixtures.moodleCourse(102, NIP, 7, XapiProfile.COMPLETED, null, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");

        Credit credit = credit(mapped, statement);

        assertThat(credit.jp()).isEqualByComparingTo("12.5");
        assertThat(credit.jpSource()).isEqualTo(JpSource.MAPPING);
        assertThat(credit.competencyType()).isEqualTo(CompetencyType.MANAJERIAL);
    }

    @Test
    void statementJpWinsOverTheMappingButTheMappingFillsAMissingType() {
        CreditTranslator mapped = new CreditTranslator(CreditsFixtures.settings(
                CreditsFixtures.mapping("course:7,sosial-kultural,99")));
        Statement statement = CreditsFixtures.moodleCourse(103, NIP, 7, XapiProfile.COMPLETED, 20, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");

        Credit credit = credit(mapped, statement);

        assertThat(credit.jp()).isEqualByComparingTo("20");
        assertThat(credit.jpSource()).isEqualTo(JpSource.STATEMENT);
        assertThat(credit.competencyType()).isEqualTo(CompetencyType.SOSIAL_KULTURAL);
    }

    @Test
    void courseWithoutJpAnywhereIsHeldAsJpUnknownNeverGuessed() {
        Statement statement = CreditsFixtures.moodleCourse(104, NIP, 8, XapiProfile.PASSED, null, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");

        Credit credit = credit(translator, statement);

        assertThat(credit.jp()).isNull();
        assertThat(credit.jpSource()).isEqualTo(JpSource.UNKNOWN);
        assertThat(credit.competencyType()).isNull();
    }

    @Test
    void partnerStatementWithoutJpIsUnknownAndNamesThePartnerAsProvider() {
        Statement partner = CreditsFixtures.partner();

        Credit credit = credit(translator, partner);

        assertThat(credit.title()).isEqualTo("Etika Publik");
        assertThat(credit.jpSource()).isEqualTo(JpSource.UNKNOWN);
        assertThat(credit.jp()).isNull();
        assertThat(credit.provider()).isEqualTo("Universitas Kampus");
        assertThat(credit.source()).isEqualTo("partner:Universitas Kampus");
        assertThat(credit.completedOn()).as("23:30 WIB").isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(credit.startedOn()).as("27 hours before the end").isEqualTo(LocalDate.of(2025, 11, 19));
    }

    @Test
    void partnerDurationCountsAsJpOnlyWhenEnabled() {
        CreditSettings base = CreditsFixtures.settings(CreditMapping.empty());
        CreditTranslator byDuration = new CreditTranslator(new CreditSettings(base.provider(), base.zone(),
                base.certificates(), base.mapping(), true, 100, null, base.siasnJenis(), 10));

        Credit credit = credit(byDuration, CreditsFixtures.partner());

        assertThat(credit.jp()).as("27 h = 1620 min = 36 JP of 45 min").isEqualByComparingTo("36");
        assertThat(credit.jpSource()).isEqualTo(JpSource.STATEMENT);
    }

    @Test
    void partnerActivityInTheMappingGetsItsJpByIri() {
        CreditTranslator mapped = new CreditTranslator(CreditsFixtures.settings(CreditsFixtures.mapping(
                "https://kampus.ac.id/xapi/courses/etika-publik,sosial-kultural,16")));

        Credit credit = credit(mapped, CreditsFixtures.partner());

        assertThat(credit.jp()).isEqualByComparingTo("16");
        assertThat(credit.competencyType()).isEqualTo(CompetencyType.SOSIAL_KULTURAL);
    }

    @Test
    void moduleCompletionIsAStepOfACourseNotACredit() {
        assertThat(translator.translate(CreditsFixtures.moodleModule(105, NIP, "2025-03-01T02:16:00Z")))
                .isInstanceOf(CreditTranslator.Skipped.class);
    }

    @Test
    void voidingStatementNamesItsTarget() {
        Statement completed = CreditsFixtures.moodleCourse(106, NIP, 7, XapiProfile.COMPLETED, 20, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");
        Statement voiding = CreditsFixtures.voiding(107, NIP, completed.id(), "2025-03-02T00:00:00Z");

        assertThat(translator.translate(voiding))
                .isEqualTo(new CreditTranslator.Voiding(voiding.id(), completed.id()));
    }

    @Test
    void voidingOfACourseStepNamesTheCourseCreditToReview() {
        Statement step = CreditsFixtures.moodleModule(110, NIP, "2025-03-01T02:16:00Z");
        Statement voiding = CreditsFixtures.stepVoiding(111, NIP, step.id(), 7, "2025-03-04T20:00:00Z");

        CreditTranslator.Voiding outcome = (CreditTranslator.Voiding) translator.translate(voiding);

        assertThat(outcome.target()).isEqualTo(step.id());
        assertThat(outcome.review()).isEqualTo(new CreditTranslator.CourseReview(NIP,
                "https://elearning.kota.go.id/course/view.php?id=7", java.time.LocalDate.of(2025, 3, 5),
                "aktivitas 'Kuis 1' kursus ini ditandai belum selesai (dicatat 2025-03-05) / activity 'Kuis 1' of"
                        + " this course marked incomplete (recorded 2025-03-05), " + voiding.id()));
        assertThat(((CreditTranslator.Voiding) translator.translate(CreditsFixtures.voiding(112, NIP, step.id(),
                "2025-03-04T20:00:00Z"))).review()).as("no parent: nothing to review").isNull();
    }

    @Test
    void invalidNipIsRejectedWithABilingualReason() {
        Statement statement = CreditsFixtures.moodleCourse(108, "198513152010012003", 7, XapiProfile.COMPLETED, 20,
                null, "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");

        CreditTranslator.Outcome outcome = translator.translate(statement);

        assertThat(outcome).isInstanceOf(CreditTranslator.Rejected.class);
        assertThat(((CreditTranslator.Rejected) outcome).reason()).startsWith("NIP tidak valid / invalid NIP: "
                + "'198513152010012003'");
    }

    @Test
    void pseudonymisedActorIsRejectedNamingTheSetting() {
        Statement statement = CreditsFixtures.moodleCourse(109, NIP, 7, XapiProfile.COMPLETED, 20, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z").toBuilder()
                .actor(Agent.ofAccount(CreditsFixtures.HOME, XapiProfile.pseudonym(new byte[16], NIP))).build();

        CreditTranslator.Outcome outcome = translator.translate(statement);

        assertThat(((CreditTranslator.Rejected) outcome).reason()).contains("jembatan.identity.pseudonymize");
    }

    @Test
    void unreadableJpExtensionIsRejectedNotGuessed() {
        Statement statement = CreditsFixtures.moodleCourse(110, NIP, 7, XapiProfile.COMPLETED, null, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");
        Statement bad = statement.toBuilder().context(statement.context().toBuilder()
                .extension(XapiProfile.EXT_JP, "dua puluh").build()).build();

        assertThat(translator.translate(bad)).isInstanceOf(CreditTranslator.Rejected.class);
    }

    @Test
    void failedOrScoredStatementsAreNoCredit() {
        Statement failed = CreditsFixtures.moodleCourse(111, NIP, 7, XapiProfile.FAILED, 20, null,
                "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z");

        assertThat(translator.translate(failed)).isInstanceOf(CreditTranslator.Skipped.class);
    }

    @Test
    void jpIsReadFromNumbersAndNumericTextOnly() {
        assertThat(CreditTranslator.jp(20)).contains(new BigDecimal("20"));
        assertThat(CreditTranslator.jp(2.5)).contains(new BigDecimal("2.5"));
        assertThat(CreditTranslator.jp("12")).contains(new BigDecimal("12"));
        assertThat(CreditTranslator.jp(-1)).isEmpty();
        assertThat(CreditTranslator.jp(true)).isEmpty();
        assertThat(CreditTranslator.jp(URI.create("x:y"))).isEmpty();
    }

    @Test
    void creditKeyIsTheSameForCompletedAndPassedOfOneCourseOnOneDay() {
        Credit completed = credit(translator, CreditsFixtures.moodleCourse(112, NIP, 7, XapiProfile.COMPLETED, 20,
                null, "2025-03-01T02:15:00Z", "2025-03-01T02:16:00Z"));
        Credit passed = credit(translator, CreditsFixtures.moodleCourse(113, NIP, 7, XapiProfile.PASSED, 20, null,
                "2025-03-01T05:15:00Z", "2025-03-01T05:16:00Z"));

        assertThat(completed.creditKey()).isEqualTo(passed.creditKey()).hasSize(64);
        assertThat(completed.certificateNumber()).isNotEqualTo(passed.certificateNumber());
    }
}
