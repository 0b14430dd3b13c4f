package id.jembatan.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.jembatan.e2e.KinerjaEndToEnd.ANDI;
import static id.jembatan.e2e.KinerjaEndToEnd.PENILAI;
import static id.jembatan.e2e.KinerjaEndToEnd.RINA;
import static id.jembatan.e2e.KinerjaEndToEnd.SITE;
import static id.jembatan.e2e.KinerjaEndToEnd.SITI;
import static id.jembatan.e2e.KinerjaEndToEnd.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jembatan.support.lrs.FakeLrs;
import id.jembatan.support.moodle.RealMoodle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kinerja-recommendations} against the real Moodle of the {@code -Pmoodle} tier: the e-Kinerja API is a
 * WireMock in SIASN's SKP 2022 shape (as in {@link KinerjaEndToEnd}); the enrolment and the messages are asserted in
 * Moodle's own tables.
 */
@EnabledIfSystemProperty(named = RealMoodle.PROPERTY, matches = "true")
class KinerjaRealMoodleTest {

    private final RealMoodle moodle = RealMoodle.fromEnvironment();
    private final FakeLrs lrs = new FakeLrs();
    private WireMockServer kinerja;

    @TempDir
    Path workDir;

    @BeforeEach
    void setUp() throws Exception {
        moodle.reset();
        kinerja = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        kinerja.start();
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", absent())
                .withHeader("Authorization", equalTo("Bearer kinerja-token"))
                .willReturn(okJson("{\"data\":[" + String.join(",", record("r1", SITI, 3, 2, 3,
                        "Paket pengadaan terlambat, e-katalog belum dikuasai"), record("r2", ANDI, 2, 3, 4, "tepat waktu"),
                        record("r3", RINA, 1, 1, 2, "sangat baik")) + "]}")));
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", matching(".+"))
                .willReturn(okJson("{\"data\":[]}")));
        moodle.fixture("course", "PBJ-DASAR-2025", "KT-PBJ-2025", "8", "KT");
        moodle.fixture("course", "WASBANG-2025", "KSK-WASBANG-2025", "4", "KSK");
        moodle.fixture("user", "siti", SITI);
        moodle.fixture("user", "andi", ANDI);
        moodle.fixture("user", "penilai", PENILAI);
        moodle.fixture("enrol", "andi", "WASBANG-2025");
        moodle.fixture("view", "andi", "WASBANG-2025");
        Files.writeString(workDir.resolve("rules.csv"), """
                id;predikat;rating-di-bawah;kata-kunci;jenis-jabatan;kompetensi-kurang;kursus;alasan
                pbj;butuh-perbaikan;hasil-kerja;pengadaan|e-katalog;;;idnumber:KT-PBJ-2025;Catatan penilai menyebut pengadaan barang/jasa.
                berakhlak;kurang;perilaku-kerja;;;;idnumber:KSK-WASBANG-2025;Rating perilaku kerja Anda di bawah ekspektasi.
                """);
    }

    @AfterEach
    void tearDown() {
        kinerja.stop();
        lrs.close();
        moodle.reset();
    }

    private String[] bridge(String flow) {
        List<String> args = new ArrayList<>(List.of("run", flow));
        args.addAll(moodle.bridgeOptions(workDir, false));
        args.addAll(List.of("--jembatan.kinerja.url=" + kinerja.baseUrl() + "/api/v1/skp",
                "--jembatan.kinerja.token=kinerja-token", "--jembatan.kinerja.site=" + SITE,
                "--jembatan.lrs.endpoint=" + lrs.endpoint(), "--jembatan.lrs.username=" + FakeLrs.USERNAME,
                "--jembatan.lrs.password=" + FakeLrs.PASSWORD,
                "--jembatan.flows.kinerja-recommendations.rules=" + workDir.resolve("rules.csv"),
                "--jembatan.flows.moodle-learning.enabled=false",
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    private List<String> messagesTo(String nip) {
        return moodle.query("SELECT m.fullmessage FROM mdl_messages m"
                + " JOIN mdl_message_conversation_members c ON c.conversationid = m.conversationid"
                + " JOIN mdl_user u ON u.id = c.userid WHERE u.idnumber = '" + nip + "' ORDER BY m.id");
    }

    @Test
    void aRecommendationEnrolsInTheRealCourseAndMessagesTheAsnAndTheAssessorOnce() throws Exception {
        JarProcess.Outcome performance = JarProcess.start(workDir, bridge("kinerja-performance")).await();
        assertThat(performance.exitCode()).as(performance.output()).isZero();

        JarProcess.Outcome recommendations = JarProcess.start(workDir, bridge("kinerja-recommendations")).await();

        assertThat(recommendations.exitCode()).as(recommendations.output()).isZero();
        assertThat(recommendations.output()).contains("didaftarkan/enrolled 1,")
                .contains("sudah selesai/already completed 1");
        assertThat(moodle.query("SELECT c.shortname || ' ' || r.shortname || ' ' || (ue.timeend - ue.timestart)"
                + " FROM mdl_user_enrolments ue JOIN mdl_enrol e ON e.id = ue.enrolid JOIN mdl_course c ON c.id = e.courseid"
                + " JOIN mdl_user u ON u.id = ue.userid JOIN mdl_context x ON x.instanceid = c.id AND x.contextlevel = 50"
                + " JOIN mdl_role_assignments ra ON ra.contextid = x.id AND ra.userid = u.id"
                + " JOIN mdl_role r ON r.id = ra.roleid WHERE u.idnumber = '" + SITI + "'"))
                .containsExactly("PBJ-DASAR-2025 student " + 90L * 24 * 3600);
        assertThat(messagesTo(SITI)).singleElement().asString().contains("Butuh Perbaikan")
                .contains("Pelatihan PBJ-DASAR-2025").contains("Catatan penilai menyebut pengadaan barang/jasa.");
        assertThat(messagesTo(PENILAI)).hasSize(1);

        JarProcess.Outcome again = JarProcess.start(workDir, bridge("kinerja-recommendations")).await();

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(messagesTo(SITI)).hasSize(1);
        assertThat(moodle.query("SELECT count(*) FROM mdl_user_enrolments ue JOIN mdl_user u ON u.id = ue.userid"
                + " WHERE u.idnumber = '" + SITI + "'")).containsExactly("1");
    }
}
