package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.flow.credits.Credit;
import id.jembatan.flow.credits.CreditLedger;
import id.jembatan.flow.credits.JpSource;
import id.jembatan.flow.credits.StoredCredit;
import id.jembatan.lrs.xapi.CompetencyType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** What {@link JdbcCreditLedger} promises, run on each database the state store supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CreditLedgerContract {

    private StateDatabase database;
    private JdbcCreditLedger ledger;
    private MutableClock clock;

    abstract StateDatabase openDatabase();

    @BeforeAll
    void migrate() {
        database = openDatabase();
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        JdbcClient.create(database.dataSource()).sql("DELETE FROM competency_credit").update();
        clock = new MutableClock(Instant.parse("2040-03-01T07:15:30.123456Z"));
        ledger = new JdbcCreditLedger(new StateJdbc(database.dataSource(),
                new JdbcTransactionManager(database.dataSource()), clock));
    }

    private static Credit credit(int n, String nip, BigDecimal jp, CompetencyType type, String certificate) {
        return new Credit(UUID.nameUUIDFromBytes(("s" + n).getBytes()), nip,
                "https://elearning.kota.go.id/course/view.php?id=" + n, "Kursus " + n + " – Analisis Kebijakan",
                type, jp, jp == null ? JpSource.UNKNOWN : JpSource.STATEMENT, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, n % 28 + 1), certificate, "BKPSDM", "moodle:elearning.kota.go.id", "4.01.01");
    }

    private static Credit credit(int n) {
        return credit(n, "198503152010012003", new BigDecimal("20.00"), CompetencyType.TEKNIS, "C" + n);
    }

    /** Inserts, recording what the ledger hands to SIMPEG. */
    private Set<UUID> insert(List<Credit> credits, List<Credit> handedOver) {
        return ledger.insert(credits, handedOver::addAll);
    }

    @Test
    void insertedCreditsReadBackFieldForFieldAsActiveAndWrittenOnceSimpegHasThem() {
        Credit full = credit(1);
        Credit unknown = new Credit(UUID.nameUUIDFromBytes("s2".getBytes()), "199001012015031001", "https://x/a",
                "Etika Publik", null, null, JpSource.UNKNOWN, null, LocalDate.of(2026, 1, 2), "C2", "Kampus",
                "partner:Kampus", null);
        List<Credit> handedOver = new ArrayList<>();

        assertThat(insert(List.of(full, unknown), handedOver)).isEmpty();

        assertThat(handedOver).containsExactly(full, unknown);
        Map<UUID, StoredCredit> found = ledger.find(List.of(full.statementId(), unknown.statementId(),
                UUID.randomUUID()));
        assertThat(found).hasSize(2);
        assertThat(found.get(full.statementId())).isEqualTo(new StoredCredit(full, false, true, false));
        assertThat(found.get(unknown.statementId())).isEqualTo(new StoredCredit(unknown, false, true, false));
        assertThat(JdbcClient.create(database.dataSource()).sql("SELECT credit_year FROM competency_credit"
                + " WHERE statement_id = :id").param("id", unknown.statementId().toString()).query(Integer.class)
                .single()).isEqualTo(2026);
    }

    @Test
    void textWithTabsNewlinesBackslashesAndWhatLooksLikeNullIsStoredAsItIsWithItsTimes() {
        Credit odd = new Credit(UUID.nameUUIDFromBytes("s9".getBytes()), "198503152010012003",
                "https://x/a?b=\\N", "Kursus\tA\nbaris 2\r\n\\ akhir \\N", CompetencyType.MANAJERIAL,
                new BigDecimal("1.50"), JpSource.MAPPING, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "C\\9", "Penyelenggara \"kutip\" 'satu'", "partner:Kampus\tX", "\\N");

        assertThat(insert(List.of(odd), new ArrayList<>())).isEmpty();

        assertThat(ledger.find(List.of(odd.statementId())).get(odd.statementId()))
                .isEqualTo(new StoredCredit(odd, false, true, false));
        assertThat(JdbcClient.create(database.dataSource()).sql("SELECT created_at FROM competency_credit")
                .query(java.time.LocalDateTime.class).single())
                .isEqualTo(java.time.LocalDateTime.parse("2040-03-01T07:15:30.123456"));
    }

    @Test
    void insertingAgainChangesNothingAndACertificateClashIsReportedNotWritten() {
        Credit first = credit(1);
        insert(List.of(first), new ArrayList<>());
        Credit clash = credit(2, "199001012015031001", BigDecimal.ONE, null, "C1");
        List<Credit> handedOver = new ArrayList<>();

        Set<UUID> clashes = insert(List.of(first, credit(3), clash), handedOver);

        assertThat(clashes).containsExactly(clash.statementId());
        assertThat(handedOver).as("only what was added goes to SIMPEG").containsExactly(credit(3));
        assertThat(ledger.find(List.of(first.statementId(), credit(3).statementId(), clash.statementId())))
                .containsOnlyKeys(first.statementId(), credit(3).statementId());
    }

    @Test
    void aFailedSimpegWriteAddsNothing() {
        Credit credit = credit(1);

        assertThatThrownBy(() -> ledger.insert(List.of(credit), written -> {
            throw new IllegalStateException("SIMPEG down");
        })).hasMessage("SIMPEG down");

        assertThat(ledger.find(List.of(credit.statementId()))).isEmpty();
    }

    @Test
    void aFailedSimpegWriteAfterAKeyClashLeavesTheAddedCreditsUnwrittenAndOutOfTheSiasnOutbox() {
        Credit first = credit(1);
        insert(List.of(first), new ArrayList<>());
        Credit second = credit(2);

        assertThatThrownBy(() -> ledger.insert(List.of(first, second), written -> {
            throw new IllegalStateException("SIMPEG down");
        })).hasMessage("SIMPEG down");

        assertThat(ledger.find(List.of(second.statementId())).get(second.statementId()).simpegWritten()).isFalse();
        assertThat(ledger.holders(List.of(second.creditKey()))).containsEntry(second.creditKey(),
                List.of(new CreditLedger.KeyHolder(second.statementId(), true, false)));
        assertThat(ledger.pendingSiasn(10)).extracting(c -> c.credit().statementId())
                .containsExactly(first.statementId());
        ledger.markSimpegWritten(List.of(second.statementId()));
        assertThat(ledger.pendingSiasn(10)).hasSize(2);
    }

    @Test
    void holdersOfACreditKeyIncludeVoidedCredits() {
        Credit kept = credit(1);
        Credit voided = credit(2);
        insert(List.of(kept, voided), new ArrayList<>());
        ledger.markVoided(Map.of(voided.statementId(), UUID.randomUUID()));

        assertThat(ledger.holders(List.of(kept.creditKey(), voided.creditKey(), "0".repeat(64)))).isEqualTo(Map.of(
                kept.creditKey(), List.of(new CreditLedger.KeyHolder(kept.statementId(), true, true)),
                voided.creditKey(), List.of(new CreditLedger.KeyHolder(voided.statementId(), false, true))));
        assertThat(ledger.find(List.of(voided.statementId())).get(voided.statementId()).voided()).isTrue();
    }

    @Test
    void simpegAndSiasnMarksDriveTheSiasnOutbox() {
        Credit a = credit(1);
        Credit b = credit(2);
        Credit unknown = credit(3, "198503152010012003", null, CompetencyType.TEKNIS, "C3");
        Credit noType = credit(4, "198503152010012003", BigDecimal.TEN, null, "C4");
        insert(List.of(a, b, unknown, noType), new ArrayList<>());
        clock.advance(java.time.Duration.ofSeconds(1));

        assertThat(ledger.pendingSiasn(10)).extracting(c -> c.credit().statementId())
                .containsExactlyInAnyOrder(a.statementId(), b.statementId());
        assertThat(ledger.pendingSiasn(1)).hasSize(1);
        ledger.markSiasnPushed(a.statementId());
        ledger.markSiasnRefused(b.statementId());
        assertThat(ledger.pendingSiasn(10)).isEmpty();
        assertThat(ledger.find(List.of(a.statementId())).get(a.statementId()))
                .isEqualTo(new StoredCredit(a, false, true, true));
    }

    @Test
    void largeBatchesGoThroughInChunks() {
        List<Credit> many = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            many.add(credit(i));
        }
        List<Credit> handedOver = new ArrayList<>();

        assertThat(insert(many, handedOver)).isEmpty();

        assertThat(handedOver).hasSize(1_234);
        assertThat(ledger.find(many.stream().map(Credit::statementId).toList()).values())
                .hasSize(1_234).allMatch(StoredCredit::simpegWritten);
        assertThat(ledger.holders(many.stream().map(Credit::creditKey).toList())).hasSize(1_234);
    }

    /** The review columns of a credit: reason and first flag time, or nulls. */
    private Object[] review(Credit credit) {
        return JdbcClient.create(database.dataSource()).sql("SELECT review_reason, review_flagged_at FROM "
                + "competency_credit WHERE statement_id = :id").param("id", credit.statementId().toString())
                .query((rs, row) -> new Object[] {rs.getString(1),
                    rs.getObject(2, java.time.LocalDateTime.class)}).single();
    }

    @Test
    void flaggingACourseFlagsTheLearnersActiveCreditsCompletedByThenAndLeavesTheRestAlone() {
        Credit course = credit(1);
        Credit otherCourse = credit(2);
        Credit otherNip = new Credit(UUID.nameUUIDFromBytes("s3".getBytes()), "199001012015031001",
                course.activityId(), course.title(), CompetencyType.TEKNIS, BigDecimal.ONE, JpSource.STATEMENT, null,
                course.completedOn(), "C3", "BKPSDM", "moodle:elearning.kota.go.id", null);
        Credit later = new Credit(UUID.nameUUIDFromBytes("s4".getBytes()), course.nip(), course.activityId(),
                course.title(), CompetencyType.TEKNIS, BigDecimal.ONE, JpSource.STATEMENT, null,
                course.completedOn().plusYears(1), "C4", "BKPSDM", "moodle:elearning.kota.go.id", null);
        insert(List.of(course, otherCourse, otherNip, later), new ArrayList<>());

        int flagged = ledger.flagCourse(course.nip(), course.activityId(), course.completedOn(),
                "aktivitas Kuis 1 ditandai belum selesai / activity Kuis 1 marked incomplete");

        assertThat(flagged).isEqualTo(1);
        assertThat(review(course)).containsExactly(
                "aktivitas Kuis 1 ditandai belum selesai / activity Kuis 1 marked incomplete",
                java.time.LocalDateTime.parse("2040-03-01T07:15:30.123456"));
        assertThat(review(otherCourse)).containsExactly(null, null);
        assertThat(review(otherNip)).containsExactly(null, null);
        assertThat(review(later)).as("a later completion is a new learning").containsExactly(null, null);
        assertThat(ledger.find(List.of(course.statementId())).get(course.statementId()))
                .as("still credited, active and written").isEqualTo(new StoredCredit(course, false, true, false));
    }

    @Test
    void aSecondFlagKeepsTheFirstTimeAppendsANewReasonOnceAndAVoidedCreditIsNotFlagged() {
        Credit a = credit(1);
        Credit b = credit(2);
        Credit voided = credit(3);
        insert(List.of(a, b, voided), new ArrayList<>());
        ledger.markVoided(Map.of(voided.statementId(), UUID.randomUUID()));
        ledger.flagCourse(a.nip(), a.activityId(), a.completedOn(), "alasan satu / reason one");
        clock.advance(java.time.Duration.ofDays(2));

        assertThat(ledger.flagAsn(a.nip(), "ASN ditangguhkan / suspended")).isEqualTo(2);
        assertThat(ledger.flagAsn(a.nip(), "ASN ditangguhkan / suspended")).as("again: nothing changes").isZero();
        assertThat(ledger.flagCourse(a.nip(), a.activityId(), a.completedOn(), "alasan satu / reason one")).isZero();

        assertThat(review(a)).containsExactly("alasan satu / reason one; ASN ditangguhkan / suspended",
                java.time.LocalDateTime.parse("2040-03-01T07:15:30.123456"));
        assertThat(review(b)).containsExactly("ASN ditangguhkan / suspended",
                java.time.LocalDateTime.parse("2040-03-03T07:15:30.123456"));
        assertThat(review(voided)).containsExactly(null, null);
    }

    @Test
    void reasonsStopAtTheColumnLength() {
        Credit a = credit(1);
        insert(List.of(a), new ArrayList<>());
        String first = "x".repeat(CreditLedger.MAX_REVIEW_REASON - 10);

        ledger.flagAsn(a.nip(), first);
        ledger.flagAsn(a.nip(), "alasan kedua yang panjang / a long second reason");
        assertThat(ledger.flagAsn(a.nip(), "alasan ketiga / third reason")).as("full: nothing added").isZero();

        assertThat((String) review(a)[0]).hasSize(CreditLedger.MAX_REVIEW_REASON).startsWith(first + "; alasan");
        assertThat(ledger.flagAsn("199001012015031001", "y".repeat(2_000))).isZero();
    }
}
