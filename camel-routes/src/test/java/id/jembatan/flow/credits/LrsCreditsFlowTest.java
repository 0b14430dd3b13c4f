package id.jembatan.flow.credits;

import static id.jembatan.flow.credits.CreditsFixtures.moodleCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.hr.simpeg.CreditSql;
import id.jembatan.hr.simpeg.SimpegCredits;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code lrs-credits} through its Camel routes: an LRS that answers queries as xAPI says (paged, voided left out),
 * SIMPEG on H2 in PostgreSQL mode with the reference schema, an in-memory ledger and state stores.
 */
class LrsCreditsFlowTest {

    private final InMemoryCreditLedger ledger = new InMemoryCreditLedger();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final List<Set<Integer>> refreshed = new ArrayList<>();
    private PagedLrs lrs;
    private DataSource simpegDb;
    private CamelContext camel;
    private ProducerTemplate template;
    private CreditSource source;
    private String nip;
    private String otherNip;

    @BeforeEach
    void setUp() throws Exception {
        lrs = new PagedLrs();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:credits-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        simpegDb = h2;
        try (Connection connection = simpegDb.getConnection()) {
            SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
            new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, 20, 0);
        }
        List<String> nips = strings("SELECT nip FROM asn ORDER BY nip");
        nip = nips.get(0);
        otherNip = nips.get(1);
        CreditSettings settings = new CreditSettings("BKPSDM Kota Contoh", CreditSettings.WIB,
                new CertificateNumbers(CertificateNumbers.DEFAULT_PATTERN), CreditMapping.empty(), false, 2, null,
                java.util.Map.of(), 10);
        source = new CreditSource(lrs.client(), watermarks, settings);
        SimpegCredits simpeg = new SimpegCredits(simpegDb, CreditSql.reference(),
                Duration.ofSeconds(10));
        CreditSteps steps = new CreditSteps(settings, ledger, simpeg, null, () -> refreshed::add, deadLetters,
                watermarks);
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.max-redeliveries", "1");
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.initial-delay-ms", "10");
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new LrsCreditsRoutes(source, steps, new FlowSupervisor(), false, 60_000));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void tearDown() {
        camel.stop();
        lrs.close();
    }

    private CreditPass pass() {
        return template.requestBody(LrsCreditsRoutes.PASS, source.start(), CreditPass.class);
    }

    private Statement course(long logId, String who, long courseId, Integer jp, String day) {
        return moodleCourse(logId, who, courseId, XapiProfile.COMPLETED, jp, CompetencyType.TEKNIS,
                day + "T03:00:00Z", null);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = simpegDb.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void completedCoursesBecomeRiwayatDiklatRowsAcrossPagesAndASecondPassChangesNothing() throws Exception {
        List<Statement> stored = lrs.store(course(1, nip, 7, 20, "2025-03-01"), course(2, nip, 8, null, "2025-04-01"),
                course(3, otherNip, 7, 20, "2026-02-01"),
                CreditsFixtures.moodleModule(4, nip, null));

        CreditPass first = pass();

        assertThat(first.read()).isEqualTo(4);
        assertThat(first.pages()).as("page size 2, then the empty passed and voided stages").isGreaterThan(2);
        assertThat(first.credited()).isEqualTo(3);
        assertThat(first.jpUnknown()).isEqualTo(1);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(first.simpegWritten()).isEqualTo(3);
        assertThat(first.summary()).contains("dikreditkan/credited 3", "JP tidak diketahui/JP unknown 1");
        assertThat(strings("SELECT statement_id || ' ' || nip || ' ' || COALESCE(CAST(jp AS VARCHAR), 'null') || ' '"
                + " || tahun || ' ' || sumber FROM riwayat_diklat ORDER BY tanggal_selesai")).containsExactly(
                stored.get(0).id() + " " + nip + " 20.00 2025 moodle:elearning.kota.go.id",
                stored.get(1).id() + " " + nip + " null 2025 moodle:elearning.kota.go.id",
                stored.get(2).id() + " " + otherNip + " 20.00 2026 moodle:elearning.kota.go.id");
        assertThat(strings("SELECT penyelenggara FROM riwayat_diklat")).containsOnly("BKPSDM Kota Contoh");
        assertThat(refreshed).containsExactly(Set.of(2025, 2026));
        assertThat(watermarks.get("lrs-credits", "completed")).contains(stored.get(3).stored());

        CreditPass second = pass();

        assertThat(second.credited()).isZero();
        assertThat(second.simpegWritten()).isZero();
        assertThat(second.read()).as("only the overlap at the watermark").isLessThanOrEqualTo(1);
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("3");
        assertThat(refreshed).hasSize(1);
    }

    @Test
    void anActivityMarkedIncompleteAfterTheCourseCompletionFlagsTheCreditForReviewWithoutVoidingIt() throws Exception {
        List<Statement> stored = lrs.store(course(1, nip, 7, 20, "2025-03-01"), course(2, nip, 8, 20, "2025-03-01"),
                course(3, otherNip, 7, 20, "2025-03-01"), CreditsFixtures.moodleModule(4, nip, null));
        pass();
        Statement override = CreditsFixtures.stepVoiding(5, nip, stored.get(3).id(), 7, "2025-03-05T01:00:00Z");
        lrs.store(override);

        CreditPass flagging = pass();

        assertThat(flagging.flagged()).isEqualTo(1);
        assertThat(flagging.voided()).isZero();
        assertThat(flagging.summary()).contains("perlu ditinjau/flagged for review 1");
        assertThat(ledger.reviews()).containsOnlyKeys(stored.get(0).id());
        assertThat(ledger.reviews().get(stored.get(0).id())).isEqualTo("aktivitas 'Kuis 1' kursus ini ditandai "
                + "belum selesai (dicatat 2026-01-10) / activity 'Kuis 1' of this course marked incomplete (recorded "
                + "2026-01-10), " + override.id());
        assertThat(ledger.all()).as("still credited").noneMatch(StoredCredit::voided);
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("3");

        assertThat(pass().flagged()).as("read again at the watermark: nothing more").isZero();
    }

    @Test
    void anUnknownNipGoesToTheDeadLettersAndTheBatchGoesOn() throws Exception {
        String stranger = "197001011990031002";
        List<Statement> stored = lrs.store(course(1, stranger, 7, 20, "2025-03-01"), course(2, nip, 7, 20,
                "2025-03-01"));

        CreditPass pass = pass();

        assertThat(pass.credited()).isEqualTo(1);
        assertThat(pass.deadLettered()).isEqualTo(1);
        DeadLetter dead = deadLetters.list(DeadLetterStatus.OPEN, 10).get(0);
        assertThat(dead.flow()).isEqualTo("lrs-credits");
        assertThat(dead.recordKey()).isEqualTo(stored.get(0).id().toString());
        assertThat(dead.reason()).contains("NIP " + stranger + " tidak ada di SIMPEG / is not in SIMPEG");
        assertThat(dead.payload()).contains(stranger);
        assertThat(strings("SELECT nip FROM riwayat_diklat")).containsExactly(nip);
    }

    @Test
    void aReplayCreditsADeadLetteredStatementOnceSimpegKnowsTheNipAndLeavesOutOneVoidedSince() throws Exception {
        String stranger = "197001011990031002";
        List<Statement> stored = lrs.store(course(1, stranger, 7, 20, "2025-03-01"),
                course(2, stranger, 8, 20, "2025-03-02"));
        pass();
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).hasSize(2);
        List<UUID> ids = stored.stream().map(Statement::id).toList();

        CreditPass stillUnknown = replay(ids);

        assertThat(stillUnknown.credited()).isZero();
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).as("recorded again: one more attempt each")
                .hasSize(2).allMatch(letter -> letter.attempts() == 2);

        try (Connection connection = simpegDb.getConnection()) {
            connection.createStatement().executeUpdate("INSERT INTO asn (nip, nama, unit_kerja_kode,"
                    + " status_kepegawaian, status_aktif, updated_at) SELECT '" + stranger + "', 'ASN Baru',"
                    + " unit_kerja_kode, 'PNS', 'AKTIF', updated_at FROM asn WHERE nip = '" + nip + "'");
        }
        lrs.store(CreditsFixtures.voiding(3, stranger, stored.get(1).id(), "2025-03-05T00:00:00Z"));
        String watermark = watermarks.get("lrs-credits", "completed").orElseThrow();

        CreditPass replayed = replay(ids);

        assertThat(replayed.read()).isEqualTo(1);
        assertThat(replayed.credited()).isEqualTo(1);
        assertThat(replayed.gone()).isEqualTo(1);
        assertThat(replayed.summary()).contains("dikreditkan/credited 1", "no longer in the LRS (voided) 1");
        assertThat(strings("SELECT statement_id || ' ' || nip FROM riwayat_diklat"))
                .containsExactly(stored.get(0).id() + " " + stranger);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).as("nothing failed again")
                .allMatch(letter -> letter.attempts() == 2);
        assertThat(watermarks.get("lrs-credits", "completed")).as("a replay moves no watermark").contains(watermark);
        assertThat(refreshed).last().isEqualTo(Set.of(2025));
    }

    private CreditPass replay(List<UUID> statementIds) {
        return template.requestBody(LrsCreditsRoutes.REPLAY, source.replay(statementIds), CreditPass.class);
    }

    @Test
    void aVoidedStatementReversesItsCreditInTheLedgerAndRemovesTheRow() throws Exception {
        Statement completed = lrs.store(course(1, nip, 7, 20, "2025-03-01")).get(0);
        pass();

        lrs.store(CreditsFixtures.voiding(2, nip, completed.id(), "2025-03-05T00:00:00Z"));
        CreditPass voiding = pass();

        assertThat(voiding.voided()).isEqualTo(1);
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("0");
        assertThat(ledger.all()).singleElement().satisfies(c -> assertThat(c.voided()).isTrue());
        assertThat(refreshed).containsExactly(Set.of(2025), Set.of(2025));
        CreditPass again = pass();
        assertThat(again.voided()).as("again: nothing more to reverse").isZero();
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).as("nor written again").containsExactly("0");
    }

    @Test
    void completedAndPassedOfOneCourseOnOneDayMakeOneCredit() throws Exception {
        lrs.store(course(1, nip, 7, 20, "2025-03-01"), moodleCourse(2, nip, 7, XapiProfile.PASSED, 20,
                CompetencyType.TEKNIS, "2025-03-01T05:00:00Z", null));

        CreditPass pass = pass();

        assertThat(pass.credited()).isEqualTo(1);
        assertThat(pass.duplicates()).isEqualTo(1);
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("1");
    }

    @Test
    void nothingStoredAfterTheConsistentThroughTimeIsReadUntilTheNextPass() {
        List<Statement> stored = lrs.store(course(1, nip, 7, 20, "2025-03-01"), course(2, nip, 8, 20, "2025-03-02"),
                course(3, nip, 9, 20, "2025-03-03"));
        lrs.consistentThrough(Instant.parse(stored.get(0).stored()));

        assertThat(pass().credited()).isEqualTo(1);

        lrs.consistentThrough(null);
        assertThat(pass().credited()).isEqualTo(2);
    }

    @Test
    void aFailingSimpegWriteLeavesTheWatermarkAndTheNextPassWritesWhatTheLedgerHolds() throws Exception {
        lrs.store(course(1, nip, 7, 20, "2025-03-01"));
        try (Connection connection = simpegDb.getConnection()) {
            connection.createStatement().execute("ALTER TABLE riwayat_diklat RENAME TO riwayat_diklat_lama");
        }

        assertThatThrownBy(this::pass).rootCause().hasMessageContaining("riwayat_diklat");
        assertThat(watermarks.get("lrs-credits", "completed")).isEmpty();
        assertThat(ledger.all()).singleElement().satisfies(c -> assertThat(c.simpegWritten()).isFalse());

        try (Connection connection = simpegDb.getConnection()) {
            connection.createStatement().execute("ALTER TABLE riwayat_diklat_lama RENAME TO riwayat_diklat");
        }
        CreditPass retry = pass();

        assertThat(retry.already()).isEqualTo(1);
        assertThat(retry.simpegWritten()).isEqualTo(1);
        assertThat(strings("SELECT nip FROM riwayat_diklat")).containsExactly(nip);
        assertThat(watermarks.get("lrs-credits", "completed")).isPresent();
    }

    /** A statement whose id shares its first 20 hex digits with {@code other}'s: the same certificate number. */
    private Statement clashingWith(Statement other, long logId, long courseId) {
        UUID id = UUID.fromString(other.id().toString().substring(0, 24) + "0123456789ab");
        return course(logId, otherNip, courseId, 20, "2025-03-02").toBuilder().id(id).build();
    }

    @Test
    void aCertificateClashWithAWrittenCreditLeavesOnlyTheCreditsTheLedgerTookInSimpeg() throws Exception {
        Statement first = lrs.store(course(1, nip, 7, 20, "2025-03-01")).get(0);
        pass();
        Statement clashing = clashingWith(first, 2, 8);
        // pages of 2, the first with the statement at the watermark again: the clash shares the second page
        lrs.store(course(3, otherNip, 9, 20, "2025-03-03"), clashing, course(4, otherNip, 10, 20, "2025-03-04"));

        CreditPass pass = pass();

        assertThat(pass.credited()).isEqualTo(2);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement()
                .satisfies(dead -> assertThat(dead.recordKey()).isEqualTo(clashing.id().toString()));
        assertThat(strings("SELECT statement_id FROM riwayat_diklat ORDER BY nip"))
                .hasSize(3).doesNotContain(clashing.id().toString());
        assertThat(watermarks.get("lrs-credits", "completed")).isPresent();
    }

    @Test
    void aCertificateClashWithAVoidedCreditIsDeletedFromSimpegAgain() throws Exception {
        Statement first = lrs.store(course(1, nip, 7, 20, "2025-03-01")).get(0);
        pass();
        lrs.store(CreditsFixtures.voiding(2, nip, first.id(), "2025-03-05T00:00:00Z"));
        pass();
        Statement clashing = clashingWith(first, 3, 8);
        lrs.store(clashing);

        CreditPass pass = pass();

        assertThat(pass.credited()).isZero();
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement()
                .satisfies(dead -> assertThat(dead.recordKey()).isEqualTo(clashing.id().toString()));
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).as("SIMPEG had it written concurrently, then "
                + "deleted").containsExactly("0");
    }

    @Test
    void theConsistentThroughTimeCutsAPageReadAheadAndTranslatedThere() {
        List<Statement> stored = lrs.store(course(1, nip, 7, 20, "2025-03-01"), course(2, nip, 8, 20, "2025-03-02"),
                course(3, nip, 9, 20, "2025-03-03"), course(4, nip, 10, 20, "2025-03-04"),
                course(5, nip, 11, 20, "2025-03-05"));
        lrs.consistentThrough(Instant.parse(stored.get(2).stored()));

        assertThat(pass().credited()).as("pages of 2: the second, read ahead, is cut after its first").isEqualTo(3);

        lrs.consistentThrough(null);
        CreditPass next = pass();
        assertThat(next.credited()).isEqualTo(2);
        assertThat(next.already()).as("the statement at the watermark, read again").isEqualTo(1);
    }
}
