package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.bridge.JembatanApplication;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.support.state.AuditEntry;
import id.jembatan.support.state.AuditLog;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The competency API over HTTP against the hand-computed figures of {@link CompetencyData}: state store and SIMPEG
 * on H2 (SIMPEG in MariaDB mode), this year fixed at 2026 (WIB).
 */
@SpringBootTest(classes = {JembatanApplication.class, CompetencyApiTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CompetencyApiTest {

    static final String BKPSDM_KEY = "bkpsdm-0123456789abcdef-XYZ";
    static final String DISKOMINFO_KEY = "diskominfo-0123456789abcdef-Q";
    static final String DASHBOARD_KEY = "dashboard-0123456789abcdef-W";
    static final String MOODLE_JP_KEY = "moodle-jp-0123456789abcdef-J";
    private static final String SIMPEG_URL = "jdbc:h2:mem:api-simpeg-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String STATE_URL = "jdbc:h2:mem:api-state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static boolean ledgerSeeded;

    @LocalServerPort
    int port;

    @Autowired
    DataSource state;

    @Autowired
    AuditLog audit;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-10-02T03:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jembatan.state.jdbc-url", () -> STATE_URL);
        registry.add("jembatan.simpeg.jdbc-url", () -> SIMPEG_URL);
        registry.add("jembatan.simpeg.username", () -> "sa");
        registry.add("jembatan.internal.schedules-enabled", () -> "false");
        registry.add("jembatan.competency.roster-cache-ttl", () -> "0s");
        registry.add("jembatan.api.clients[0].name", () -> "bkpsdm");
        registry.add("jembatan.api.clients[0].key", () -> BKPSDM_KEY);
        registry.add("jembatan.api.clients[0].scopes", () -> "competency:read");
        registry.add("jembatan.api.clients[1].name", () -> "diskominfo");
        registry.add("jembatan.api.clients[1].key-hash", () -> "sha256:"
                + HexFormat.of().formatHex(ApiKeys.sha256(DISKOMINFO_KEY)).toUpperCase());
        registry.add("jembatan.api.clients[1].scopes", () -> "competency:read");
        registry.add("jembatan.api.clients[1].opd-codes", () -> "OPD-A");
        registry.add("jembatan.api.clients[2].name", () -> "dashboard");
        registry.add("jembatan.api.clients[2].key", () -> DASHBOARD_KEY);
        registry.add("jembatan.api.clients[3].name", () -> "moodle-jp");
        registry.add("jembatan.api.clients[3].key", () -> MOODLE_JP_KEY);
        registry.add("jembatan.api.clients[3].scopes", () -> "competency:asn");
    }

    @BeforeAll
    static void simpeg() throws SQLException {
        CompetencyData.simpeg(TestDatabases.pool(SIMPEG_URL, "sa", ""), SimpegDialect.MARIADB);
    }

    @BeforeEach
    void ledger() throws SQLException {
        if (!ledgerSeeded) {
            CompetencyData.ledger(state);
            ledgerSeeded = true;
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode json(String path, String key) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, "X-API-Key", key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).contains(" / ");
        return problem;
    }

    @Test
    void anAsnsYearHasTheHandComputedTotalsTypeSplitUnknownJpComplianceAndEvidence() throws Exception {
        JsonNode a1 = json("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026", BKPSDM_KEY);

        assertThat(a1.path("nip").asText()).isEqualTo(CompetencyData.A1);
        assertThat(a1.path("name").asText()).isEqualTo("Budi Santoso");
        assertThat(a1.path("opdCode").asText()).isEqualTo("OPD-A");
        assertThat(a1.path("activeInSimpeg").asBoolean()).isTrue();
        assertThat(a1.path("targetJp").decimalValue()).isEqualByComparingTo("20");
        JsonNode jp = a1.path("jp");
        assertThat(jp.path("totalJp").decimalValue()).isEqualByComparingTo("23.50");
        assertThat(jp.path("teknis").decimalValue()).isEqualByComparingTo("12");
        assertThat(jp.path("manajerial").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(jp.path("sosialKultural").decimalValue()).isEqualByComparingTo("3");
        assertThat(jp.path("unknownType").decimalValue()).isEqualByComparingTo("0");
        assertThat(jp.path("unknownJpCount").asInt()).isEqualTo(1);
        assertThat(jp.path("activeCredits").asInt()).isEqualTo(4);
        assertThat(a1.path("compliant").asBoolean()).isTrue();
        assertThat(a1.path("jpToTarget").decimalValue()).isEqualByComparingTo("0");
        List<String> ids = new ArrayList<>();
        a1.path("credits").forEach(c -> ids.add(c.path("statementId").asText()));
        assertThat(ids).containsExactly(CompetencyData.statementId("c1"), CompetencyData.statementId("c2"),
                CompetencyData.statementId("c3"), CompetencyData.statementId("c4"));
        JsonNode unknown = a1.path("credits").get(3);
        assertThat(unknown.path("jp").isNull()).isTrue();
        assertThat(unknown.path("jpSource").asText()).isEqualTo("UNKNOWN");
        JsonNode first = a1.path("credits").get(0);
        assertThat(first.path("title").asText()).isEqualTo("Analisis Data dengan Python");
        assertThat(first.path("certificateNumber").asText()).isEqualTo("SERT/2026/C1");
        assertThat(first.path("completedOn").asText()).isEqualTo("2026-02-10");
        assertThat(first.path("startedOn").asText()).isEqualTo("2026-02-07");
        assertThat(first.path("provider").asText()).isEqualTo("BPSDM Kota Tangerang Selatan");
        assertThat(first.has("review")).as("no flag, no review").isFalse();
        JsonNode flagged = a1.path("credits").get(1).path("review");
        assertThat(flagged.path("needed").asBoolean()).isTrue();
        assertThat(flagged.path("reason").asText()).isEqualTo(CompetencyData.ACTIVITY_INCOMPLETE);
        assertThat(flagged.path("flaggedAt").asText()).isEqualTo("2026-10-02T01:30:00Z");
        assertThat(jp.path("creditsNeedingReview").asInt()).isEqualTo(1);

        JsonNode a2 = json("/api/v1/competency/asn/" + CompetencyData.A2 + "?year=2026", BKPSDM_KEY);
        assertThat(a2.path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("10");
        assertThat(a2.path("jp").path("unknownType").decimalValue()).isEqualByComparingTo("6");
        assertThat(a2.path("compliant").asBoolean()).isFalse();
        assertThat(a2.path("jpToTarget").decimalValue()).isEqualByComparingTo("10");

        JsonNode a1Last = json("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2025", BKPSDM_KEY);
        assertThat(a1Last.path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void anActiveAsnWithoutCreditsGetsAnEmptyYearAndAnUnknownNipIs404() throws Exception {
        JsonNode a3 = json("/api/v1/competency/asn/" + CompetencyData.A3, BKPSDM_KEY);
        assertThat(a3.path("year").asInt()).as("default year: this year in WIB").isEqualTo(2026);
        assertThat(a3.path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("0");
        assertThat(a3.path("credits")).isEmpty();
        assertThat(a3.path("compliant").asBoolean()).isFalse();
        assertThat(a3.path("jpToTarget").decimalValue()).isEqualByComparingTo("20");

        JsonNode u1 = json("/api/v1/competency/asn/" + CompetencyData.U1 + "?year=2026", BKPSDM_KEY);
        assertThat(u1.path("activeInSimpeg").asBoolean()).isFalse();
        assertThat(u1.path("opdCode").isNull()).isTrue();
        assertThat(u1.path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("1");

        JsonNode missing = problem(get("/api/v1/competency/asn/" + CompetencyData.NOBODY + "?year=2026",
                "X-API-Key", BKPSDM_KEY), 404);
        assertThat(missing.path("code").asText()).isEqualTo("unknown-nip");
    }

    @Test
    void everyOpdHasHandComputedHeadcountComplianceMeanMedianAndBands() throws Exception {
        JsonNode overview = json("/api/v1/competency/opd?year=2026", BKPSDM_KEY);

        assertThat(overview.path("opds")).hasSize(2);
        JsonNode a = overview.path("opds").get(0);
        assertThat(a.path("opdCode").asText()).isEqualTo("OPD-A");
        assertThat(a.path("opdName").asText()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertGroup(a, 3, 1, "33.33", "33.50", "11.17", "10.00", 1, 1, 0, 1, 1);
        JsonNode b = overview.path("opds").get(1);
        assertThat(b.path("opdCode").asText()).isEqualTo("OPD-B");
        assertGroup(b, 3, 1, "33.33", "20.00", "6.67", "0.00", 1, 2, 0, 0, 1);
        JsonNode all = overview.path("all");
        assertThat(all.path("opdCode").isNull()).isTrue();
        assertGroup(all, 7, 2, "28.57", "55.75", "7.96", "2.25", 2, 3, 1, 1, 2);
        assertThat(overview.path("asnWithoutOpd").asInt()).isEqualTo(1);
        assertThat(overview.path("creditedNotActive").asInt()).isEqualTo(2);
        assertThat(List.of(a.path("creditsNeedingReview").asInt(), b.path("creditsNeedingReview").asInt(),
                all.path("creditsNeedingReview").asInt(), overview.path("creditsNeedingReviewNotActive").asInt()))
                .as("flagged credits per OPD, all, and of ASN no longer active; a voided one not counted")
                .containsExactly(1, 0, 1, 1);
        assertThat(a.path("distribution")).extracting(n -> n.path("label").asText())
                .containsExactly("0", ">0-<10", "10-<20", ">=20");
    }

    private static void assertGroup(JsonNode group, int headcount, int compliant, String percent, String total,
            String mean, String median, int withUnknown, int... bands) {
        assertThat(group.path("headcount").asInt()).isEqualTo(headcount);
        assertThat(group.path("compliant").asInt()).isEqualTo(compliant);
        assertThat(group.path("compliancePercent").decimalValue()).isEqualByComparingTo(percent);
        assertThat(group.path("totalJp").decimalValue()).isEqualByComparingTo(total);
        assertThat(group.path("meanJp").decimalValue()).isEqualByComparingTo(mean);
        assertThat(group.path("medianJp").decimalValue()).isEqualByComparingTo(median);
        assertThat(group.path("asnWithUnknownJp").asInt()).isEqualTo(withUnknown);
        List<Integer> counts = new ArrayList<>();
        group.path("distribution").forEach(bucket -> counts.add(bucket.path("count").asInt()));
        assertThat(counts).containsExactly(bands[0], bands[1], bands[2], bands[3]);
    }

    @Test
    void oneOpdListsEveryActiveMemberIncludingThoseWithoutCredits() throws Exception {
        JsonNode report = json("/api/v1/competency/opd/OPD-B?year=2026", BKPSDM_KEY);

        assertGroup(report.path("opd"), 3, 1, "33.33", "20.00", "6.67", "0.00", 1, 2, 0, 0, 1);
        List<String> members = new ArrayList<>();
        report.path("members").forEach(m -> members.add(m.path("nip").asText() + " " + m.path("jp").path("totalJp")
                .decimalValue().stripTrailingZeros().toPlainString() + " " + m.path("jp").path("unknownJpCount").asInt() + " "
                + m.path("compliant").asBoolean()));
        assertThat(members).containsExactly(CompetencyData.B1 + " 20 0 true", CompetencyData.B2 + " 0 1 false",
                CompetencyData.V1 + " 0 0 false");

        JsonNode unknown = problem(get("/api/v1/competency/opd/OPD-Z?year=2026", "X-API-Key", BKPSDM_KEY), 404);
        assertThat(unknown.path("code").asText()).isEqualTo("unknown-opd");
    }

    @Test
    void csvExportsAreUtf8WithBomHeaderRowAndQuotedText() throws Exception {
        HttpResponse<String> members = get("/api/v1/competency/opd/OPD-A?year=2026&format=csv", "X-API-Key",
                BKPSDM_KEY);

        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(members.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kompetensi-opd-OPD-A-2026.csv\"");
        assertThat(members.body()).isEqualTo("\uFEFF"
                + "nip,name,opd_code,year,total_jp,jp_teknis,jp_manajerial,jp_sosial_kultural,jp_unknown_type,"
                + "unknown_jp_count,active_credits,compliant,credits_needing_review\r\n"
                + CompetencyData.A1 + ",Budi Santoso,OPD-A,2026,23.50,12.00,8.50,3.00,0.00,1,4,true,1\r\n"
                + CompetencyData.A2 + ",\"Putu \"\"Ayu\"\" Dewi\",OPD-A,2026,10.00,4.00,0.00,0.00,6.00,0,2,false,0\r\n"
                + CompetencyData.A3 + ",Rahmat Hidayat,OPD-A,2026,0.00,0.00,0.00,0.00,0.00,0,0,false,0\r\n");

        HttpResponse<String> overview = get("/api/v1/competency/opd?year=2026", "X-API-Key", BKPSDM_KEY,
                "Accept", "text/csv");
        assertThat(overview.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(overview.body().split("\r\n")).containsExactly("\uFEFF"
                + "opd_code,opd_name,year,target_jp,headcount,compliant,compliance_percent,total_jp,mean_jp,median_jp,"
                + "asn_with_unknown_jp,band_0,band_below_half,band_below_target,band_at_or_above_target,"
                + "credits_needing_review",
                "OPD-A,Dinas Komunikasi dan Informatika,2026,20.00,3,1,33.33,33.50,11.17,10.00,1,1,0,1,1,1",
                "OPD-B,Badan Kepegawaian dan Pengembangan SDM,2026,20.00,3,1,33.33,20.00,6.67,0.00,1,2,0,0,1,0",
                "ALL,Semua OPD / all OPD,2026,20.00,7,2,28.57,55.75,7.96,2.25,2,3,1,1,2,1");

        HttpResponse<String> credits = get("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026&format=csv",
                "X-API-Key", BKPSDM_KEY);
        String[] lines = credits.body().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[4]).isEqualTo(CompetencyData.A1 + ",2026," + CompetencyData.statementId("c4")
                + ",\"Keamanan Informasi, Dasar\",TEKNIS,,UNKNOWN,2026-04-28,2026-05-01,SERT/2026/C4,"
                + "BPSDM Kota Tangerang Selatan,moodle:lms.example.go.id,https://lms.example.go.id/course/view.php?id=4,"
                + "false,,");
        assertThat(lines[0]).endsWith(",activity_id,review_needed,review_reason,review_flagged_at");
        assertThat(lines[2]).endsWith(",https://lms.example.go.id/course/view.php?id=2,true,\""
                + CompetencyData.ACTIVITY_INCOMPLETE + "\",2026-10-02T01:30:00Z");
    }

    @Test
    void aBadYearNipFormatOrOpdCodeIs400WithABilingualReason() throws Exception {
        for (String year : List.of("20x6", "1999", "2028", "-2026", "２０２６")) {
            JsonNode bad = problem(get("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=" + java.net.URLEncoder
                    .encode(year, StandardCharsets.UTF_8), "X-API-Key", BKPSDM_KEY), 400);
            assertThat(bad.path("code").asText()).isEqualTo("invalid-year");
            assertThat(bad.path("detail").asText()).startsWith("tahun tidak valid / invalid year:")
                    .contains("2000-2027");
        }
        JsonNode nip = problem(get("/api/v1/competency/asn/19850101201001100?year=2026", "X-API-Key", BKPSDM_KEY), 400);
        assertThat(nip.path("code").asText()).isEqualTo("invalid-nip");
        assertThat(nip.path("detail").asText()).contains("NIP harus 18 digit / NIP must have exactly 18 digits");
        JsonNode month = problem(get("/api/v1/competency/asn/" + CompetencyData.X, "X-API-Key", BKPSDM_KEY), 400);
        assertThat(month.path("code").asText()).isEqualTo("invalid-nip");
        JsonNode format = problem(get("/api/v1/competency/opd?format=xlsx", "X-API-Key", BKPSDM_KEY), 400);
        assertThat(format.path("code").asText()).isEqualTo("invalid-format");
        JsonNode code = problem(get("/api/v1/competency/opd/OPD%20A%3B?year=2026", "X-API-Key", BKPSDM_KEY), 400);
        assertThat(code.path("code").asText()).isEqualTo("invalid-opd-code");
        JsonNode csvAsked = problem(get("/api/v1/competency/opd?year=abc", "X-API-Key", BKPSDM_KEY,
                "Accept", "text/csv"), 400);
        assertThat(csvAsked.path("code").asText()).isEqualTo("invalid-year");
    }

    @Test
    void aKeyScopedToOneAsnReadsAnAsnsYearButListsNoOpd() throws Exception {
        JsonNode a1 = json("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026", MOODLE_JP_KEY);
        assertThat(a1.path("nip").asText()).isEqualTo(CompetencyData.A1);
        assertThat(problem(get("/api/v1/competency/opd?year=2026", "X-API-Key", MOODLE_JP_KEY), 403)
                .path("code").asText()).isEqualTo("missing-scope");
        assertThat(problem(get("/api/v1/competency/opd/OPD-A?year=2026", "X-API-Key", MOODLE_JP_KEY), 403)
                .path("code").asText()).isEqualTo("missing-scope");
    }

    @Test
    void noKeyOrAnUnknownKeyIs401AndAKeyWithoutTheScopeIs403() throws Exception {
        HttpResponse<String> none = get("/api/v1/competency/opd?year=2026");
        assertThat(problem(none, 401).path("code").asText()).isEqualTo("missing-api-key");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey header=\"X-API-Key\"");
        assertThat(problem(get("/api/v1/competency/opd?year=2026", "X-API-Key", BKPSDM_KEY + "x"), 401)
                .path("code").asText()).isEqualTo("unknown-api-key");
        assertThat(problem(get("/api/v1/competency/opd?year=2026", "X-API-Key", DASHBOARD_KEY), 403)
                .path("code").asText()).isEqualTo("missing-scope");
        assertThat(get("/api/v1/competency/opd?year=2026", "Authorization", "ApiKey " + BKPSDM_KEY).statusCode())
                .isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).as("only /api/** needs a key").isEqualTo(200);
    }

    @Test
    void aConsumerLimitedToOneOpdSeesOnlyThatOpdAndItsMembers() throws Exception {
        JsonNode overview = json("/api/v1/competency/opd?year=2026", DISKOMINFO_KEY);
        assertThat(overview.path("opds")).singleElement().satisfies(o -> assertThat(o.path("opdCode").asText())
                .isEqualTo("OPD-A"));
        assertThat(overview.path("all").isNull()).isTrue();
        assertThat(overview.path("creditedNotActive").isNull()).isTrue();

        assertThat(json("/api/v1/competency/opd/OPD-A?year=2026", DISKOMINFO_KEY).path("members")).hasSize(3);
        assertThat(json("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026", DISKOMINFO_KEY)
                .path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("23.50");
        assertThat(problem(get("/api/v1/competency/opd/OPD-B?year=2026", "X-API-Key", DISKOMINFO_KEY), 403)
                .path("code").asText()).isEqualTo("opd-not-allowed");
        assertThat(problem(get("/api/v1/competency/asn/" + CompetencyData.B1 + "?year=2026", "X-API-Key",
                DISKOMINFO_KEY), 403).path("code").asText()).isEqualTo("opd-not-allowed");
        assertThat(problem(get("/api/v1/competency/asn/" + CompetencyData.NOBODY, "X-API-Key", DISKOMINFO_KEY), 403)
                .path("code").asText()).as("a restricted consumer does not learn which NIP exist")
                .isEqualTo("opd-not-allowed");
    }

    @Test
    void everyAccessAllowedOrRefusedIsAuditedWithTheConsumerAndNeverTheKey() throws Exception {
        get("/api/v1/competency/opd/OPD-A?year=2026", "X-API-Key", DISKOMINFO_KEY);
        get("/api/v1/competency/opd/OPD-B?year=2026", "X-API-Key", DISKOMINFO_KEY);
        get("/api/v1/competency/asn/" + CompetencyData.A2 + "?year=2026&format=csv", "X-API-Key", BKPSDM_KEY);
        get("/api/v1/competency/asn/123?year=2026", "X-API-Key", BKPSDM_KEY);
        get("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026", "X-API-Key", "not-" + BKPSDM_KEY);

        List<AuditEntry> entries = audit.recent(5);
        assertThat(entries).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anonymous", "api.competency.asn",
                        "nip=" + CompetencyData.A1 + " year=2026"),
                org.assertj.core.groups.Tuple.tuple("bkpsdm", "api.competency.asn", "nip=123 year=2026"),
                org.assertj.core.groups.Tuple.tuple("bkpsdm", "api.competency.asn",
                        "nip=" + CompetencyData.A2 + " year=2026"),
                org.assertj.core.groups.Tuple.tuple("diskominfo", "api.competency.opd", "opd=OPD-B year=2026"),
                org.assertj.core.groups.Tuple.tuple("diskominfo", "api.competency.opd", "opd=OPD-A year=2026"));
        assertThat(entries).extracting(AuditEntry::detail).satisfiesExactly(
                d -> assertThat(d).startsWith("refused 401 unknown-api-key"),
                d -> assertThat(d).startsWith("refused 400 invalid-nip"),
                d -> assertThat(d).isEqualTo("allowed 200 csv"),
                d -> assertThat(d).startsWith("refused 403 opd-not-allowed"),
                d -> assertThat(d).isEqualTo("allowed 200 json"));
        assertThat(audit.recent(500)).allSatisfy(entry -> assertThat(String.valueOf(entry.detail()) + entry.subject()
                + entry.actor()).doesNotContain(BKPSDM_KEY).doesNotContain(DISKOMINFO_KEY));
    }

    @Test
    void aCorsPreflightIsRefused403WithAReasonAndAudited() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/competency/opd?year=2026")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-API-Key").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(problem(preflight, 403).path("code").asText()).isEqualTo("cross-origin-refused");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(audit.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("anonymous");
            assertThat(entry.detail()).startsWith("refused 403 cross-origin-refused");
        });
    }

    @Test
    void aWrongMethodIs405WithAllowForAKeyAnd401WithoutOneBothAudited() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/competency/opd?year=2026")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("X-API-Key", BKPSDM_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problem(post, 405).path("code").asText()).isEqualTo("method-not-allowed");
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(audit.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("bkpsdm");
            assertThat(entry.detail()).startsWith("refused 405 method-not-allowed");
        });

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/competency/opd")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problem(anonymous, 401).path("code").asText()).isEqualTo("missing-api-key");
        assertThat(audit.recent(1).get(0).detail()).startsWith("refused 401 missing-api-key");
    }

    @Test
    void anUnknownApiPathIs404ForAKeyAnd401WithoutOneBothAudited() throws Exception {
        HttpResponse<String> unknown = get("/api/v1/competency/nothing-here", "X-API-Key", BKPSDM_KEY);
        assertThat(problem(unknown, 404).path("code").asText()).isEqualTo("unknown-path");
        assertThat(audit.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("bkpsdm");
            assertThat(entry.detail()).startsWith("refused 404 unknown-path");
        });

        assertThat(problem(get("/api/v2/anything"), 401).path("code").asText()).isEqualTo("missing-api-key");
        assertThat(problem(get("/api/v2/anything", "X-API-Key", DASHBOARD_KEY), 404).path("code").asText())
                .as("a consumer without scopes still learns only that the path does not exist")
                .isEqualTo("unknown-path");
    }

    @Test
    void aQueryStringThatCannotBeDecodedIs400WithAReasonAuditedAndNoErrorInTheLog(CapturedOutput log)
            throws Exception {
        String answer = raw("GET /api/v1/competency/opd?year=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: "
                + BKPSDM_KEY + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"code\":\"invalid-query\"").contains("percent-encode");
        assertThat(audit.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("bkpsdm");
            assertThat(entry.detail()).startsWith("refused 400 invalid-query");
        });
        assertThat(log.getAll()).doesNotContain("InvalidParameterException").doesNotContain(" ERROR ");
    }

    @Test
    void aDirectRequestForTheErrorPageIs404() throws Exception {
        HttpResponse<String> error = get("/error");

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(error.body()).contains("unknown-path");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPersonalDataIsNotStored() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                get("/api/v1/competency/asn/" + CompetencyData.A1 + "?year=2026", "X-API-Key", BKPSDM_KEY),
                get("/api/v1/competency/opd/OPD-A?year=2026&format=csv", "X-API-Key", BKPSDM_KEY),
                get("/api/v1/competency/opd?year=2026"),
                get("/api/v1/competency/asn/123", "X-API-Key", BKPSDM_KEY),
                get("/actuator/health"),
                get("/xapi/statements", "X-Experience-API-Version", "1.0.3"),
                get("/error"),
                get("/no/such/page"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 401, 400, 200, 401, 404,
                404);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString())
                    .hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValue("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString())
                    .hasValue("no-store");
        });
    }

    @Test
    void aRefusalNeverEchoesAConfiguredSecret() throws Exception {
        JsonNode bad = problem(get("/api/v1/competency/asn/" + DASHBOARD_KEY, "X-API-Key", BKPSDM_KEY), 400);

        assertThat(bad.path("code").asText()).isEqualTo("invalid-nip");
        assertThat(bad.path("detail").asText()).doesNotContain(DASHBOARD_KEY).contains("****");
        assertThat(audit.recent(1).get(0).detail()).doesNotContain(DASHBOARD_KEY);
    }

    /** One request as bytes, for what {@link HttpClient} refuses to send (an undecodable query string). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheKeyWithoutNeedingOne() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("paths").has("/api/v1/competency/asn/{nip}")).isTrue();
        assertThat(api.path("paths").has("/api/v1/competency/opd")).isTrue();
        assertThat(api.path("paths").has("/api/v1/competency/opd/{code}")).isTrue();
        assertThat(api.path("components").path("securitySchemes").path("apiKey").path("name").asText())
                .isEqualTo("X-API-Key");
        assertThat(api.path("components").path("schemas").has("AsnReport")).isTrue();
    }
}
