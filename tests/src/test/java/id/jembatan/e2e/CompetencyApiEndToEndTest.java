package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competency API through {@code java -jar jembatan.jar} running as a service, with the state store and SIMPEG
 * on an embedded PostgreSQL. The credit ledger is seeded directly (as {@code lrs-credits} would fill it) and the
 * answers are compared with figures worked out by hand:
 *
 * <pre>
 * A1 OPD-A: TEKNIS 15 + MANAJERIAL 6 = 21 (compliant), plus one credit with JP unknown
 * A2 OPD-A: SOSIAL_KULTURAL 8 (a TEKNIS 4 was voided) = 8
 * B1 OPD-B: no credit = 0
 * OPD-A: headcount 2, compliant 1 = 50.00 %, total 29, mean 14.50, median (8 + 21) / 2 = 14.50, bands 0 / 1 / 0 / 1
 * OPD-B: headcount 1, compliant 0 = 0.00 %, bands 1 / 0 / 0 / 0
 * all:   headcount 3, compliant 1 = 33.33 %, total 29, mean 9.67, median 8
 * </pre>
 */
class CompetencyApiEndToEndTest {

    private static final String KEY = "e2e-bkpsdm-0123456789abcdef";
    private static final String A1 = "198501012010011001";
    private static final String A2 = "199002022015022002";
    private static final String B1 = "198804042012042004";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static EmbeddedPostgres postgres;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE state");
            statement.execute("CREATE DATABASE simpeg");
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void theServiceAnswersTheHandComputedFiguresToAKeyAndAuditsEveryRequest() throws Exception {
        try (Connection simpeg = postgres.getDatabase("postgres", "simpeg").getConnection()) {
            SimpegGenerator.createSchema(simpeg, SimpegDialect.POSTGRESQL);
            seedSimpeg(simpeg);
        }
        int port = freePort();
        JarProcess.Running service = JarProcess.start(workDir,
                "--server.port=" + port,
                "--jembatan.internal.schedules-enabled=false",
                "--jembatan.state.jdbc-url=" + postgres.getJdbcUrl("postgres", "state"),
                "--jembatan.state.username=postgres",
                "--jembatan.simpeg.jdbc-url=" + postgres.getJdbcUrl("postgres", "simpeg"),
                "--jembatan.simpeg.username=postgres",
                "--jembatan.api.clients[0].name=bkpsdm",
                "--jembatan.api.clients[0].key-hash=" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8))),
                "--jembatan.api.clients[0].scopes=competency:read");
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            Awaitility.await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            try (Connection state = postgres.getDatabase("postgres", "state").getConnection()) {
                seedLedger(state);
            }

            JsonNode a1 = get(http, base + "/api/v1/competency/asn/" + A1 + "?year=2026", KEY, 200, service);
            JsonNode opds = get(http, base + "/api/v1/competency/opd?year=2026", KEY, 200, service);
            JsonNode opdB = get(http, base + "/api/v1/competency/opd/OPD-B?year=2026", KEY, 200, service);
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/competency/opd/OPD-A?year=2026")).header("X-API-Key", KEY)
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode refused = get(http, base + "/api/v1/competency/opd?year=2026", "wrong-key", 401, service);
            JsonNode badYear = get(http, base + "/api/v1/competency/opd?year=26", KEY, 400, service);
            HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(a1.path("jp").path("totalJp").decimalValue()).isEqualByComparingTo("21");
            assertThat(a1.path("jp").path("teknis").decimalValue()).isEqualByComparingTo("15");
            assertThat(a1.path("jp").path("manajerial").decimalValue()).isEqualByComparingTo("6");
            assertThat(a1.path("jp").path("unknownJpCount").asInt()).isEqualTo(1);
            assertThat(a1.path("compliant").asBoolean()).isTrue();
            assertThat(a1.path("credits")).hasSize(3);
            assertThat(a1.path("credits").get(0).has("review")).isFalse();
            assertThat(a1.path("credits").get(1).path("review").path("reason").asText()).isEqualTo(REVIEW);
            assertThat(a1.path("credits").get(1).path("review").path("flaggedAt").asText())
                    .isEqualTo("2026-10-02T01:30:00Z");
            assertThat(a1.path("jp").path("creditsNeedingReview").asInt()).isEqualTo(1);

            JsonNode a = opds.path("opds").get(0);
            assertThat(a.path("opdCode").asText()).isEqualTo("OPD-A");
            assertThat(List.of(a.path("headcount").asInt(), a.path("compliant").asInt())).containsExactly(2, 1);
            assertThat(a.path("compliancePercent").decimalValue()).isEqualByComparingTo("50");
            assertThat(a.path("totalJp").decimalValue()).isEqualByComparingTo("29");
            assertThat(a.path("meanJp").decimalValue()).isEqualByComparingTo("14.50");
            assertThat(a.path("medianJp").decimalValue()).isEqualByComparingTo("14.50");
            assertThat(bands(a)).containsExactly(0, 1, 0, 1);
            assertThat(a.path("creditsNeedingReview").asInt()).as("flagged, and counted all the same").isEqualTo(1);
            JsonNode all = opds.path("all");
            assertThat(all.path("headcount").asInt()).isEqualTo(3);
            assertThat(all.path("compliancePercent").decimalValue()).isEqualByComparingTo("33.33");
            assertThat(all.path("meanJp").decimalValue()).isEqualByComparingTo("9.67");
            assertThat(all.path("medianJp").decimalValue()).isEqualByComparingTo("8");
            assertThat(opdB.path("opd").path("compliancePercent").decimalValue()).isEqualByComparingTo("0");
            assertThat(bands(opdB.path("opd"))).containsExactly(1, 0, 0, 0);
            assertThat(opdB.path("members")).singleElement().satisfies(m -> assertThat(m.path("nip").asText())
                    .isEqualTo(B1));

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().split("\r\n")).containsExactly("\uFEFFnip,name,opd_code,year,total_jp,jp_teknis,"
                    + "jp_manajerial,jp_sosial_kultural,jp_unknown_type,unknown_jp_count,active_credits,compliant,"
                    + "credits_needing_review",
                    A1 + ",Budi Santoso,OPD-A,2026,21.00,15.00,6.00,0.00,0.00,1,3,true,1",
                    A2 + ",Siti Aminah,OPD-A,2026,8.00,0.00,0.00,8.00,0.00,0,1,false,0");
            assertThat(refused.path("detail").asText()).startsWith("Kunci API tidak dikenal / unknown API key");
            assertThat(badYear.path("detail").asText()).startsWith("tahun tidak valid / invalid year: '26'");
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.body()).contains("/api/v1/competency/opd/{code}");

            try (Connection state = postgres.getDatabase("postgres", "state").getConnection();
                    ResultSet rows = state.createStatement().executeQuery(
                            "SELECT actor, action, subject, detail FROM audit_log ORDER BY id")) {
                List<String> audit = new ArrayList<>();
                while (rows.next()) {
                    audit.add(rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3) + " | "
                            + rows.getString(4).replaceAll(":.*", ""));
                }
                assertThat(audit).containsSubsequence(
                        "bkpsdm | api.competency.asn | nip=" + A1 + " year=2026 | allowed 200 json",
                        "bkpsdm | api.competency.opd-list | year=2026 | allowed 200 json",
                        "bkpsdm | api.competency.opd | opd=OPD-B year=2026 | allowed 200 json",
                        "bkpsdm | api.competency.opd | opd=OPD-A year=2026 | allowed 200 csv",
                        "anonymous | api.competency.opd-list | year=2026 | refused 401 unknown-api-key",
                        "bkpsdm | api.competency.opd-list | year=26 | refused 400 invalid-year");
            }
            assertThat(String.join("\n", service.lines())).doesNotContain(KEY);
        } finally {
            service.kill();
        }
    }

    private static List<Integer> bands(JsonNode group) {
        List<Integer> counts = new ArrayList<>();
        group.path("distribution").forEach(b -> counts.add(b.path("count").asInt()));
        return counts;
    }

    private static JsonNode get(HttpClient http, String url, String key, int status, JarProcess.Running service)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body() + "\n" + String.join("\n", service.lines()))
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static void seedSimpeg(Connection simpeg) throws Exception {
        Timestamp t = Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 8, 0));
        try (PreparedStatement unit = simpeg.prepareStatement(
                "INSERT INTO unit_kerja (kode, nama, updated_at) VALUES (?, ?, ?)")) {
            for (String code : List.of("OPD-A", "OPD-B")) {
                unit.setString(1, code);
                unit.setString(2, "Dinas " + code);
                unit.setTimestamp(3, t);
                unit.executeUpdate();
            }
        }
        try (PreparedStatement asn = simpeg.prepareStatement("INSERT INTO asn (nip, nama, email, unit_kerja_kode, "
                + "status_kepegawaian, status_aktif, updated_at) VALUES (?, ?, ?, ?, 'PNS', 'AKTIF', ?)")) {
            String[][] rows = {{A1, "Budi Santoso", "OPD-A"}, {A2, "Siti Aminah", "OPD-A"}, {B1, "Sri Wahyuni", "OPD-B"}};
            for (String[] row : rows) {
                asn.setString(1, row[0]);
                asn.setString(2, row[1]);
                asn.setString(3, row[0] + "@example.go.id");
                asn.setString(4, row[2]);
                asn.setTimestamp(5, t);
                asn.executeUpdate();
            }
        }
    }

    private static void seedLedger(Connection state) throws Exception {
        credit(state, 1, A1, "TEKNIS", "15", "ACTIVE");
        credit(state, 2, A1, "MANAJERIAL", "6", "ACTIVE");
        credit(state, 3, A1, "TEKNIS", null, "ACTIVE");
        credit(state, 4, A2, "SOSIAL_KULTURAL", "8", "ACTIVE");
        credit(state, 5, A2, "TEKNIS", "4", "VOIDED");
        try (PreparedStatement flag = state.prepareStatement("UPDATE competency_credit SET review_reason = ?,"
                + " review_flagged_at = ? WHERE statement_id = '00000000-0000-5000-8000-000000000002'")) {
            flag.setString(1, REVIEW);
            flag.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2026, 10, 2, 1, 30)));
            flag.executeUpdate();
        }
    }

    /** The review flag of A1's MANAJERIAL credit, as lrs-credits sets it (migration V13). */
    private static final String REVIEW = "aktivitas 'Kuis 1' kursus ini ditandai belum selesai (dicatat 2026-03-05)"
            + " / activity 'Kuis 1' of this course marked incomplete (recorded 2026-03-05)";

    private static void credit(Connection state, int n, String nip, String type, String jp, String status)
            throws Exception {
        LocalDate completed = LocalDate.of(2026, n, 10);
        String activity = "https://lms.example.go.id/course/view.php?id=" + n;
        try (PreparedStatement insert = state.prepareStatement("""
                INSERT INTO competency_credit (statement_id, nip, activity_id, title, competency_type, jp, jp_source,
                    completed_on, credit_year, certificate_number, provider, source, status, credit_key,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2026, ?, 'BPSDM', 'moodle:lms.example.go.id', ?, ?, ?, ?)""")) {
            insert.setString(1, "00000000-0000-5000-8000-00000000000" + n);
            insert.setString(2, nip);
            insert.setString(3, activity);
            insert.setString(4, "Kursus " + n);
            insert.setString(5, type);
            if (jp == null) {
                insert.setNull(6, Types.DECIMAL);
            } else {
                insert.setBigDecimal(6, new BigDecimal(jp));
            }
            insert.setString(7, jp == null ? "UNKNOWN" : "STATEMENT");
            insert.setDate(8, Date.valueOf(completed));
            insert.setString(9, "SERT/2026/" + n);
            insert.setString(10, status);
            insert.setString(11, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((nip + "|" + activity + "|" + completed).getBytes(StandardCharsets.UTF_8))));
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 10, 1, 0, 0));
            insert.setTimestamp(12, now);
            insert.setTimestamp(13, now);
            insert.executeUpdate();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
