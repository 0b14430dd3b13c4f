package id.jembatan.flow.credits;

import java.util.Set;

/**
 * Hook the {@code lrs-credits} flow calls after each pass that changed credits, so that HR's
 * summary (e.g. the SIMPEG {@code ringkasan_kompetensi} table) follows the ledger. Optional: the
 * flow works without an implementation.
 */
public interface SummaryRefresh {

    /**
     * Refreshes HR's summary for these credit years.
     *
     * @param years the credit years touched by the pass (credits added, changed or voided)
     */
    void refresh(Set<Integer> years);
}
