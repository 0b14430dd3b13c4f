package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.simpeg.ActiveAsn;
import id.jembatan.hr.simpeg.ActiveAsnReader;
import id.jembatan.hr.simpeg.CompetencySql;
import id.jembatan.hr.simpeg.CompetencySummaryWriter;
import id.jembatan.hr.simpeg.SimpegDialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's GROUP BY, the active-ASN query and the summary upsert on one pair of databases (state store and
 * SIMPEG), against the hand-computed figures of {@link CompetencyData}. Subclasses say which databases.
 */
abstract class CompetencyStoresContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T03:04:05.123456Z"), ZoneOffset.UTC);

    abstract DataSource state();

    abstract DataSource simpeg();

    abstract SimpegDialect dialect();

    @BeforeEach
    void seed() throws SQLException {
        CompetencyData.simpeg(simpeg(), dialect());
        CompetencyData.ledger(state());
    }

    private SimpegCompetencySummary summary() {
        CompetencySql sql = CompetencySql.reference(dialect());
        return new SimpegCompetencySummary(new CompetencyLedger(state()),
                new CompetencySummaryWriter(simpeg(), sql.summaryUpsert(), Duration.ofSeconds(30), 3),
                new BigDecimal("20"), CLOCK);
    }

    @Test
    void ledgerTotalsAreTheHandComputedOnesAndIncludeAsnWhoseCreditsWereAllVoided() {
        Map<String, JpTotals> totals = new CompetencyLedger(state()).totalsByNip(CompetencyData.YEAR);

        assertThat(totals).containsOnlyKeys(CompetencyData.A1, CompetencyData.A2, CompetencyData.B1,
                CompetencyData.B2, CompetencyData.V1, CompetencyData.R1, CompetencyData.N1, CompetencyData.U1);
        assertThat(totals.get(CompetencyData.A1)).as("c2 needs review, and counts")
                .isEqualTo(totals("23.50", "12.00", "8.50", "3.00", "0.00", 1, 4).withReview(1));
        assertThat(totals.get(CompetencyData.R1).creditsNeedingReview()).isEqualTo(1);
        assertThat(totals.get(CompetencyData.A2)).isEqualTo(totals("10.00", "4.00", "0.00", "0.00", "6.00", 0, 2));
        assertThat(totals.get(CompetencyData.B2)).isEqualTo(totals("0.00", "0.00", "0.00", "0.00", "0.00", 1, 1));
        assertThat(totals.get(CompetencyData.V1)).isEqualTo(totals("0.00", "0.00", "0.00", "0.00", "0.00", 0, 0));
        assertThat(new CompetencyLedger(state()).totalsByNip(2025).get(CompetencyData.A1).totalJp())
                .isEqualByComparingTo("30");
    }

    @Test
    void oneAsnsCreditsAreTheActiveOnesOfTheYearOldestFirst() {
        List<Credit> credits = new CompetencyLedger(state()).activeCredits(CompetencyData.A1, CompetencyData.YEAR);

        assertThat(credits).extracting(Credit::statementId).containsExactly(CompetencyData.statementId("c1"),
                CompetencyData.statementId("c2"), CompetencyData.statementId("c3"), CompetencyData.statementId("c4"));
        assertThat(credits.get(3).jp()).isNull();
        assertThat(credits.get(1).jp()).isEqualByComparingTo("8.50");
        assertThat(credits.get(1).jpSource()).isEqualTo("MAPPING");
        assertThat(credits.get(0).certificateNumber()).isEqualTo("SERT/2026/C1");
        assertThat(credits.get(0).review()).isNull();
        assertThat(credits.get(1).review()).isEqualTo(new Review(true, CompetencyData.ACTIVITY_INCOMPLETE,
                CompetencyData.FLAGGED_AT.toInstant(java.time.ZoneOffset.UTC)));
    }

    @Test
    void theActiveAsnAreReadWithTheirOpdAndAnInvalidNipIsLeftOutWithItsReason() {
        ActiveAsnReader.Roster roster = new ActiveAsnReader(simpeg(),
                CompetencySql.reference(dialect()).activeAsn(), Duration.ofSeconds(30)).read();

        assertThat(roster.active()).extracting(a -> a.nip().value()).containsExactlyInAnyOrder(CompetencyData.A1,
                CompetencyData.A2, CompetencyData.A3, CompetencyData.B1, CompetencyData.B2, CompetencyData.V1,
                CompetencyData.N1);
        ActiveAsn a2 = roster.active().stream().filter(a -> a.nip().value().equals(CompetencyData.A2)).findFirst()
                .orElseThrow();
        assertThat(a2).extracting(ActiveAsn::name, ActiveAsn::opdCode, ActiveAsn::opdName)
                .containsExactly("Putu \"Ayu\" Dewi", "OPD-A", "Dinas Komunikasi dan Informatika");
        assertThat(roster.rejected()).singleElement().satisfies(r -> {
            assertThat(r.rawKey()).isEqualTo(CompetencyData.X);
            assertThat(r.reason()).contains("bulan pengangkatan").contains("appointment month");
        });
    }

    @Test
    void theSummaryTableGetsOneRowPerCreditedAsnFollowsVoidingAndARerunChangesNothing() throws SQLException {
        summary().refresh(Set.of(CompetencyData.YEAR));

        Map<String, List<Object>> rows = summaryRows();
        assertThat(rows).hasSize(8);
        LocalDateTime wib = LocalDateTime.of(2026, 10, 2, 10, 4, 5, 123_456_000);
        assertThat(rows.get(CompetencyData.A1)).containsExactly(new BigDecimal("23.50"), new BigDecimal("12.00"),
                new BigDecimal("8.50"), new BigDecimal("3.00"), new BigDecimal("0.00"), 1, true, wib);
        assertThat(rows.get(CompetencyData.A2)).containsExactly(new BigDecimal("10.00"), new BigDecimal("4.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("6.00"), 0, false, wib);
        assertThat(rows.get(CompetencyData.B1)).startsWith(new BigDecimal("20.00")).contains(true);
        assertThat(rows.get(CompetencyData.B2)).startsWith(new BigDecimal("0.00")).containsSubsequence(1, false);
        assertThat(rows.get(CompetencyData.V1).get(0)).isEqualTo(new BigDecimal("0.00"));

        CompetencyData.voidCredit(state(), "c9");
        summary().refresh(Set.of(CompetencyData.YEAR));
        summary().refresh(Set.of(CompetencyData.YEAR));

        Map<String, List<Object>> after = summaryRows();
        assertThat(after).hasSize(8);
        assertThat(after.get(CompetencyData.B1)).containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), 0, false, wib);
        assertThat(after.get(CompetencyData.A1)).isEqualTo(rows.get(CompetencyData.A1));
    }

    @Test
    void aYearWithoutCreditsWritesNothing() throws SQLException {
        summary().refresh(Set.of(2019));

        assertThat(summaryRows()).isEmpty();
    }

    private Map<String, List<Object>> summaryRows() throws SQLException {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        try (Connection connection = simpeg().getConnection();
                ResultSet rs = connection.createStatement().executeQuery("SELECT nip, tahun, total_jp, jp_teknis, "
                        + "jp_manajerial, jp_sosial_kultural, jp_jenis_belum_diketahui, jumlah_jp_belum_diketahui, "
                        + "memenuhi_target, diperbarui_pada FROM ringkasan_kompetensi ORDER BY nip")) {
            while (rs.next()) {
                assertThat(rs.getInt("tahun")).isEqualTo(CompetencyData.YEAR);
                rows.put(rs.getString("nip"), List.of(rs.getBigDecimal("total_jp"), rs.getBigDecimal("jp_teknis"),
                        rs.getBigDecimal("jp_manajerial"), rs.getBigDecimal("jp_sosial_kultural"),
                        rs.getBigDecimal("jp_jenis_belum_diketahui"), rs.getInt("jumlah_jp_belum_diketahui"),
                        rs.getBoolean("memenuhi_target"), rs.getObject("diperbarui_pada", LocalDateTime.class)));
            }
        }
        return rows;
    }

    private static JpTotals totals(String total, String teknis, String manajerial, String sosial, String unknownType,
            int unknownCount, int active) {
        return new JpTotals(new BigDecimal(total), new BigDecimal(teknis), new BigDecimal(manajerial),
                new BigDecimal(sosial), new BigDecimal(unknownType), unknownCount, active);
    }
}
