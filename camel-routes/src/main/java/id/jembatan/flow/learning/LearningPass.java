package id.jembatan.flow.learning;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.moodle.log.LogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of {@code moodle-learning} over a range of the log: where it stands, the page in hand, and what
 * it has done so far. It travels as the body of the Camel exchange from step to step.
 */
public final class LearningPass {

    private final String watermarkKey;
    private final long upToId;
    private final long total;
    private final Consumer<LearningPass> progress;
    private long afterId;
    private boolean more = true;

    List<LogRow> rows = List.of();
    List<LearningEvent> events = List.of();
    final List<Pending> pending = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    List<DeliveryOutcome> outcomes = List.of();
    Map<String, String> storedMarks = Map.of();

    private long read;
    private long delivered;
    private long skipped;
    private long deadLettered;
    private long pages;

    LearningPass(String watermarkKey, long afterId, long upToId, long total, Consumer<LearningPass> progress) {
        this.watermarkKey = watermarkKey;
        this.afterId = afterId;
        this.upToId = upToId;
        this.total = total;
        this.progress = progress == null ? pass -> { } : progress;
        this.more = afterId < upToId;
    }

    /** A statement waiting for delivery, and what to remember once it is delivered. */
    record Pending(String recordKey, Translation.Emit emit) {
    }

    /** A record that goes to the dead-letter store. */
    record Rejected(String recordKey, String payload, String reason, String errorClass) {
    }

    /** Whether more of the range remains to be read. */
    public boolean isMore() {
        return more;
    }

    void pageRead(List<LogRow> page, int pageSize) {
        rows = page;
        events = List.of();
        pending.clear();
        rejected.clear();
        outcomes = List.of();
        storedMarks = Map.of();
        read += page.size();
        pages++;
        more = page.size() == pageSize;
    }

    /** The id after which the next page starts; the last row of the page once it is committed. */
    long afterId() {
        return afterId;
    }

    long upToId() {
        return upToId;
    }

    String watermarkKey() {
        return watermarkKey;
    }

    void committed(long lastId, long deliveredNow, long skippedNow, long deadLetteredNow) {
        afterId = lastId;
        delivered += deliveredNow;
        skipped += skippedNow;
        deadLettered += deadLetteredNow;
        if (afterId >= upToId) {
            more = false;
        }
        progress.accept(this);
    }

    /** Rows read so far. */
    public long read() {
        return read;
    }

    /** Statements the LRS accepted (or already held with the same content). */
    public long delivered() {
        return delivered;
    }

    /** Rows that needed no statement (e.g. an activity marked incomplete that was never sent as complete). */
    public long skipped() {
        return skipped;
    }

    /** Rows and statements put in the dead-letter store. */
    public long deadLettered() {
        return deadLettered;
    }

    /** Relevant rows in the whole range, counted at the start (for progress). */
    public long total() {
        return total;
    }

    /** Pages handled. */
    public long pages() {
        return pages;
    }

    /** The log id the pass has committed up to. */
    public long position() {
        return afterId;
    }

    /** One line for the admin: what the pass read and did. */
    public String summary() {
        return String.format("dibaca/read %,d, terkirim/delivered %,d, dilewati/skipped %,d, surat mati/dead-lettered %,d",
                read, delivered, skipped, deadLettered);
    }
}
