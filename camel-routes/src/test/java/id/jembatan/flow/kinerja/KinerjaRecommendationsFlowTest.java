package id.jembatan.flow.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.jembatan.hr.kinerja.IndicatorNote;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Rating;
import id.jembatan.hr.kinerja.RejectedRecord;
import id.jembatan.hr.simpeg.JabatanKind;
import id.jembatan.moodle.InstantMessage;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxCourse;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.sandbox.moodle.SandboxUser;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryAuditLog;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kinerja-recommendations} through its Camel route: a list e-Kinerja, the stateful WireMock Moodle answering in
 * recorded shapes, in-memory state stores.
 */
class KinerjaRecommendationsFlowTest {

    static final Instant NOW = Instant.parse("2025-04-15T01:00:00Z");
    static final long SITI_ID = 41;
    static final long ANDI_ID = 42;
    static final long PENILAI_ID = 7;
    static final long PBJ = 3;
    static final long WASBANG = 6;

    private final ListSource source = new ListSource();
    private final InMemoryIdempotencyStore marks = new InMemoryIdempotencyStore();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private MoodleSandbox moodle;
    private CamelContext camel;
    private ProducerTemplate template;
    private RecommendationSteps steps;

    @BeforeEach
    void start() throws Exception {
        moodle = MoodleSandbox.start(site());
        RecommendationRules rules = RecommendationRules.parse("rules.csv", """
                pbj;butuh-perbaikan;hasil-kerja;pengadaan;;;idnumber:KT-PBJ-2025;Catatan penilai menyebut pengadaan.
                etika;kurang;perilaku-kerja;;;;shortname:WASBANG-2025;Perilaku kerja di bawah ekspektasi.
                hilang;sangat-kurang;;;;;idnumber:TIDAK-ADA;Kursus yang belum dibuat.
                """);
        MoodleClient client = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token(),
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
        KinerjaSettings kinerja = new KinerjaSettings(URI.create("https://siasn.bkn.go.id"), null,
                URI.create("https://ekinerja.example"), KinerjaSettings.WIB, 2);
        steps = new RecommendationSteps(source, client, kinerja, new RecommendationSettings(rules, 5,
                Duration.ofDays(90), true, 50), Clock.fixed(NOW, ZoneOffset.UTC), marks, deadLetters, watermarks, audit);
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.max-redeliveries", "1");
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.initial-delay-ms", "10");
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new KinerjaRecommendationsRoutes(steps, new FlowSupervisor()));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        moodle.close();
    }

    /** The sandbox's scaffolding (categories KT 2, KSK 4) with the three ASN and the two courses of the rules. */
    private static SandboxData site() {
        return SandboxData.synthetic(0, 0, 1)
                .withUsers(List.of(asn(SITI_ID, Results.SITI), asn(ANDI_ID, Results.ANDI),
                        asn(PENILAI_ID, Results.PENILAI)))
                .withCourses(List.of(new SandboxCourse(PBJ, "PBJ-DASAR-2025",
                                "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar", "KT-PBJ-2025", 2, 12),
                        new SandboxCourse(WASBANG, "WASBANG-2025", "Wawasan Kebangsaan", "KSK-WASBANG-2025", 4, 8)));
    }

    private static SandboxUser asn(long id, String nip) {
        return new SandboxUser(id, "asn" + id, "ASN", Long.toString(id), "asn" + id + "@tangsel.example", nip,
                "Diskominfo", "III/a", "Pelaksana", false);
    }

    /** The form of each call of {@code function}, token and function left out. */
    private List<Map<String, String>> calls(String function) {
        return moodle.requests(function).stream().map(call -> {
            Map<String, String> params = new TreeMap<>(call.form());
            params.remove("wstoken");
            params.remove("wsfunction");
            params.remove("moodlewsrestformat");
            return params;
        }).toList();
    }

    private RecommendationPass run() {
        return template.requestBody(KinerjaRecommendationsRoutes.PASS, steps.start(), RecommendationPass.class);
    }

    private static PeriodResult sitiNeedsPbj() {
        return Results.result(Results.SITI, Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, JabatanKind.PELAKSANA,
                List.of(new IndicatorNote("Pengadaan barang", "paket pengadaan terlambat")), List.of());
    }

    private static PeriodResult andiMisconduct() {
        return Results.result(Results.ANDI, Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI, JabatanKind.FUNGSIONAL,
                List.of(), List.of());
    }

    @Test
    void enrolsWithATimeWindowMessagesTheAsnAndTheEvaluatorAndRecordsTheAssignment() {
        source.rows.add(sitiNeedsPbj());

        RecommendationPass pass = run();

        assertThat(pass.enrolled()).isEqualTo(1);
        assertThat(pass.messagesSent()).isEqualTo(2);
        assertThat(calls("enrol_manual_enrol_users")).singleElement()
                .isEqualTo(Map.of("enrolments[0][roleid]", "5", "enrolments[0][userid]", "41",
                        "enrolments[0][courseid]", "3", "enrolments[0][timestart]", Long.toString(NOW.getEpochSecond()),
                        "enrolments[0][timeend]", Long.toString(NOW.plus(Duration.ofDays(90)).getEpochSecond())));
        Map<String, String> messages = calls("core_message_send_instant_messages").get(0);
        assertThat(messages).contains(entry("messages[0][touserid]", "41"), entry("messages[0][textformat]", "2"),
                entry("messages[0][clientmsgid]", InstantMessage.plain(41, "x")
                        .withClientMsgId(Results.SITI + "/2025/triwulan-1#idnumber:KT-PBJ-2025").wireClientMsgId()),
                entry("messages[1][touserid]", "7"));
        assertThat(messages.get("messages[0][text]")).contains("SKP 2025 Triwulan I").contains("Butuh Perbaikan")
                .contains("\"Pengadaan Barang/Jasa Pemerintah Tingkat Dasar\"").contains("14 Juli 2025")
                .contains("Alasan: Catatan penilai menyebut pengadaan.");
        assertThat(messages.get("messages[1][text]")).startsWith("Yth. Budi Santoso").contains("NIP " + Results.SITI);
        assertThat(audit.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("enrol");
            assertThat(e.subject()).isEqualTo(Results.SITI + " → idnumber:KT-PBJ-2025 (SKP 2025 Triwulan I)");
        });
        assertThat(marks.lookup(RecommendationSteps.ASSIGNMENTS, Results.SITI + "/2025/triwulan-1#idnumber:KT-PBJ-2025"))
                .contains("notified");
        assertThat(watermarks.get(RecommendationSteps.FLOW, "list")).contains("1");
    }

    @Test
    void aRerunOfTheSameRecordEnrolsAndMessagesNothing() {
        source.rows.add(sitiNeedsPbj());
        run();
        watermarks.advance(RecommendationSteps.FLOW, "list", "0");
        moodle.reset();

        RecommendationPass again = run();

        assertThat(again.read()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.enrolled()).isZero();
        assertThat(moodle.requests()).isEmpty();
    }

    @Test
    void anAsnAlreadyEnrolledOrWhoCompletedTheCourseIsNotEnrolledAgain() {
        moodle.serve(site().withEnrolment(SITI_ID, PBJ, true, NOW.minus(Duration.ofDays(30)).getEpochSecond())
                .withEnrolment(ANDI_ID, WASBANG, false, 0));
        source.rows.add(sitiNeedsPbj());
        source.rows.add(andiMisconduct());

        RecommendationPass pass = run();

        assertThat(pass.alreadyCompleted()).isEqualTo(1);
        assertThat(pass.alreadyEnrolled()).isEqualTo(1);
        assertThat(pass.enrolled()).isZero();
        assertThat(calls("enrol_manual_enrol_users")).isEmpty();
        assertThat(calls("core_message_send_instant_messages")).isEmpty();
        assertThat(calls("core_enrol_get_users_courses")).extracting(c -> c.get("userid"))
                .containsExactlyInAnyOrder("41", "42");
    }

    @Test
    void aRefusedMessageIsReportedPerUserAndTheRestGoesOnAndIsRetriedNextRun() {
        moodle.refuseMessagesTo(SITI_ID);
        source.rows.add(sitiNeedsPbj());
        source.rows.add(andiMisconduct());

        RecommendationPass pass = run();

        assertThat(pass.enrolled()).isEqualTo(2);
        assertThat(pass.messagesFailed()).isEqualTo(1);
        assertThat(pass.messagesSent()).isEqualTo(3);
        List<DeadLetter> letters = deadLetters.list(DeadLetterStatus.OPEN, 10);
        assertThat(letters).singleElement().satisfies(l -> {
            assertThat(l.recordKey()).isEqualTo(Results.SITI + "/2025/triwulan-1#idnumber:KT-PBJ-2025#pesan");
            assertThat(l.reason()).contains("pesan ke ASN tidak terkirim / message to the ASN not sent")
                    .contains("Moodle user 41").contains("msgid -1").contains("does not accept messages");
        });

        moodle.refuseMessagesTo();
        moodle.reset();
        watermarks.advance(RecommendationSteps.FLOW, "list", "0");
        RecommendationPass retry = run();

        assertThat(calls("enrol_manual_enrol_users")).isEmpty();
        assertThat(calls("core_message_send_instant_messages")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("messages[0][touserid]", "41")
                        .doesNotContainKey("messages[1][touserid]"));
        assertThat(retry.unchanged()).isEqualTo(1);
    }

    @Test
    void anUnknownCourseOrAccountIsADeadLetterAndContradictionsAreLeftToThePerformanceFlow() {
        source.rows.add(Results.result(Results.SITI, Rating.DIBAWAH_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI,
                JabatanKind.PELAKSANA, List.of(), List.of()));
        source.rows.add(Results.result("199303032020121003", Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI,
                JabatanKind.PELAKSANA, List.of(), List.of()));
        source.rows.add(new RejectedRecord("x/2025/tahunan", "{}", "contradiction", RejectedRecord.Kind.CONTRADICTION));

        RecommendationPass pass = run();

        assertThat(pass.skipped()).isEqualTo(1);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::errorClass)
                .containsExactlyInAnyOrder("kinerja-recommendations.unknown-course", "moodle.no-account");
        assertThat(pass.deadLettered()).isEqualTo(2);
        assertThat(calls("enrol_manual_enrol_users")).isEmpty();
    }
}
