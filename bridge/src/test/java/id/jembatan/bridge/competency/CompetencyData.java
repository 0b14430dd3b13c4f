package id.jembatan.bridge.competency;

import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The small data set whose figures the tests expect, computed by hand (year 2026, target 20 JP):
 *
 * <pre>
 * SIMPEG                                  ledger, 2026 (c = credit; V = voided, not counted)
 * A1 Budi Santoso       OPD-A AKTIF       c1 TEKNIS 12, c2 MANAJERIAL 8.50, c3 SOSIAL_KULTURAL 3, c4 TEKNIS JP unknown,
 *                                         c5 TEKNIS 10 V; c6 TEKNIS 30 in 2025
 *                                         → 23.50 (12 / 8.50 / 3 / 0), 1 JP unknown, 4 active, compliant
 * A2 Putu "Ayu" Dewi    OPD-A AKTIF       c7 type unknown 6, c8 TEKNIS 4 → 10.00 (4 / 0 / 0 / unknown type 6), not
 * A3 Rahmat Hidayat     OPD-A AKTIF       none → 0
 * X  (NIP month 13)     OPD-A AKTIF       none; invalid NIP: left out of the headcount
 * B1 Sri Wahyuni        OPD-B AKTIF       c9 MANAJERIAL 20 → 20.00, compliant (exactly the target)
 * B2 Agus Salim         OPD-B AKTIF       c10 JP and type unknown, c11 TEKNIS 5 V → 0, 1 JP unknown
 * V1 Dewi Lestari       OPD-B AKTIF       c14 TEKNIS 7 V → 0, no active credit
 * R1 Bambang Sutrisno   OPD-B PENSIUN     c12 TEKNIS 40 → not active: in no OPD's figures
 * N1 Yanti Susanti      (no OPD) AKTIF    c13 SOSIAL_KULTURAL 2.25 → 2.25, counted only in the all-OPD total
 * U1 (not in SIMPEG)                      c15 TEKNIS 1 → credited but not active
 *
 * Review flags ("perlu ditinjau"; counted all the same): c2 (A1, an activity marked incomplete), c12 (R1, retired),
 * c5 (voided: not counted). OPD-A 1, OPD-B 0, all 1, credited-not-active 1 (c12).
 *
 * OPD-A: headcount 3 (A1 A2 A3); compliant 1 → 33.33 %; JP 33.50; mean 33.50/3 = 11.17; median of 0, 10, 23.5 = 10;
 *        bands 0:1 (A3), >0-<10:0, 10-<20:1 (A2), >=20:1 (A1); with unknown JP 1 (A1)
 * OPD-B: headcount 3 (B1 B2 V1); compliant 1 → 33.33 %; JP 20; mean 6.67; median of 0, 0, 20 = 0;
 *        bands 0:2, 0, 0, >=20:1; with unknown JP 1 (B2)
 * all:   headcount 7 (A1 A2 A3 B1 B2 V1 N1); compliant 2 → 28.57 %; JP 55.75; mean 7.96;
 *        median of 0, 0, 0, 2.25, 10, 20, 23.5 = 2.25; bands 3, 1 (N1), 1 (A2), 2; with unknown JP 2;
 *        without OPD 1 (N1); credited but not active 2 (R1, U1)
 * </pre>
 */
final class CompetencyData {

    static final int YEAR = 2026;
    static final String A1 = "198501012010011001";
    static final String A2 = "199002022015022002";
    static final String A3 = "199203032018031003";
    static final String X = "198511072009131002";
    static final String B1 = "198804042012042004";
    static final String B2 = "199505052020052005";
    static final String V1 = "199606062021062006";
    static final String R1 = "197006062000061006";
    static final String N1 = "198707072011072007";
    static final String U1 = "199101012019011010";
    /** Valid, but neither in SIMPEG nor in the ledger. */
    static final String NOBODY = "199912312022121999";

    private CompetencyData() {
    }

