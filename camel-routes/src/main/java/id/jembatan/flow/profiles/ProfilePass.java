package id.jembatan.flow.profiles;

import id.jembatan.hr.simpeg.Cursor;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code hr-profiles}: the ASN first, then the interns, each either as the changes since the
 * watermark up to the bound captured at the start, or in full (the reconcile). It travels as the body of the
 * Camel exchange from step to step and counts what the run did.
 */
public final class ProfilePass implements FlowPass {

    /** The SIMPEG tables a pass reads, in order. */
    enum Table {
        ASN("asn"), INTERNS("interns");

        final String key;

        Table(String key) {
            this.key = key;
        }
    }

    /** One table to read, with the bound captured at the start (null for the reconcile). */
    record Stage(Table table, LocalDateTime upperBound) {
    }


    private final boolean reconcile;
    private final List<Stage> stages;
    private final Instant nextReconcileDue;
    private int stage;
    private boolean more;

    Cursor cursor;
    List<?> rows = List.of();
    Cursor next;
    boolean pageFull;

    final List<MoodleProfile> changed = new ArrayList<>();
    final Map<String, SentState> previous = new HashMap<>();
    final List<Rejected> rejected = new ArrayList<>();
    final List<Rejected> refused = new ArrayList<>();
    final List<MoodleProfile> sent = new ArrayList<>();
    /**
     * NIP to reason: the ASN of the page whose credits get a review flag, because they left SIMPEG's active list or
     * (seen by the reconcile) their Moodle account is suspended while SIMPEG lists them active.
     */
    final Map<String, String> reviews = new LinkedHashMap<>();
    /** In a reconcile, the page's active ASN whose account matched what was last sent: their suspension is looked up. */
    final List<MoodleProfile> unchangedActive = new ArrayList<>();
    final Map<String, Long> accountIds = new HashMap<>();
    final Map<String, Long> cohortIds = new HashMap<>();
    boolean cohortsLoaded;
    long unchangedNow;
    long createdNow;
    long updatedNow;
    long suspendedNow;
    long noAccountNow;
    long flaggedNow;

    private long read;
    private long created;
    private long updated;
    private long suspended;
    private long flagged;
    private long unchanged;
    private long deadLettered;
    private long pages;

    ProfilePass(boolean reconcile, List<Stage> stages) {
        this(reconcile, stages, null);
    }

    /** @param nextReconcileDue for a reconcile, when the next scheduled one is due once this one finished */
    ProfilePass(boolean reconcile, List<Stage> stages, Instant nextReconcileDue) {
        this.reconcile = reconcile;
        this.stages = List.copyOf(stages);
        this.nextReconcileDue = nextReconcileDue;
        this.more = !stages.isEmpty();
    }

    /** Whether more remains to be read. */
    public boolean isMore() {
        return more;
    }

    /** Whether this is the full reconcile rather than the changes since the watermark. */
    public boolean isReconcile() {
        return reconcile;
    }

    /** For a reconcile, when the next scheduled one is due after this one finished; null otherwise. */
    Instant nextReconcileDue() {
        return nextReconcileDue;
    }

    Stage stage() {
        return stages.get(stage);
    }

    void pageRead(List<?> page, Cursor nextCursor, boolean full) {
        rows = page;
        next = nextCursor;
        pageFull = full;
        changed.clear();
        unchangedActive.clear();
        previous.clear();
        rejected.clear();
        unchangedNow = 0;
        resetApplied();
        read += page.size();
        pages++;
    }

    void resetApplied() {
        refused.clear();
        sent.clear();
        reviews.clear();
        accountIds.clear();
        createdNow = 0;
        updatedNow = 0;
        suspendedNow = 0;
        noAccountNow = 0;
        flaggedNow = 0;
    }

    void committed(long deadLetteredNow) {
        created += createdNow;
        updated += updatedNow;
        suspended += suspendedNow;
        flagged += flaggedNow;
        unchanged += unchangedNow + noAccountNow;
        deadLettered += deadLetteredNow;
        cursor = next;
        if (!pageFull) {
            stage++;
            cursor = null;
            more = stage < stages.size();
        }
    }

    /** Rows read from SIMPEG. */
    public long read() {
        return read;
    }

    /** Accounts created in Moodle. */
    public long created() {
        return created;
    }

    /** Accounts updated in Moodle (other than suspended), reactivations included. */
    public long updated() {
        return updated;
    }

    /** Accounts suspended in Moodle. */
    public long suspended() {
        return suspended;
    }

    /**
     * Competency credits flagged for review ("perlu ditinjau") because their ASN left SIMPEG's active list or their
     * Moodle account is suspended.
     */
    public long flagged() {
        return flagged;
    }

    /** Rows whose account already matched what was last sent, or that need no account. */
    public long unchanged() {
        return unchanged;
    }

    /** Rows put in the dead-letter store. */
    public long deadLettered() {
        return deadLettered;
    }

    /** Pages read. */
    public long pages() {
        return pages;
    }

    @Override
    public PassCounts counts() {
        return new PassCounts(read, created + updated + suspended, unchanged, deadLettered);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("dibaca/read %,d, dibuat/created %,d, diperbarui/updated %,d, ditangguhkan/suspended %,d,"
                + " tidak berubah/unchanged %,d, surat mati/dead-lettered %,d",
                read, created, updated, suspended, unchanged, deadLettered)
                + (flagged > 0 ? String.format(", kredit perlu ditinjau/credits flagged for review %,d", flagged) : "");
    }
}
