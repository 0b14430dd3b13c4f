package id.jembatan.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, spread and percentiles of a few measurements. */
public final class Stats {

    private final List<Double> sorted;

    public Stats(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        sorted = new ArrayList<>(values);
        Collections.sort(sorted);
    }

    public double median() {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return sorted.get(0);
    }

    public double max() {
        return sorted.get(sorted.size() - 1);
    }

    /** The nearest-rank percentile {@code p} (0 to 100). */
    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public int count() {
        return sorted.size();
    }

    /** "median (min–max, n runs)" with {@code format} applied to each number. */
    String summary(String format) {
        return String.format(format, median()) + " (min " + String.format(format, min()) + ", max "
                + String.format(format, max()) + ", n=" + sorted.size() + ")";
    }
}
