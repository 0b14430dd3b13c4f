package id.jembatan.bridge.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a group of ASN: compliance, mean, median and the JP bands. The bands follow the target: 0,
 * more than 0 and under half the target, half the target and under the target, at least the target (with the
 * default 20 JP: 0, >0-&lt;10, 10-&lt;20, >=20).
 */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Figures() {
    }

    static GroupSummary summarize(String opdCode, String opdName, int year, BigDecimal target, List<JpTotals> members) {
        BigDecimal half = target.divide(TWO, 2, RoundingMode.HALF_UP);
        int[] bands = new int[4];
        int compliant = 0;
        int withUnknown = 0;
        int review = 0;
        BigDecimal total = BigDecimal.ZERO;
        List<BigDecimal> sorted = new ArrayList<>(members.size());
        for (JpTotals member : members) {
            BigDecimal jp = member.totalJp();
            sorted.add(jp);
            total = total.add(jp);
            if (member.meets(target)) {
                compliant++;
            }
            review += member.creditsNeedingReview();
            if (member.unknownJpCount() > 0) {
                withUnknown++;
            }
            if (jp.signum() == 0) {
                bands[0]++;
            } else if (jp.compareTo(half) < 0) {
                bands[1]++;
            } else if (jp.compareTo(target) < 0) {
                bands[2]++;
            } else {
                bands[3]++;
            }
        }
        sorted.sort(null);
        int n = members.size();
        String h = plain(half);
        String t = plain(target);
        List<Bucket> distribution = List.of(
                new Bucket("0", BigDecimal.ZERO, BigDecimal.ZERO, bands[0]),
                new Bucket(">0-<" + h, BigDecimal.ZERO, half, bands[1]),
                new Bucket(h + "-<" + t, half, target, bands[2]),
                new Bucket(">=" + t, target, null, bands[3]));
        return new GroupSummary(opdCode, opdName, year, target, n, compliant,
                n == 0 ? null : BigDecimal.valueOf(compliant).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 2,
                        RoundingMode.HALF_UP),
                JpTotals.jp(total),
                n == 0 ? JpTotals.jp(BigDecimal.ZERO) : total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP),
                median(sorted), withUnknown, distribution, review);
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return JpTotals.jp(BigDecimal.ZERO);
        }
        if (n % 2 == 1) {
            return JpTotals.jp(sorted.get(n / 2));
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
