package id.jembatan.bridge.competency;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the credit ledger ({@code competency_credit}, filled by {@code lrs-credits}) in the state store. The yearly
 * figures of a whole city come from one {@code GROUP BY} that runs alike on H2, PostgreSQL and MariaDB and uses the
 * {@code (credit_year, opd_code)} index; one ASN's credits from the {@code (nip, credit_year)} index. The review
 * flags (migration V13) come with both: per credit, and counted per ASN in the same {@code GROUP BY}.
 */
final class CompetencyLedger {

    private static final String ACTIVE_CREDITS = """
            SELECT statement_id, activity_id, title, competency_type, jp, jp_source, started_on, completed_on,
                   certificate_number, provider, source, review_reason, review_flagged_at
            FROM competency_credit
            WHERE nip = :nip AND credit_year = :year AND status = 'ACTIVE'
            ORDER BY completed_on, statement_id""";

    private static final String ANY_CREDIT = "SELECT COUNT(*) FROM competency_credit WHERE nip = :nip";

    /**
     * Every ASN with a credit in the year, active or voided: one whose credits were all voided comes back with zero
     * totals, so that a refreshed summary row drops to zero instead of keeping the old figures.
     */
    private static final String TOTALS_BY_NIP = """
            SELECT nip,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NOT NULL THEN jp ELSE 0 END) AS total_jp,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NOT NULL AND competency_type = 'TEKNIS'
                            THEN jp ELSE 0 END) AS jp_teknis,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NOT NULL AND competency_type = 'MANAJERIAL'
                            THEN jp ELSE 0 END) AS jp_manajerial,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NOT NULL AND competency_type = 'SOSIAL_KULTURAL'
                            THEN jp ELSE 0 END) AS jp_sosial_kultural,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NOT NULL AND competency_type IS NULL
                            THEN jp ELSE 0 END) AS jp_unknown_type,
                   SUM(CASE WHEN status = 'ACTIVE' AND jp IS NULL THEN 1 ELSE 0 END) AS unknown_jp_count,
                   SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END) AS active_credits,
                   SUM(CASE WHEN status = 'ACTIVE' AND review_flagged_at IS NOT NULL THEN 1 ELSE 0 END)
                       AS credits_needing_review
            FROM competency_credit
            WHERE credit_year = :year
            GROUP BY nip""";

    private final JdbcClient jdbc;

    CompetencyLedger(DataSource stateStore) {
        this.jdbc = JdbcClient.create(stateStore);
    }

    /** The active credits of one ASN in one year, oldest completion first. */
    List<Credit> activeCredits(String nip, int year) {
        return jdbc.sql(ACTIVE_CREDITS).param("nip", nip).param("year", year)
                .query((rs, row) -> new Credit(
                        rs.getString("statement_id"),
                        rs.getString("title"),
                        rs.getString("activity_id"),
                        rs.getString("competency_type"),
                        rs.getBigDecimal("jp"),
                        rs.getString("jp_source"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getString("certificate_number"),
                        rs.getString("provider"),
                        rs.getString("source"),
                        review(rs)))
                .list();
    }

    /** Whether the ledger holds any credit of this NIP, in any year and state. */
    boolean knows(String nip) {
        return jdbc.sql(ANY_CREDIT).param("nip", nip).query(Long.class).single() > 0;
    }

    /** The totals of every ASN with a credit (active or voided) in {@code year}, by NIP. */
    Map<String, JpTotals> totalsByNip(int year) {
        Map<String, JpTotals> totals = new HashMap<>();
        jdbc.sql(TOTALS_BY_NIP).param("year", year).query(rs -> {
            totals.put(rs.getString("nip"), totals(rs));
        });
        return totals;
    }

    private static JpTotals totals(ResultSet rs) throws SQLException {
        return new JpTotals(decimal(rs, "total_jp"), decimal(rs, "jp_teknis"), decimal(rs, "jp_manajerial"),
                decimal(rs, "jp_sosial_kultural"), decimal(rs, "jp_unknown_type"),
                rs.getInt("unknown_jp_count"), rs.getInt("active_credits"), rs.getInt("credits_needing_review"));
    }

    private static Review review(ResultSet rs) throws SQLException {
        LocalDateTime flaggedAt = rs.getObject("review_flagged_at", LocalDateTime.class);
        return flaggedAt == null ? null
                : new Review(true, rs.getString("review_reason"), flaggedAt.toInstant(ZoneOffset.UTC));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
