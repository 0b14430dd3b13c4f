package id.jembatan.bridge.config;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The competency figures HR reads (API under {@code /api/v1/competency} and SIMPEG's {@code ringkasan_kompetensi}).
 *
 * @param targetJp         the yearly development target per ASN in JP (1 JP = 45 minutes); an ASN whose known JP
 *                         in a year reaches it meets the target
 * @param rosterCacheTtl   how long the list of active ASN per OPD read from SIMPEG ({@code asn-active-by-opd.sql})
 *                         is reused before it is read again; {@code 0s} = read on every request
 * @param firstYear        the earliest year the API accepts; later than this year plus one is refused too
 * @param summaryBatchSize rows per JDBC batch when the summary table in SIMPEG is refreshed
 */
@ConfigurationProperties("jembatan.competency")
public record CompetencyProperties(
        @DefaultValue("20") BigDecimal targetJp,
        @DefaultValue("1m") Duration rosterCacheTtl,
        @DefaultValue("2000") int firstYear,
        @DefaultValue("500") int summaryBatchSize) {

    public CompetencyProperties {
        if (targetJp == null || targetJp.signum() <= 0) {
            throw new IllegalArgumentException("jembatan.competency.target-jp harus lebih dari 0 / must be more "
                    + "than 0: " + targetJp);
        }
        if (summaryBatchSize < 1) {
            throw new IllegalArgumentException("jembatan.competency.summary-batch-size harus minimal 1 / must be at "
                    + "least 1: " + summaryBatchSize);
        }
        if (rosterCacheTtl == null || rosterCacheTtl.isNegative()) {
            throw new IllegalArgumentException("jembatan.competency.roster-cache-ttl tidak boleh negatif / must not "
                    + "be negative: " + rosterCacheTtl);
        }
    }
}
