package id.jembatan.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxCourse;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.sandbox.moodle.SandboxUser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run kinerja-performance} and {@code run kinerja-recommendations} through the jar: a WireMock e-Kinerja API in
 * SIASN's SKP 2022 shape, a stateful WireMock Moodle answering in recorded shapes, and an LRS that subclasses give;
 * statements are asserted as the LRS returns them (GET), enrolments and messages as the exact requests Moodle received.
 */
abstract class KinerjaEndToEnd {

    static final String SITI = "198503152010012003";
    static final String ANDI = "199001012015031001";
    static final String RINA = "199202022019022002";
    static final String PENILAI = "197801012005011002";
    static final String SITE = "https://ekinerja.tangsel.example";

    private WireMockServer kinerja;
    private MoodleSandbox moodle;

    @TempDir
    Path workDir;

    /** Endpoint, user and password of the LRS. */
    abstract String[] lrs();

    @BeforeEach
    void start() throws Exception {
        kinerja = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        kinerja.start();
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", absent())
                .withHeader("Authorization", equalTo("Bearer kinerja-token"))
                .willReturn(okJson("{\"data\":[" + String.join(",", record("r1", SITI, 3, 2, 3,
                        "Paket pengadaan terlambat, e-katalog belum dikuasai"), record("r2", ANDI, 2, 3, 4, "tepat waktu"),
                        record("r3", RINA, 1, 1, 2, "sangat baik")) + "]}")));
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp")).withQueryParam("since", matching(".+"))
                .willReturn(okJson("{\"data\":[]}")));
        // the sandbox's scaffolding (admin, trainer, web-service account, categories KT 2 and KSK 4) and the three ASN
        // and two courses of the rules; Andi has completed Wawasan Kebangsaan already
        moodle = MoodleSandbox.start(SandboxData.synthetic(0, 0, 1)
                .withUsers(List.of(asn(41, SITI), asn(42, ANDI), asn(7, PENILAI)))
                .withCourses(List.of(
                        new SandboxCourse(3, "PBJ-DASAR-2025", "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
                                "KT-PBJ-2025", 2, 12),
                        new SandboxCourse(6, "WASBANG-2025", "Wawasan Kebangsaan dan Nilai-Nilai Bela Negara",
                                "KSK-WASBANG-2025", 4, 8)))
                .withEnrolment(42, 6, true, 1_735_000_000L));
        Files.writeString(workDir.resolve("rules.csv"), """
                id;predikat;rating-di-bawah;kata-kunci;jenis-jabatan;kompetensi-kurang;kursus;alasan
                pbj;butuh-perbaikan;hasil-kerja;pengadaan|e-katalog;;;idnumber:KT-PBJ-2025;Catatan penilai menyebut pengadaan barang/jasa.
                berakhlak;kurang;perilaku-kerja;;;;idnumber:KSK-WASBANG-2025;Rating perilaku kerja Anda di bawah ekspektasi.
                """);
    }

    @AfterEach
    void stop() {
        kinerja.stop();
        moodle.close();
    }

    private static SandboxUser asn(long id, String nip) {
        return new SandboxUser(id, "asn" + id, "ASN", Long.toString(id), "asn" + id + "@tangsel.example", nip,
                "Diskominfo", "III/a", "Pelaksana", false);
    }

    static String record(String id, String nip, int hasil, int perilaku, int kuadran, String note) {
        return """
                {"id":"%s","nipBaru":"%s","nama":"ASN %s","tahun":2025,"periode":"TRIWULAN I","hasilKinerjaNilai":%d,
                 "perilakuKerjaNilai":%d,"kuadranKinerjaNilai":%d,"nipNrpPenilai":"%s","namaPenilai":"Budi Santoso",
                 "jenisJabatan":"PELAKSANA","unorId":"4.01.01","unorNama":"Diskominfo","tanggalPenilaian":"2025-04-10",
                 "indikator":[{"uraian":"Pengadaan barang/jasa","catatan":"%s"}]}"""
                .formatted(id, nip, nip.substring(14), hasil, perilaku, kuadran, PENILAI, note);
    }

    private String[] bridge(String... command) {
        String[] lrs = lrs();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(
                "--jembatan.kinerja.url=" + kinerja.baseUrl() + "/api/v1/skp",
                "--jembatan.kinerja.token=kinerja-token",
                "--jembatan.kinerja.site=" + SITE,
                "--jembatan.moodle.url=" + moodle.baseUrl(),
                "--jembatan.moodle.token=" + moodle.token(),
                "--jembatan.lrs.endpoint=" + lrs[0],
                "--jembatan.lrs.username=" + lrs[1],
                "--jembatan.lrs.password=" + lrs[2],
                "--jembatan.flows.kinerja-recommendations.rules=" + workDir.resolve("rules.csv"),
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    static UUID idOf(String nip, String hasil, String perilaku) {
        return StatementIds.forName(SITE + "#skp-period/" + nip + "/2025/triwulan-1/" + hasil + "/" + perilaku);
    }

    private LrsClient lrsClient() {
        String[] lrs = lrs();
        return new LrsClient(LrsConfig.of(URI.create(lrs[0]), lrs[1], lrs[2]));
    }

    @Test
    void performanceGoesToTheLrsAndRecommendationsEnrolAndMessageOnceEach() throws Exception {
        JarProcess.Outcome performance = JarProcess.run(workDir, bridge("run", "kinerja-performance"));

        assertThat(performance.exitCode()).as(performance.output()).isZero();
        assertThat(performance.output()).contains("run kinerja-performance: dibaca/read 3, terkirim/delivered 2,"
                + " dibatalkan/voided 0, surat mati/dead-lettered 1");
        kinerja.verify(getRequestedFor(urlPathEqualTo("/api/v1/skp")).withQueryParam("page", equalTo("1"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("until", matching("\\d{4}-.*Z")));

        Statement siti = lrsClient().get(idOf(SITI, "dibawah-ekspektasi", "sesuai-ekspektasi")).orElseThrow();
        assertThat(siti.verb().id()).isEqualTo(XapiProfile.RATED.id());
        assertThat(siti.actor()).isEqualTo(Agent.ofAccount(URI.create("https://siasn.bkn.go.id"), SITI, "ASN 2003"));
        assertThat(((Activity) siti.object()).id()).isEqualTo(URI.create(SITE + "/skp/2025/triwulan-1"));
        assertThat(((Activity) siti.object()).definition().type()).isEqualTo(XapiProfile.TYPE_SKP_PERIOD);
        assertThat(siti.result().extensions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                XapiProfile.EXT_RATING_HASIL_KERJA, "dibawah-ekspektasi",
                XapiProfile.EXT_RATING_PERILAKU_KERJA, "sesuai-ekspektasi",
                XapiProfile.EXT_PREDIKAT_KINERJA, "butuh-perbaikan"));
        assertThat(siti.context().instructor()).isEqualTo(Agent.ofAccount(URI.create("https://siasn.bkn.go.id"),
                PENILAI, "Budi Santoso"));
        assertThat(siti.timestampInstant()).contains(java.time.Instant.parse("2025-04-09T17:00:00Z"));
        assertThat(lrsClient().get(idOf(ANDI, "sesuai-ekspektasi", "dibawah-ekspektasi"))).isPresent();
        // Rina's record says Baik (2) for two ratings above expectation: the matrix gives Sangat Baik, so it is a
        // contradiction, dead-lettered rather than sent
        assertThat(lrsClient().get(idOf(RINA, "diatas-ekspektasi", "diatas-ekspektasi"))).isEmpty();

        JarProcess.Outcome recommendations = JarProcess.run(workDir, bridge("run", "kinerja-recommendations"));

        assertThat(recommendations.exitCode()).as(recommendations.output()).isZero();
        assertThat(recommendations.output()).contains("run kinerja-recommendations: dibaca/read 3, didaftarkan/enrolled 1,"
                + " sudah terdaftar/already enrolled 0, sudah selesai/already completed 1");
        assertThat(moodle.requests("enrol_manual_enrol_users")).singleElement().satisfies(call -> {
            assertThat(call.form()).containsEntry("enrolments[0][roleid]", "5")
                    .containsEntry("enrolments[0][userid]", "41").containsEntry("enrolments[0][courseid]", "3");
            long start = Long.parseLong(call.param("enrolments[0][timestart]"));
            long end = Long.parseLong(call.param("enrolments[0][timeend]"));
            assertThat(end - start).isEqualTo(90L * 24 * 3600);
        });
        Map<String, String> messages = moodle.requests("core_message_send_instant_messages").get(0).form();
        assertThat(messages).containsEntry("messages[0][touserid]", "41").containsEntry("messages[1][touserid]", "7");
        assertThat(messages.get("messages[0][text]")).contains("Butuh Perbaikan")
                .contains("Pengadaan Barang/Jasa Pemerintah Tingkat Dasar")
                .contains("Catatan penilai menyebut pengadaan barang/jasa.");

        int callsBefore = moodle.totalCalls();
        JarProcess.Outcome again = JarProcess.run(workDir, bridge("run", "kinerja-performance"));
        JarProcess.Outcome recommendAgain = JarProcess.run(workDir, bridge("run", "kinerja-recommendations"));

        assertThat(again.output()).contains("dibaca/read 0,");
        assertThat(recommendAgain.output()).contains("dibaca/read 0,");
        assertThat(moodle.requests().subList(callsBefore, moodle.totalCalls())).isEmpty();
    }

    @Test
    void aRejectedTokenStopsThePassWithTheSettingToFix() throws Exception {
        String[] args = bridge("run", "kinerja-performance");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--jembatan.kinerja.token=")) {
                args[i] = "--jembatan.kinerja.token=wrong";
            }
        }
        kinerja.stubFor(get(urlPathEqualTo("/api/v1/skp")).withHeader("Authorization", equalTo("Bearer wrong"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.unauthorized()));

        JarProcess.Outcome run = JarProcess.run(workDir, args);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("gagal / failed").contains("jembatan.kinerja.token").doesNotContain("wrong\n");
    }
}
