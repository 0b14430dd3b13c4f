package id.jembatan.flow.learning;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.xapi.CheckedStatement;
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One run of {@code moodle-learning} over a range of the log: where it stands, the page in hand, and what
 * it has done so far. It travels as the body of the Camel exchange from step to step.
 */
public final class LearningPass implements FlowPass {

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
    /**
     * What the page's look-up in Moodle's log found for its "incomplete" rows of learners and activities the pass had
     * not met ({@link LearningSteps#translate}): per pair, the latest activity completion row before the rows the pass
     * has read.
     */
    Map<ContextUser, LogRow> priorCompletions = Map.of();
    /** The activity completion rows the pass has translated, shared with the pages it prepares ahead. */
    private CompletionHistory history;

    /** The next page, being prepared on another thread while this one is delivered and committed; or null. */
    private Future<LearningPass> next;
    /** How far the page in hand was prepared ahead; null when it was not. */
    private Stage prepared;
    /** The stage that failed while the page was prepared ahead, and its failure; thrown by that stage's step. */
    private Stage failedAt;
    private RuntimeException failure;

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
        this.history = new CompletionHistory(afterId);
    }

    /**
     * A statement waiting for delivery, and what to remember once it is delivered.
     *
     * @param checked the statement as validated where it was translated, or null to validate it at delivery
     */
    record Pending(String recordKey, Translation.Emit emit, CheckedStatement checked) {

        Pending(String recordKey, Translation.Emit emit) {
            this(recordKey, emit, null);
        }

        CheckedStatement checkedStatement() {
            return checked != null ? checked : CheckedStatement.of(emit.statement());
        }
    }

    /**
     * What the commit of a delivered page needs, taken from the pass in one piece.
     */
    record Delivered(List<Pending> pending, List<DeliveryOutcome> outcomes, List<Rejected> rejected, int rows,
                     long lastId, boolean more) {
    }

    /** The page in hand as delivered, for its commit. */
    Delivered deliveredPage() {
        long lastId = rows.isEmpty() ? upToId : rows.get(rows.size() - 1).id();
        return new Delivered(List.copyOf(pending), outcomes, List.copyOf(rejected), rows.size(), lastId, more);
    }

    /** Where the next page starts: after the page in hand, which may not be committed yet. */
    long readPosition() {
        return rows.isEmpty() ? afterId : Math.max(afterId, rows.get(rows.size() - 1).id());
    }

    /** The steps of a page that can run ahead of the route ({@link PagePrefetch}), in order. */
    enum Stage {
        READ, ENRICH, TRANSLATE
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
        priorCompletions = Map.of();
        prepared = null;
        failedAt = null;
        failure = null;
        read += page.size();
        pages++;
        more = page.size() == pageSize;
    }

    /**
     * Whether {@code stage} was done for the page in hand ahead of the route, so that its step has nothing to do.
     *
     * @throws RuntimeException what the stage failed with ahead of the route, once: the step's retry then runs it
     */
    boolean preparedAhead(Stage stage) {
        if (failedAt == stage) {
            RuntimeException thrown = failure;
            failedAt = null;
            failure = null;
            throw thrown;
        }
        return prepared != null && prepared.compareTo(stage) >= 0;
    }

    /** A pass of its own for the page after the one in hand, to be prepared on another thread. */
    LearningPass forNextPage(long lastRowId) {
        LearningPass ahead = new LearningPass(watermarkKey, lastRowId, upToId, total, null);
        ahead.history = history;
        return ahead;
    }

    /** The activity completion rows of the pages translated so far. */
    CompletionHistory history() {
        return history;
    }

    /** Records on a pass made by {@link #forNextPage} that {@code stage} is done, or failed with {@code thrown}. */
    void preparedUpTo(Stage stage, RuntimeException thrown) {
        if (thrown == null) {
            prepared = stage;
        } else {
            failedAt = stage;
            failure = thrown;
        }
    }

    /** The failure of reading the page ahead, or null. */
    RuntimeException readAheadFailure() {
        return failedAt == Stage.READ ? failure : null;
    }

    /** Takes the page prepared by {@link #forNextPage} as the page in hand, with what was done and failed on it. */
    void adopt(LearningPass ahead, int pageSize) {
        pageRead(ahead.rows, pageSize);
        events = ahead.events;
        if (ahead.failedAt != Stage.TRANSLATE) {
            pending.addAll(ahead.pending);
            rejected.addAll(ahead.rejected);
            priorCompletions = ahead.priorCompletions;
        }
        prepared = ahead.prepared;
        failedAt = ahead.failedAt;
        failure = ahead.failure;
    }

    boolean hasNext() {
        return next != null;
    }

    void next(Future<LearningPass> future) {
        next = future;
    }

    /** The next page being prepared, or null; the pass forgets it. */
    Future<LearningPass> takeNext() {
        Future<LearningPass> future = next;
        next = null;
        return future;
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

    @Override
    public PassCounts counts() {
        return new PassCounts(read, delivered, skipped, deadLettered, total);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("dibaca/read %,d, terkirim/delivered %,d, dilewati/skipped %,d, surat mati/dead-lettered %,d",
                read, delivered, skipped, deadLettered);
    }
}
