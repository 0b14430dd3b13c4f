package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SimpegCredits} must do on every database the reference schema supports: know which NIPs SIMPEG has,
 * write riwayat diklat rows so that a rewrite changes nothing, and delete them.
 */
abstract class SimpegCreditsContract {

    abstract DataSource dataSource();

    abstract SimpegDialect dialect();

    /** The dialect whose native upsert the database runs (as the bridge picks it), or null for the portable one. */
    SimpegDialect upsertDialect() {
        return dialect();
    }

    private SimpegCredits credits;
    private List<String> nips;

    @BeforeEach
    void freshSchema() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, dialect());
            new SimpegGenerator(11).populate(connection, 30, 0);
        }
        credits = new SimpegCredits(dataSource(), CreditSql.reference(upsertDialect()), Duration.ofSeconds(30));
        nips = strings("SELECT nip FROM asn ORDER BY nip");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private RiwayatDiklat row(String id, String nip, String certificate, BigDecimal jp) {
        return new RiwayatDiklat(id, nip, "Pelatihan Kepemimpinan Pengawas", jp == null ? null : "MANAJERIAL", jp,
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 1), 2025, certificate, "BKPSDM", "moodle:elearning");
    }

    @Test
    void knownNipsComeBackWithTheirOpdAndUnknownOnesDoNot() throws SQLException {
        String unknown = "197001011990031002";
        String withUnit = strings("SELECT nip FROM asn WHERE unit_kerja_kode IS NOT NULL ORDER BY nip").get(0);
        String unit = strings("SELECT unit_kerja_kode FROM asn WHERE nip = '" + withUnit + "'").get(0);

        Map<String, SimpegCredits.AsnUnit> found = credits.asnByNip(List.of(withUnit, nips.get(1), unknown));

        assertThat(found).containsOnlyKeys(withUnit, nips.get(1));
        assertThat(found.get(withUnit).opdCode()).isEqualTo(unit);
    }

    @Test
    void upsertWritesEveryColumnAndARewriteChangesNothing() throws SQLException {
        List<RiwayatDiklat> rows = List.of(row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0), "JMB/2025/A1",
                new BigDecimal("20.00")), row("6f1c2a9e-0000-5000-8000-000000000002", nips.get(1), "JMB/2025/A2",
                null));

        credits.upsert(rows);
        List<String> first = strings("SELECT statement_id, nip, nama_diklat, jenis_kompetensi, jp, tanggal_mulai,"
                + " tanggal_selesai, tahun, nomor_sertifikat, penyelenggara, sumber, created_at FROM riwayat_diklat"
                + " ORDER BY statement_id");
        credits.upsert(rows);

        assertThat(strings("SELECT CONCAT_WS('|', statement_id, nip, COALESCE(jenis_kompetensi, '-'),"
                + " COALESCE(TRIM(CAST(jp AS CHAR(10))), '-'), CAST(tanggal_mulai AS CHAR(10)),"
                + " CAST(tanggal_selesai AS CHAR(10)), tahun, nomor_sertifikat, penyelenggara, sumber)"
                + " FROM riwayat_diklat ORDER BY statement_id")).containsExactly(
                "6f1c2a9e-0000-5000-8000-000000000001|" + nips.get(0)
                        + "|MANAJERIAL|20.00|2025-02-03|2025-03-01|2025|JMB/2025/A1|BKPSDM|moodle:elearning",
                "6f1c2a9e-0000-5000-8000-000000000002|" + nips.get(1)
                        + "|-|-|2025-02-03|2025-03-01|2025|JMB/2025/A2|BKPSDM|moodle:elearning");
        assertThat(strings("SELECT statement_id, nip, nama_diklat, jenis_kompetensi, jp, tanggal_mulai,"
                + " tanggal_selesai, tahun, nomor_sertifikat, penyelenggara, sumber, created_at FROM riwayat_diklat"
                + " ORDER BY statement_id")).isEqualTo(first);
    }

    @Test
    void thePortableUpsertAlsoWritesOnceAndLeavesTheNativeOnesRowsAlone() throws SQLException {
        SimpegCredits portable = new SimpegCredits(dataSource(), CreditSql.reference(), Duration.ofSeconds(30));
        RiwayatDiklat first = row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0), "C1", BigDecimal.TEN);
        RiwayatDiklat second = row("6f1c2a9e-0000-5000-8000-000000000002", nips.get(1), "C2", null);

        credits.upsert(List.of(first));
        portable.upsert(List.of(first, second));
        portable.upsert(List.of(first, second));
        credits.upsert(List.of(second, first));

        assertThat(strings("SELECT nomor_sertifikat FROM riwayat_diklat ORDER BY nomor_sertifikat"))
                .containsExactly("C1", "C2");
    }

    @Test
    void aSiteDialectFileReplacesTheReferenceOneAndADialectFreeFileWinsOverBoth(@TempDir Path site)
            throws Exception {
        String insert = "INSERT INTO riwayat_diklat (statement_id, nip, nama_diklat, tanggal_selesai, tahun,"
                + " nomor_sertifikat, penyelenggara, sumber) VALUES (:statement_id, :nip, :nama_diklat,"
                + " :tanggal_selesai, :tahun, :nomor_sertifikat, ";
        String suffix = dialect().name().toLowerCase(java.util.Locale.ROOT);
        Files.writeString(site.resolve("riwayat-diklat-upsert-" + suffix + ".sql"), insert + "'Dialek', 's')");
        new SimpegCredits(dataSource(), CreditSql.fromDirectory(site, dialect()), Duration.ofSeconds(30))
                .upsert(List.of(row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0), "C1", BigDecimal.TEN)));
        Files.writeString(site.resolve("riwayat-diklat-upsert.sql"), insert + "'Situs', 's')");
        new SimpegCredits(dataSource(), CreditSql.fromDirectory(site, dialect()), Duration.ofSeconds(30))
                .upsert(List.of(row("6f1c2a9e-0000-5000-8000-000000000002", nips.get(0), "C2", BigDecimal.TEN)));

        assertThat(strings("SELECT penyelenggara FROM riwayat_diklat ORDER BY nomor_sertifikat"))
                .containsExactly("Dialek", "Situs");
        assertThat(CreditSql.nativeDialect("jdbc:postgresql://db/simpeg")).contains(SimpegDialect.POSTGRESQL);
        assertThat(CreditSql.nativeDialect("jdbc:mysql://db/simpeg")).contains(SimpegDialect.MARIADB);
        assertThat(CreditSql.nativeDialect("jdbc:h2:mem:simpeg;MODE=PostgreSQL")).isEmpty();
    }

    @Test
    void deleteRemovesOnlyTheNamedRowsAndIgnoresMissingOnes() throws SQLException {
        credits.upsert(List.of(row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0), "C1", BigDecimal.TEN),
                row("6f1c2a9e-0000-5000-8000-000000000002", nips.get(0), "C2", BigDecimal.ONE)));

        credits.delete(List.of("6f1c2a9e-0000-5000-8000-000000000001", "6f1c2a9e-0000-5000-8000-00000000ffff"));
        credits.delete(List.of("6f1c2a9e-0000-5000-8000-000000000001"));

        assertThat(strings("SELECT nomor_sertifikat FROM riwayat_diklat")).containsExactly("C2");
    }

    @Test
    void aBatchThatFailsWritesNothingAndSaysWhichSqlFailed() throws SQLException {
        RiwayatDiklat tooLong = new RiwayatDiklat("6f1c2a9e-0000-5000-8000-000000000009", nips.get(0), "x",
                "BUKAN_JENIS", BigDecimal.ONE, null, LocalDate.of(2025, 1, 1), 2025, "C9", "p", "s");

        assertThatThrownBy(() -> credits.upsert(List.of(row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0),
                "C1", BigDecimal.TEN), tooLong))).isInstanceOf(SimpegException.class)
                .hasMessageContaining("riwayat-diklat-upsert");
        assertThat(strings("SELECT count(*) FROM riwayat_diklat")).containsExactly("0");
    }

    @Test
    void aSiteUpsertReplacesTheReferenceOne(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("riwayat-diklat-upsert.sql"), "INSERT INTO riwayat_diklat (statement_id, nip,"
                + " nama_diklat, tanggal_selesai, tahun, nomor_sertifikat, penyelenggara, sumber) VALUES (:statement_id,"
                + " :nip, :nama_diklat, :tanggal_selesai, :tahun, :nomor_sertifikat, 'Situs', 'site')");
        SimpegCredits siteCredits = new SimpegCredits(dataSource(), CreditSql.fromDirectory(site),
                Duration.ofSeconds(30));

        siteCredits.upsert(List.of(row("6f1c2a9e-0000-5000-8000-000000000001", nips.get(0), "C1", BigDecimal.TEN)));

        assertThat(strings("SELECT penyelenggara FROM riwayat_diklat")).containsExactly("Situs");
    }

    @Test
    void anUpsertUsingAParameterTheFlowDoesNotSupplyIsRefused() {
        assertThatThrownBy(() -> new CreditSql(CreditSql.reference().asnByNip(),
                NamedSql.of("riwayat-diklat-upsert", "INSERT INTO riwayat_diklat (statement_id, nip, x) VALUES "
                        + "(:statement_id, :nip, :kode_diklat)"), CreditSql.reference().riwayatDelete()))
                .isInstanceOf(SimpegConfigurationException.class).hasMessageContaining("kode_diklat");
    }
}
