package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.KinerjaPage;
import id.jembatan.hr.kinerja.KinerjaRead;
import id.jembatan.hr.kinerja.KinerjaRow;
import id.jembatan.hr.kinerja.KinerjaSource;
import java.util.ArrayList;
import java.util.List;

/** An e-Kinerja of records in a list; the watermark is the number of records read. */
final class ListSource implements KinerjaSource {

    final List<KinerjaRow> rows = new ArrayList<>();

    @Override
    public String kind() {
        return "list";
    }

    @Override
    public String describe() {
        return "list";
    }

    @Override
    public KinerjaRead open(String watermark, int pageSize) {
        int from = watermark == null ? 0 : Integer.parseInt(watermark);
        List<KinerjaRow> snapshot = List.copyOf(rows);
        return new KinerjaRead() {
            private int next = from;
            private boolean more = from < snapshot.size();

            @Override
            public boolean hasMore() {
                return more;
            }

            @Override
            public KinerjaPage next() {
                int to = Math.min(snapshot.size(), next + pageSize);
                KinerjaPage page = new KinerjaPage(snapshot.subList(next, to));
                next = to;
                more = to < snapshot.size();
                return page;
            }

            @Override
            public String checkpoint() {
                return Integer.toString(next);
            }
        };
    }
}
