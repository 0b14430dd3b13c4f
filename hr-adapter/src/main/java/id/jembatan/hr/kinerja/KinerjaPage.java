package id.jembatan.hr.kinerja;

import java.util.List;

/** One page of e-Kinerja records, each a {@link PeriodResult} or a {@link RejectedRecord}, in source order. */
public record KinerjaPage(List<KinerjaRow> rows) {

    public KinerjaPage {
        rows = List.copyOf(rows);
    }
}
