package id.jembatan.hr.simpeg;

import java.util.List;
import java.util.Objects;

/**
 * One page of a keyset read.
 *
 * @param rows the rows in query order, each mapped or rejected
 * @param next where the next page starts; the cursor that was asked for when the page is empty
 * @param hasMore whether the page was full, so that another page may follow
 */
public record Page<R>(List<R> rows, Cursor next, boolean hasMore) {

    public Page {
        rows = List.copyOf(rows);
        Objects.requireNonNull(next, "next");
    }

    /** The rows that could not be mapped, for the dead-letter store. */
    public List<RejectedRow> rejected() {
        return rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast).toList();
    }
}
