package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.support.moodle.RealMoodle;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hr-profiles} against the real Moodle of the {@code -Pmoodle} tier: SIMPEG (generated, on an embedded
 * PostgreSQL) becomes real Moodle accounts and cohorts; a transfer and a retirement change exactly those accounts.
 * Everything is asserted in Moodle's own tables.
 */
@EnabledIfSystemProperty(named = RealMoodle.PROPERTY, matches = "true")
class HrProfilesRealMoodleTest {

    static final int ASN = 20;
    static final int INTERNS = 2;

    private static EmbeddedPostgres simpeg;
    private final RealMoodle moodle = RealMoodle.fromEnvironment();

    @TempDir
    Path workDir;

    @BeforeAll
    static void startSimpeg() throws Exception {
        simpeg = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopSimpeg() throws Exception {
        simpeg.close();
    }

    @BeforeEach
    void setUp() throws SQLException {
        moodle.reset();
        try (Connection connection = simpeg.getPostgresDatabase().getConnection()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
            new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, ASN, INTERNS);
        }
    }

    @AfterEach
    void tearDown() {
        moodle.reset();
    }

    private String[] bridge() {
        List<String> args = new ArrayList<>(List.of("run", "hr-profiles"));
        args.addAll(moodle.bridgeOptions(workDir, false));
        args.addAll(List.of("--jembatan.simpeg.jdbc-url=" + simpeg.getJdbcUrl("postgres", "postgres"),
                "--jembatan.simpeg.username=postgres", "--jembatan.simpeg.password=postgres",
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    private String simpeg(String sql) throws SQLException {
        try (Connection connection = simpeg.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private List<String> cohortsOf(String nip) {
        return moodle.query("SELECT c.idnumber FROM mdl_cohort c JOIN mdl_cohort_members m ON m.cohortid = c.id"
                + " JOIN mdl_user u ON u.id = m.userid WHERE u.idnumber = '" + nip + "' ORDER BY c.idnumber");
    }

    @Test
    void accountsAndCohortsAreCreatedThenATransferAndARetirementChangeExactlyThem() throws Exception {
        int accounts = Integer.parseInt(simpeg("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'"))
                + Integer.parseInt(simpeg("SELECT count(*) FROM magang WHERE tanggal_selesai >= CURRENT_DATE"));

        JarProcess.Outcome first = JarProcess.start(workDir, bridge()).await();

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("dibuat/created " + accounts).contains("surat mati/dead-lettered 0");
        assertThat(moodle.query("SELECT count(*) FROM mdl_user WHERE deleted = 0 AND username NOT IN"
                + " ('guest', 'admin', 'jembatan')")).containsExactly(Integer.toString(accounts));
        String moved = simpeg("SELECT min(nip) FROM asn WHERE status_aktif = 'AKTIF' AND unit_kerja_kode IS NOT NULL");
        String retired = simpeg("SELECT max(nip) FROM asn WHERE status_aktif = 'AKTIF'");
        String from = simpeg("SELECT unit_kerja_kode FROM asn WHERE nip = '" + moved + "'");
        String to = simpeg("SELECT max(unit_kerja_kode) FROM asn WHERE status_aktif = 'AKTIF'"
                + " AND unit_kerja_kode <> '" + from + "'");
        assertThat(cohortsOf(moved)).contains("OPD-" + from);
        assertThat(moodle.query("SELECT email FROM mdl_user WHERE idnumber = '" + moved + "'").get(0))
                .isEqualTo(simpeg("SELECT email FROM asn WHERE nip = '" + moved + "'"));

        Timestamp later = Timestamp.valueOf(SimpegGenerator.DEFAULT_NOW.plusDays(1));
        try (Connection connection = simpeg.getPostgresDatabase().getConnection();
             PreparedStatement move = connection.prepareStatement(
                     "UPDATE asn SET unit_kerja_kode = ?, updated_at = ? WHERE nip = ?");
             PreparedStatement retire = connection.prepareStatement(
                     "UPDATE asn SET status_aktif = 'PENSIUN', updated_at = ? WHERE nip = ?")) {
            move.setString(1, to);
            move.setTimestamp(2, later);
            move.setString(3, moved);
            move.executeUpdate();
            retire.setTimestamp(1, later);
            retire.setString(2, retired);
            retire.executeUpdate();
        }

        JarProcess.Outcome second = JarProcess.start(workDir, bridge()).await();

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("dibaca/read 2,").contains("diperbarui/updated 1")
                .contains("ditangguhkan/suspended 1");
        assertThat(cohortsOf(moved)).contains("OPD-" + to).doesNotContain("OPD-" + from);
        assertThat(moodle.query("SELECT suspended FROM mdl_user WHERE idnumber = '" + retired + "'"))
                .containsExactly("1");
        assertThat(moodle.query("SELECT count(*) FROM mdl_user WHERE suspended = 1")).containsExactly("1");
    }
}
