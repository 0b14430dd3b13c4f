package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.KinerjaRead;
import id.jembatan.hr.kinerja.KinerjaRow;
import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code kinerja-performance} over what changed in e-Kinerja since its watermark. It travels as the body
 * of the Camel exchange from step to step and counts what the run did.
 */
public final class PerformancePass implements FlowPass {

    /** A statement waiting for delivery; {@code periodKey} is set for a {@code rated} statement, null for a voiding. */
    record Pending(String recordKey, Statement statement, String periodKey) {
    }


    private final KinerjaRead source;
    private boolean more;

    List<KinerjaRow> rows = List.of();
    final List<Pending> pending = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    List<DeliveryOutcome> outcomes = List.of();
    Map<String, String> previous = Map.of();

    private long read;
    private long delivered;
    private long voided;
    private long deadLettered;
    private long pages;

    PerformancePass(KinerjaRead read) {
        this.source = read;
        this.more = read.hasMore();
    }

    /** Whether more remains to be read. */
    public boolean isMore() {
        return more;
    }

    KinerjaRead reader() {
        return source;
    }

    void pageRead(List<KinerjaRow> page) {
        rows = page;
        pending.clear();
        rejected.clear();
        outcomes = List.of();
        previous = Map.of();
        read += page.size();
        pages++;
    }

    void committed(long deliveredNow, long voidedNow, long deadLetteredNow) {
        delivered += deliveredNow;
        voided += voidedNow;
        deadLettered += deadLetteredNow;
        more = source.hasMore();
    }

    /** Records read from e-Kinerja. */
    public long read() {
        return read;
    }

    /** {@code rated} statements the LRS accepted (or already held with the same content). */
    public long delivered() {
        return delivered;
    }

    /** Earlier statements voided because their period was rated anew. */
    public long voided() {
        return voided;
    }

    /** Records and statements put in the dead-letter store (invalid, contradictory, refused by the LRS). */
    public long deadLettered() {
        return deadLettered;
    }

    /** Pages read. */
    public long pages() {
        return pages;
    }

    @Override
    public PassCounts counts() {
        return new PassCounts(read, delivered + voided, Math.max(0, read - delivered - deadLettered), deadLettered);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("dibaca/read %,d, terkirim/delivered %,d, dibatalkan/voided %,d,"
                + " surat mati/dead-lettered %,d", read, delivered, voided, deadLettered);
    }
}
