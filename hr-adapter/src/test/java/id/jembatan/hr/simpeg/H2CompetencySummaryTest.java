package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The competency summary upsert on an H2 SIMPEG in PostgreSQL mode, as the demo runs it: H2 refuses PostgreSQL's
 * {@code ON CONFLICT}, so the reference set gives H2 its own {@code MERGE ... KEY}.
 */
class H2CompetencySummaryTest {

    @Test
    void anH2SimpegInPostgresModeGetsTheMergeAndARerunReplacesTheRow() throws Exception {
        String url = "jdbc:h2:mem:simpeg-summary;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        try (Connection connection = dataSource.getConnection()) {
            SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
        }
        CompetencySql sql = CompetencySql.referenceFor(url);
        assertThat(sql.summaryUpsert().name()).contains("ringkasan-kompetensi-upsert-h2");
        assertThat(CompetencySql.referenceFor("jdbc:postgresql://db/simpeg").summaryUpsert().name())
                .contains("postgresql");
        CompetencySummaryWriter writer = new CompetencySummaryWriter(dataSource, sql.summaryUpsert(),
                Duration.ofSeconds(10), 50);
        LocalDateTime now = LocalDateTime.of(2026, 11, 29, 10, 0);

        writer.write(List.of(row("199001012015031001", "12.00", false, now)));
        writer.write(List.of(row("199001012015031001", "21.50", true, now.plusHours(1))));

        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT count(*), max(total_jp), max(CAST(memenuhi_target AS INT)) FROM ringkasan_kompetensi")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("21.50");
            assertThat(rows.getInt(3)).isEqualTo(1);
        }
    }

    private static CompetencySummaryRow row(String nip, String total, boolean meets, LocalDateTime at) {
        BigDecimal jp = new BigDecimal(total);
        return new CompetencySummaryRow(nip, 2026, jp, jp, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, meets,
                at);
    }
}
