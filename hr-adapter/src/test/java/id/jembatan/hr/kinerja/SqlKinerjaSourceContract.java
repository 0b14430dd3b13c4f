package id.jembatan.hr.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL source on the reference schema; subclasses give the database. */
abstract class SqlKinerjaSourceContract {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 4, 10, 8, 0);

    abstract DataSource dataSource();

    /** {@code schema-postgresql.sql} or {@code schema-mariadb.sql}. */
    abstract String schemaFile();

    @BeforeEach
    void createSchema() throws Exception {
        drop();
        String schema = Files.readString(Path.of("../config/kinerja").resolve(schemaFile()), StandardCharsets.UTF_8);
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS skp_indikator");
            s.execute("DROP TABLE IF EXISTS skp_penilaian");
        }
    }

    void insert(String id, String nip, String hasil, String perilaku, String predikat, LocalDateTime updatedAt)
            throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO skp_penilaian (id, nip, nama, tahun, periode, hasil_kerja, perilaku_kerja, predikat,"
                        + " penilai_nip, jenis_jabatan, unit_kerja_kode, unit_kerja_nama, kompetensi_kurang,"
                        + " tanggal_penilaian, updated_at) VALUES (?, ?, 'ASN', 2025, 'TRIWULAN I', ?, ?, ?,"
                        + " '197801012005011002', 'FUNGSIONAL', '4.01.01', 'Diskominfo', 'SIPD;PBJ-DASAR',"
                        + " DATE '2025-04-10', ?)")) {
            p.setString(1, id);
            p.setString(2, nip);
            p.setString(3, hasil);
            p.setString(4, perilaku);
            p.setString(5, predikat);
            p.setTimestamp(6, Timestamp.valueOf(updatedAt));
            p.executeUpdate();
        }
    }

    void indicator(String id, String skpId, int order, String text, String note) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO skp_indikator (id, skp_id, urutan, uraian, catatan) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, skpId);
            p.setInt(3, order);
            p.setString(4, text);
            p.setString(5, note);
            p.executeUpdate();
        }
    }

    SqlKinerjaSource source() {
        return new SqlKinerjaSource(dataSource(), KinerjaSql.reference(), KinerjaCodes.siasn(), Duration.ofSeconds(30),
                "test");
    }

    static List<KinerjaRow> readAll(KinerjaRead read, List<String> checkpoints) {
        List<KinerjaRow> rows = new ArrayList<>();
        while (read.hasMore()) {
            rows.addAll(read.next().rows());
            checkpoints.add(read.checkpoint());
        }
        return rows;
    }

    @Test
    void readsKeysetPagesWithIndicatorsAndResumesFromTheCheckpoint() throws SQLException {
        insert("a", "198503152010012003", "DIBAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", T0);
        insert("b", "199001012015031001", "DIATAS_EKSPEKTASI", "DIATAS_EKSPEKTASI", null, T0);
        insert("c", "199202022019022002", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK", T0.plusHours(1));
        indicator("i2", "a", 2, "Laporan SPJ", "terlambat");
        indicator("i1", "a", 1, "Pengadaan", "e-katalog belum dikuasai");

        List<String> checkpoints = new ArrayList<>();
        List<KinerjaRow> rows = readAll(source().open(null, 2), checkpoints);

        assertThat(rows).hasSize(3).allMatch(PeriodResult.class::isInstance);
        PeriodResult a = (PeriodResult) rows.get(0);
        assertThat(a.sourceId()).isEqualTo("a");
        assertThat(a.predikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(a.indicators()).extracting(IndicatorNote::indicator).containsExactly("Pengadaan", "Laporan SPJ");
        assertThat(a.missingCompetencies()).containsExactly("SIPD", "PBJ-DASAR");
        assertThat(a.opdName()).isEqualTo("Diskominfo");
        assertThat(a.updatedAt()).isEqualTo(T0);
        assertThat(((PeriodResult) rows.get(1)).predikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(checkpoints).containsExactly(T0 + "|b", T0.plusHours(1) + "|c");

        insert("d", "199303032020121003", "DIBAWAH_EKSPEKTASI", "DIBAWAH_EKSPEKTASI", null, T0.plusHours(2));
        List<KinerjaRow> next = readAll(source().open(checkpoints.get(1), 2), new ArrayList<>());
        assertThat(next).singleElement().extracting(r -> ((PeriodResult) r).sourceId()).isEqualTo("d");
    }

    @Test
    void aContradictionIsRejectedAndTheCursorStillMovesPastIt() throws SQLException {
        insert("a", "198503152010012003", "DIATAS_EKSPEKTASI", "DIBAWAH_EKSPEKTASI", "BAIK", T0);
        List<String> checkpoints = new ArrayList<>();

        List<KinerjaRow> rows = readAll(source().open(null, 10), checkpoints);

        assertThat(rows).singleElement().isInstanceOfSatisfying(RejectedRecord.class,
                r -> assertThat(r.kind()).isEqualTo(RejectedRecord.Kind.CONTRADICTION));
        assertThat(checkpoints).containsExactly(T0 + "|a");
    }

    @Test
    void anEmptyTableReadsNothing() {
        assertThat(source().open(null, 10).hasMore()).isFalse();
    }

    @Test
    void aQueryThatDoesNotFitTheSchemaIsFatalAndNamesTheFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, SQLException {
        insert("a", "198503152010012003", "DIATAS_EKSPEKTASI", "DIATAS_EKSPEKTASI", null, T0);
        Files.writeString(dir.resolve("max-updated-at.sql"), "SELECT MAX(diubah) AS max_updated_at FROM skp_penilaian");
        SqlKinerjaSource source = new SqlKinerjaSource(dataSource(), KinerjaSql.fromDirectory(dir),
                KinerjaCodes.siasn(), Duration.ofSeconds(30), "test");

        assertThatThrownBy(() -> source.open(null, 10)).isInstanceOfSatisfying(KinerjaException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("max-updated-at");
        });
    }
}