    /** Drops and recreates the reference schema, then writes the SIMPEG side. */
    static void simpeg(DataSource simpeg, SimpegDialect dialect) throws SQLException {
        try (Connection connection = simpeg.getConnection()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, dialect);
            LocalDateTime t = LocalDateTime.of(2026, 1, 5, 8, 0);
            try (PreparedStatement unit = connection.prepareStatement(
                    "INSERT INTO unit_kerja (kode, nama, updated_at) VALUES (?, ?, ?)")) {
                for (String[] u : new String[][] {{"OPD-A", "Dinas Komunikasi dan Informatika"},
                    {"OPD-B", "Badan Kepegawaian dan Pengembangan SDM"}}) {
                    unit.setString(1, u[0]);
                    unit.setString(2, u[1]);
                    unit.setTimestamp(3, Timestamp.valueOf(t));
                    unit.executeUpdate();
                }
            }
            try (PreparedStatement asn = connection.prepareStatement("INSERT INTO asn (nip, nama, email, "
                    + "unit_kerja_kode, status_kepegawaian, status_aktif, updated_at) VALUES (?, ?, ?, ?, 'PNS', ?, ?)")) {
                Object[][] rows = {
                    {A1, "Budi Santoso", "OPD-A", "AKTIF"},
                    {A2, "Putu \"Ayu\" Dewi", "OPD-A", "AKTIF"},
                    {A3, "Rahmat Hidayat", "OPD-A", "AKTIF"},
                    {X, "Nomor Salah", "OPD-A", "AKTIF"},
                    {B1, "Sri Wahyuni", "OPD-B", "AKTIF"},
                    {B2, "Agus Salim", "OPD-B", "AKTIF"},
                    {V1, "Dewi Lestari", "OPD-B", "AKTIF"},
                    {R1, "Bambang Sutrisno", "OPD-B", "PENSIUN"},
                    {N1, "Yanti Susanti", null, "AKTIF"}};
                for (Object[] row : rows) {
                    asn.setString(1, (String) row[0]);
                    asn.setString(2, (String) row[1]);
                    asn.setString(3, row[0] + "@example.go.id");
                    asn.setString(4, (String) row[2]);
                    asn.setString(5, (String) row[3]);
                    asn.setTimestamp(6, Timestamp.valueOf(t));
                    asn.executeUpdate();
                }
            }
        }
    }

    /** Writes the ledger side into a migrated state store. */
    static void ledger(DataSource state) throws SQLException {
        try (Connection connection = state.getConnection()) {
            connection.createStatement().executeUpdate("DELETE FROM competency_credit");
            credit(connection, "c1", A1, "Analisis Data dengan Python", "TEKNIS", "12.00", "STATEMENT", 2026, 2, 10, true);
            credit(connection, "c2", A1, "Kepemimpinan Pengawas", "MANAJERIAL", "8.50", "MAPPING", 2026, 3, 1, true);
            credit(connection, "c3", A1, "Wawasan Kebangsaan", "SOSIAL_KULTURAL", "3.00", "STATEMENT", 2026, 4, 1, true);
            credit(connection, "c4", A1, "Keamanan Informasi, Dasar", "TEKNIS", null, "UNKNOWN", 2026, 5, 1, true);
            credit(connection, "c5", A1, "Kursus yang dibatalkan", "TEKNIS", "10.00", "STATEMENT", 2026, 5, 2, false);
            credit(connection, "c6", A1, "Tata Naskah Dinas", "TEKNIS", "30.00", "MAPPING", 2025, 11, 20, true);
            credit(connection, "c7", A2, "Pelayanan Publik Prima", null, "6.00", "MAPPING", 2026, 1, 15, true);
            credit(connection, "c8", A2, "Excel untuk Perencanaan", "TEKNIS", "4.00", "STATEMENT", 2026, 6, 1, true);
            credit(connection, "c9", B1, "Manajemen Kinerja ASN", "MANAJERIAL", "20.00", "STATEMENT", 2026, 7, 1, true);
            credit(connection, "c10", B2, "Webinar Mitra", null, null, "UNKNOWN", 2026, 8, 1, true);
            credit(connection, "c11", B2, "Kursus yang dibatalkan 2", "TEKNIS", "5.00", "STATEMENT", 2026, 8, 2, false);
            credit(connection, "c12", R1, "Persiapan Purnabakti", "TEKNIS", "40.00", "STATEMENT", 2026, 2, 2, true);
            credit(connection, "c13", N1, "Moderasi Beragama", "SOSIAL_KULTURAL", "2.25", "STATEMENT", 2026, 9, 9, true);
            credit(connection, "c14", V1, "Kursus yang dibatalkan 3", "TEKNIS", "7.00", "STATEMENT", 2026, 3, 3, false);
            credit(connection, "c15", U1, "Kelas Mitra", "TEKNIS", "1.00", "STATEMENT", 2026, 4, 4, true);
            flag(connection, "c2", ACTIVITY_INCOMPLETE);
            flag(connection, "c12", RETIRED);
            flag(connection, "c5", RETIRED);
        }
    }

    static final String ACTIVITY_INCOMPLETE = "aktivitas 'Kuis 2' kursus ini ditandai belum selesai (dicatat "
            + "2026-03-05) / activity 'Kuis 2' of this course marked incomplete (recorded 2026-03-05), "
            + "00000000-0000-5000-8000-000000000102";
    static final String RETIRED = "ASN tidak lagi aktif di SIMPEG (pensiun), akun Moodle ditangguhkan, dicatat "
            + "2026-09-30 / ASN no longer active in SIMPEG (retired), Moodle account suspended, recorded 2026-09-30";
    /** When the data set's flags were set (UTC). */
    static final LocalDateTime FLAGGED_AT = LocalDateTime.of(2026, 10, 2, 1, 30);

    /** Flags a credit of the data set for review, as the flows do. */
    static void flag(Connection connection, String id, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE competency_credit SET review_reason = ?,"
                + " review_flagged_at = ? WHERE statement_id = ?")) {
            update.setString(1, reason);
            update.setTimestamp(2, Timestamp.valueOf(FLAGGED_AT));
            update.setString(3, statementId(id));
            update.executeUpdate();
        }
    }

    /** Statement id of a credit of the data set, e.g. {@code c1}. */
    static String statementId(String credit) {
        return "00000000-0000-5000-8000-" + String.format("%012d", Integer.parseInt(credit.substring(1)));
    }

    static void credit(Connection connection, String id, String nip, String title, String type, String jp,
            String jpSource, int year, int month, int day, boolean active) throws SQLException {
        LocalDate completed = LocalDate.of(year, month, day);
        String activity = "https://lms.example.go.id/course/view.php?id=" + id.substring(1);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO competency_credit (statement_id, nip, activity_id, title, competency_type, jp, jp_source,
                    started_on, completed_on, credit_year, certificate_number, provider, source, opd_code, status,
                    credit_key, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)""")) {
            insert.setString(1, statementId(id));
            insert.setString(2, nip);
            insert.setString(3, activity);
            insert.setString(4, title);
            insert.setString(5, type);
            if (jp == null) {
                insert.setNull(6, Types.DECIMAL);
            } else {
                insert.setBigDecimal(6, new BigDecimal(jp));
            }
            insert.setString(7, jpSource);
            insert.setDate(8, Date.valueOf(completed.minusDays(3)));
            insert.setDate(9, Date.valueOf(completed));
            insert.setInt(10, year);
            insert.setString(11, "SERT/" + year + "/" + id.toUpperCase());
            insert.setString(12, "BPSDM Kota Tangerang Selatan");
            insert.setString(13, "moodle:lms.example.go.id");
            insert.setString(14, active ? "ACTIVE" : "VOIDED");
            insert.setString(15, sha256(nip + "|" + activity + "|" + completed));
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 10, 1, 0, 0));
            insert.setTimestamp(16, now);
            insert.setTimestamp(17, now);
            insert.executeUpdate();
        }
    }

    /** Voids a credit of the data set, as a voiding statement would. */
    static void voidCredit(DataSource state, String id) throws SQLException {
        try (Connection connection = state.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE competency_credit SET status = 'VOIDED' WHERE statement_id = ?")) {
            update.setString(1, statementId(id));
            update.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
