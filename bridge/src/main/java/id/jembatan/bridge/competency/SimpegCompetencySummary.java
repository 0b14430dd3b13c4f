package id.jembatan.bridge.competency;

import id.jembatan.flow.credits.SummaryRefresh;
import id.jembatan.hr.simpeg.CompetencySummaryRow;
import id.jembatan.hr.simpeg.CompetencySummaryWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SIMPEG's {@code ringkasan_kompetensi} in step with the ledger: after each {@code lrs-credits} pass, every ASN
 * with a credit (active or voided) in a touched year gets its row upserted, one transaction per year, in JDBC
 * batches. Voided credits drop out of the totals, so an ASN whose only credit was voided is rewritten with zero. A
 * SIMPEG failure propagates to the caller, which decides about retrying; rerunning rewrites the same figures.
 */
final class SimpegCompetencySummary implements SummaryRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(SimpegCompetencySummary.class);

    private final CompetencyLedger ledger;
    private final CompetencySummaryWriter writer;
    private final BigDecimal target;
    private final Clock clock;

    SimpegCompetencySummary(CompetencyLedger ledger, CompetencySummaryWriter writer, BigDecimal target, Clock clock) {
        this.ledger = ledger;
        this.writer = writer;
        this.target = JpTotals.jp(target);
        this.clock = clock;
    }

    @Override
    public void refresh(Set<Integer> years) {
        for (int year : new TreeSet<>(years)) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(CompetencyController.WIB))
                    .truncatedTo(ChronoUnit.MICROS);
            Map<String, JpTotals> totals = ledger.totalsByNip(year);
            List<CompetencySummaryRow> rows = new ArrayList<>(totals.size());
            totals.forEach((nip, jp) -> rows.add(new CompetencySummaryRow(nip, year, jp.totalJp(), jp.teknis(),
                    jp.manajerial(), jp.sosialKultural(), jp.unknownType(), jp.unknownJpCount(), jp.meets(target),
                    now)));
            int written = writer.write(rows);
            LOG.info("ringkasan_kompetensi {}: {} baris ditulis / rows written", year, written);
        }
    }
}
