package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Verb;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar jembatan.jar run lrs-credits} against an LRS holding Moodle and partner statements and a SIMPEG
 * database filled by {@link SimpegGenerator}: riwayat diklat rows written, a rerun changing nothing, a voiding
 * removing its row, an unknown NIP dead-lettered. Subclasses say which LRS and which database.
 */
abstract class LrsCreditsEndToEndTest {

    static final URI SITE = URI.create("https://elearning.e2e-credits.test");
    static final URI HOME = URI.create("https://sso.kota.go.id");
    static final String STRANGER = "197001011990031002";

    @TempDir
    Path workDir;

    /** A unique run, so that statements of earlier runs in a real LRS do not collide with this one's. */
    final String run = UUID.randomUUID().toString();
    private List<String> nips;

    /** JDBC URL, user and password of the SIMPEG database. */
    abstract String[] database();

    abstract Connection connect() throws SQLException;

    abstract SimpegDialect dialect();

    /** Endpoint, user and password of the LRS. */
    abstract String[] lrs();

    /** Stores statements in the LRS. */
    abstract void store(List<Statement> statements);

    @BeforeEach
    void setUpSimpeg() throws SQLException {
        try (Connection connection = connect()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, dialect());
            new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, 40, 0);
        }
        nips = strings("SELECT nip FROM asn ORDER BY nip");
    }

    @AfterEach
    void dropSimpeg() throws SQLException {
        try (Connection connection = connect()) {
            SimpegGenerator.dropSchema(connection);
        }
    }

    String[] bridge(String... extra) throws Exception {
        String[] db = database();
        String[] lrs = lrs();
        Path mapping = workDir.resolve("course-mapping.csv");
        Files.writeString(mapping, "activity,competency_type,jp\n" + SITE + "/course/view.php?id=3,manajerial,12\n");
        List<String> args = new ArrayList<>(List.of("run", "lrs-credits",
                "--jembatan.lrs.endpoint=" + lrs[0],
                "--jembatan.lrs.username=" + lrs[1],
                "--jembatan.lrs.password=" + lrs[2],
                "--jembatan.simpeg.jdbc-url=" + db[0],
                "--jembatan.simpeg.username=" + db[1],
                "--jembatan.simpeg.password=" + db[2],
                "--jembatan.flows.lrs-credits.provider=BKPSDM E2E",
                "--jembatan.flows.lrs-credits.mapping-file=" + mapping,
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    Statement course(int n, String nip, long courseId, Verb verb, Integer jp, CompetencyType type, String time) {
        Context.Builder context = XapiProfile.moodleContext(SITE, null);
        if (jp != null) {
            context.extension(XapiProfile.EXT_JP, jp);
        }
        if (type != null) {
            context.extension(XapiProfile.EXT_COMPETENCY_TYPE, type.value());
        }
        return Statement.builder()
                .id(StatementIds.forName("e2e-credits#" + run + "/" + n))
                .actor(XapiProfile.asn(HOME, nip, "ASN " + n))
                .verb(verb)
                .object(XapiProfile.course(SITE, courseId, "Pelatihan " + courseId))
                .result(Result.builder().completion(true).build())
                .context(context.build())
                .timestamp(time)
                .build();
    }

    Statement voiding(int n, String nip, UUID target) {
        return Statement.builder()
                .id(StatementIds.forName("e2e-credits#" + run + "/" + n))
                .actor(XapiProfile.asn(HOME, nip, null))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(target))
                .timestamp("2025-06-01T00:00:00Z")
                .build();
    }

    private String rows() throws SQLException {
        return String.join("\n", strings("SELECT CONCAT_WS('|', statement_id, nip, COALESCE(jenis_kompetensi, '-'),"
                + " COALESCE(TRIM(CAST(jp AS CHAR(10))), '-'), CAST(tanggal_selesai AS CHAR(10)), tahun,"
                + " nomor_sertifikat, penyelenggara, sumber, CAST(created_at AS CHAR(30))) FROM riwayat_diklat"
                + " ORDER BY statement_id"));
    }

    @Test
    void creditsBecomeRiwayatDiklatRowsARerunChangesNothingAndAVoidingRemovesItsRow() throws Exception {
        Statement withJp = course(1, nips.get(0), 2, XapiProfile.COMPLETED, 20, CompetencyType.TEKNIS,
                "2025-03-01T02:15:00Z");
        Statement mapped = course(2, nips.get(1), 3, XapiProfile.PASSED, null, null, "2025-04-01T02:15:00Z");
        Statement unknownJp = course(3, nips.get(2), 4, XapiProfile.COMPLETED, null, null, "2025-12-31T20:00:00Z");
        Statement stranger = course(4, STRANGER, 2, XapiProfile.COMPLETED, 20, null, "2025-03-01T02:15:00Z");
        store(List.of(withJp, mapped, unknownJp, stranger));

        JarProcess.Outcome first = JarProcess.run(workDir, bridge());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("run lrs-credits: ", "dikreditkan/credited 3",
                "JP tidak diketahui/JP unknown 1", "ditulis ke SIMPEG/SIMPEG written 3");
        assertThat(first.output()).doesNotContain("surat mati/dead-lettered 0,");
        assertThat(strings("SELECT CONCAT_WS('|', nip, COALESCE(jenis_kompetensi, '-'),"
                + " COALESCE(TRIM(CAST(jp AS CHAR(10))), '-'), tahun, penyelenggara, sumber) FROM riwayat_diklat"
                + " ORDER BY tanggal_selesai")).containsExactly(
                nips.get(0) + "|TEKNIS|20.00|2025|BKPSDM E2E|moodle:elearning.e2e-credits.test",
                nips.get(1) + "|MANAJERIAL|12.00|2025|BKPSDM E2E|moodle:elearning.e2e-credits.test",
                nips.get(2) + "|-|-|2026|BKPSDM E2E|moodle:elearning.e2e-credits.test");
        assertThat(strings("SELECT nomor_sertifikat FROM riwayat_diklat WHERE statement_id = '" + withJp.id() + "'"))
                .containsExactly("JMB/2025/" + withJp.id().toString().replace("-", "").substring(0, 16).toUpperCase());
        String before = rows();

        JarProcess.Outcome second = JarProcess.run(workDir, bridge());

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("dikreditkan/credited 0", "ditulis ke SIMPEG/SIMPEG written 0");
        assertThat(rows()).isEqualTo(before);

        store(List.of(voiding(5, nips.get(0), withJp.id())));
        JarProcess.Outcome voided = JarProcess.run(workDir, bridge());

        assertThat(voided.exitCode()).as(voided.output()).isZero();
        assertThat(voided.output()).contains("dibatalkan/voided 1");
        assertThat(strings("SELECT nip FROM riwayat_diklat ORDER BY nip")).containsExactly(nips.get(1), nips.get(2));
    }

    @Test
    void anActivityMarkedIncompleteAfterItsCourseWasCreditedFlagsTheCreditForReviewAndTheCreditStays()
            throws Exception {
        long courseId = 10_000 + Math.floorMod(run.hashCode(), 1_000_000);
        Activity course = XapiProfile.course(SITE, courseId, "Pelatihan " + courseId);
        Activity quiz = XapiProfile.module(SITE, "quiz", courseId, "Kuis Akhir");
        Statement credited = course(1, nips.get(0), courseId, XapiProfile.COMPLETED, 20, CompetencyType.TEKNIS,
                "2025-03-01T02:15:00Z");
        Statement step = Statement.builder()
                .id(StatementIds.forName("e2e-credits#" + run + "/2"))
                .actor(XapiProfile.asn(HOME, nips.get(0), "ASN 2"))
                .verb(XapiProfile.COMPLETED)
                .object(quiz)
                .result(Result.builder().completion(true).build())
                .context(XapiProfile.moodleContext(SITE, course).build())
                .timestamp("2025-02-28T02:15:00Z")
                .build();
        store(List.of(credited, step));
        assertThat(JarProcess.run(workDir, bridge()).output()).contains("dikreditkan/credited 1");
        Statement override = Statement.builder()
                .id(StatementIds.forName("e2e-credits#" + run + "/3"))
                .actor(XapiProfile.asn(HOME, nips.get(0), null))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(step.id()))
                .context(XapiProfile.stepVoidingContext(SITE, course, quiz))
                .timestamp("2025-03-05T00:00:00Z")
                .build();
        store(List.of(override));

        JarProcess.Outcome flagged = JarProcess.run(workDir, bridge());

        assertThat(flagged.exitCode()).as(flagged.output()).isZero();
        assertThat(flagged.output()).contains("perlu ditinjau/flagged for review 1", "dibatalkan/voided 0");
        try (Connection state = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("state")
                .toAbsolutePath(), "sa", "");
                PreparedStatement select = state.prepareStatement("SELECT status, review_reason, review_flagged_at"
                        + " FROM competency_credit WHERE statement_id = ?")) {
            select.setString(1, credited.id().toString());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("ACTIVE");
                assertThat(row.getString("review_reason")).startsWith("aktivitas 'Kuis Akhir' kursus ini ditandai "
                        + "belum selesai").contains("/ activity 'Kuis Akhir' of this course marked incomplete",
                        override.id().toString());
                assertThat(row.getObject("review_flagged_at")).isNotNull();
            }
        }
        assertThat(strings("SELECT nip FROM riwayat_diklat")).as("still in SIMPEG").containsExactly(nips.get(0));
    }

    @Test
    void theUnknownNipIsADeadLetterWithItsReasonAndTheStatement() throws Exception {
        Statement stranger = course(1, STRANGER, 2, XapiProfile.COMPLETED, 20, null, "2025-03-01T02:15:00Z");
        store(List.of(stranger));

        JarProcess.Outcome run = JarProcess.run(workDir, bridge());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("surat mati/dead-lettered 0,");
        try (Connection state = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("state")
                .toAbsolutePath(), "sa", "");
                PreparedStatement select = state.prepareStatement("SELECT flow_id, reason, payload, status"
                        + " FROM dead_letter WHERE record_key = ?")) {
            select.setString(1, stranger.id().toString());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a dead letter for " + stranger.id()).isTrue();
                assertThat(row.getString("flow_id")).isEqualTo("lrs-credits");
                assertThat(row.getString("reason")).contains("NIP " + STRANGER + " tidak ada di SIMPEG / is not in"
                        + " SIMPEG");
                assertThat(row.getString("payload")).contains(STRANGER, stranger.id().toString());
                assertThat(row.getString("status")).isEqualTo("OPEN");
            }
        }
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("0");
    }

    @Test
    void onceSimpegKnowsTheNipAReplayOfTheDeadLetterCreditsTheStatement() throws Exception {
        Statement stranger = course(1, STRANGER, 2, XapiProfile.COMPLETED, 20, null, "2025-03-01T02:15:00Z");
        store(List.of(stranger));
        assertThat(JarProcess.run(workDir, bridge()).exitCode()).isZero();

        JarProcess.Outcome early = JarProcess.run(workDir, command("dead-letters", "replay", "--all", "--flow",
                "lrs-credits"));

        assertThat(early.exitCode()).as(early.output()).isNotZero();
        assertThat(early.output()).contains("masih gagal / still failing", "NIP " + STRANGER);

        try (Connection connection = connect()) {
            connection.createStatement().executeUpdate("INSERT INTO asn (nip, nama, unit_kerja_kode,"
                    + " status_kepegawaian, status_aktif, updated_at) SELECT '" + STRANGER + "', 'ASN Baru',"
                    + " unit_kerja_kode, 'PNS', 'AKTIF', updated_at FROM asn WHERE nip = '" + nips.get(0) + "'");
        }

        JarProcess.Outcome replay = JarProcess.run(workDir, command("dead-letters", "replay", "--all", "--flow",
                "lrs-credits"));

        assertThat(replay.exitCode()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("dead-letters replay lrs-credits: ", "dikreditkan/credited 1",
                "lrs-credits: dikirim ulang / replayed 1, masih gagal / still failing 0");
        assertThat(strings("SELECT nip FROM riwayat_diklat WHERE statement_id = '" + stranger.id() + "'"))
                .containsExactly(STRANGER);
        assertThat(JarProcess.run(workDir, command("dead-letters", "list", "--status", "REPLAYED")).output())
                .contains(stranger.id().toString());
    }

    /** The bridge's settings of {@link #bridge} with another command than {@code run lrs-credits}. */
    String[] command(String... words) throws Exception {
        String[] run = bridge();
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of(run).subList(2, run.length));
        return args.toArray(String[]::new);
    }
}
