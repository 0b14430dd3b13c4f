package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An ASN's known JP in one year, split by competency type. Only active credits whose JP is known count; those whose
 * JP is not known are counted in {@code unknownJpCount} instead.
 *
 * @param totalJp         every known JP of the year
 * @param teknis          of which competency type teknis
 * @param manajerial      of which manajerial
 * @param sosialKultural  of which sosial kultural
 * @param unknownType     of which the competency type is not known
 * @param unknownJpCount  active credits whose JP is not known
 * @param activeCredits   active credits in all
 * @param creditsNeedingReview of which flagged "perlu ditinjau / needs review" (counted all the same)
 */
@Schema(description = "Known JP of one ASN in one year, by competency type / JP yang diketahui per jenis kompetensi")
public record JpTotals(BigDecimal totalJp, BigDecimal teknis, BigDecimal manajerial, BigDecimal sosialKultural,
        BigDecimal unknownType, int unknownJpCount, int activeCredits, int creditsNeedingReview) {

    /** No credit at all. */
    static final JpTotals NONE = new JpTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0, 0, 0);

    public JpTotals {
        totalJp = jp(totalJp);
        teknis = jp(teknis);
        manajerial = jp(manajerial);
        sosialKultural = jp(sosialKultural);
        unknownType = jp(unknownType);
    }

    /** Totals of which no credit needs review. */
    public JpTotals(BigDecimal totalJp, BigDecimal teknis, BigDecimal manajerial, BigDecimal sosialKultural,
            BigDecimal unknownType, int unknownJpCount, int activeCredits) {
        this(totalJp, teknis, manajerial, sosialKultural, unknownType, unknownJpCount, activeCredits, 0);
    }

    /** These totals with {@code count} credits needing review. */
    JpTotals withReview(int count) {
        return new JpTotals(totalJp, teknis, manajerial, sosialKultural, unknownType, unknownJpCount, activeCredits,
                count);
    }

    /** JP as kept in the ledger: two decimals. */
    static BigDecimal jp(BigDecimal value) {
        return Objects.requireNonNull(value, "jp").setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether these JP reach {@code target}. */
    boolean meets(BigDecimal target) {
        return totalJp.compareTo(target) >= 0;
    }

    /** Totals of a list of active credits. */
    static JpTotals of(Iterable<Credit> credits) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] byType = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int unknown = 0;
        int count = 0;
        int review = 0;
        for (Credit credit : credits) {
            count++;
            if (credit.review() != null) {
                review++;
            }
            if (!credit.jpKnown()) {
                unknown++;
                continue;
            }
            total = total.add(credit.jp());
            int slot = credit.competencyType() == null ? 3 : CompetencyType.valueOf(credit.competencyType()).ordinal();
            byType[slot] = byType[slot].add(credit.jp());
        }
        return new JpTotals(total, byType[0], byType[1], byType[2], byType[3], unknown, count, review);
    }
}
