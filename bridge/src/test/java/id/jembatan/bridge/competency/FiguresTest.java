package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compliance, mean, median and JP bands of a group, against numbers worked out by hand. */
class FiguresTest {

    private static JpTotals jp(String total) {
        return new JpTotals(new BigDecimal(total), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(total), 0, 1);
    }

    @Test
    void fourAsnGiveTheHandComputedFigures() {
        // 0, 9.99, 10, 25: compliant 1 of 4 = 25.00 %; total 44.99; mean 11.2475 → 11.25; median (9.99+10)/2 = 9.995
        // → 10.00 (half up); bands 0:1, >0-<10:1, 10-<20:1, >=20:1
        GroupSummary group = Figures.summarize("OPD-X", "Dinas X", 2026, new BigDecimal("20"),
                List.of(jp("0"), jp("9.99"), jp("10"), jp("25")));

        assertThat(group.headcount()).isEqualTo(4);
        assertThat(group.compliant()).isEqualTo(1);
        assertThat(group.compliancePercent()).isEqualByComparingTo("25.00");
        assertThat(group.totalJp()).isEqualByComparingTo("44.99");
        assertThat(group.meanJp()).isEqualByComparingTo("11.25");
        assertThat(group.medianJp()).isEqualByComparingTo("10.00");
        assertThat(group.distribution()).extracting(Bucket::label, Bucket::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0", 1), org.assertj.core.groups.Tuple.tuple(">0-<10", 1),
                org.assertj.core.groups.Tuple.tuple("10-<20", 1), org.assertj.core.groups.Tuple.tuple(">=20", 1));
    }

    @Test
    void theBandsFollowAConfiguredTarget() {
        // target 15: half 7.5; 7.49 → >0-<7.5, 7.5 → 7.5-<15, 15 → >=15 (exactly the target complies)
        GroupSummary group = Figures.summarize("OPD-X", null, 2026, new BigDecimal("15"),
                List.of(jp("7.49"), jp("7.5"), jp("15")));

        assertThat(group.distribution()).extracting(Bucket::label, Bucket::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0", 0), org.assertj.core.groups.Tuple.tuple(">0-<7.5", 1),
                org.assertj.core.groups.Tuple.tuple("7.5-<15", 1), org.assertj.core.groups.Tuple.tuple(">=15", 1));
        assertThat(group.compliant()).isEqualTo(1);
        assertThat(group.compliancePercent()).isEqualByComparingTo("33.33");
        assertThat(group.medianJp()).isEqualByComparingTo("7.50");
    }

    @Test
    void anEmptyGroupHasNoRateRatherThanADivisionByZero() {
        GroupSummary group = Figures.summarize("OPD-X", null, 2026, new BigDecimal("20"), List.of());

        assertThat(group.headcount()).isZero();
        assertThat(group.compliancePercent()).isNull();
        assertThat(group.meanJp()).isEqualByComparingTo("0");
        assertThat(group.medianJp()).isEqualByComparingTo("0");
    }

    @Test
    void creditsWithUnknownJpAreCountedButAddNoJp() {
        Credit known = new Credit("s1", "t", "a", "MANAJERIAL", new BigDecimal("4.5"), "STATEMENT", null,
                java.time.LocalDate.of(2026, 1, 1), "C1", "p", "moodle:x");
        Credit unknownJp = new Credit("s2", "t", "a", "TEKNIS", null, "UNKNOWN", null,
                java.time.LocalDate.of(2026, 1, 2), "C2", "p", "moodle:x");
        Credit unknownType = new Credit("s3", "t", "a", null, new BigDecimal("2"), "MAPPING", null,
                java.time.LocalDate.of(2026, 1, 3), "C3", "p", "moodle:x");

        JpTotals totals = JpTotals.of(List.of(known, unknownJp, unknownType));

        assertThat(totals).isEqualTo(new JpTotals(new BigDecimal("6.5"), BigDecimal.ZERO, new BigDecimal("4.5"),
                BigDecimal.ZERO, new BigDecimal("2"), 1, 3));
        assertThat(totals.totalJp().toPlainString()).isEqualTo("6.50");
    }
}
