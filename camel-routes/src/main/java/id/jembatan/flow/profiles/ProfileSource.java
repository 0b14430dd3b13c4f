package id.jembatan.flow.profiles;

import id.jembatan.hr.simpeg.Cursor;
import id.jembatan.hr.simpeg.Page;
import id.jembatan.hr.simpeg.SimpegSource;
import id.jembatan.hr.simpeg.SimpegTable;
import id.jembatan.support.state.WatermarkStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source of {@code hr-profiles}: SIMPEG's ASN and interns, read with keyset paging on
 * {@code (updated_at, key)} from the watermark ({@code hr-profiles}/{@code asn} and {@code interns}, value
 * {@code <updated_at>|<key>}) up to the greatest {@code updated_at} present when the pass started; or in full
 * by key for the reconcile, which compares every profile with what was last sent and so also catches changes a
 * source did not stamp, and internships that ended.
 *
 * <p>The reconcile is due every {@code reconcile-every}, counted from the start of the last one that finished: the
 * watermark {@code hr-profiles}/{@code reconcile-due} holds when the next one is due, so a restart keeps the schedule
 * instead of starting the count again. Before any reconcile finished, the first is due {@code reconcile-every} after
 * the bridge first looked.
 */
public class ProfileSource {

    static final String FLOW = "hr-profiles";
    /** The watermark key of the time the next scheduled reconcile is due (an ISO-8601 instant). */
    static final String RECONCILE_DUE = "reconcile-due";

    private final SimpegSource simpeg;
    private final WatermarkStore watermarks;
    private final int pageSize;
    private final Clock clock;
    private final Duration reconcileEvery;

    public ProfileSource(SimpegSource simpeg, WatermarkStore watermarks, int pageSize) {
        this(simpeg, watermarks, pageSize, Clock.systemUTC(), Duration.ofDays(1));
    }

    /** @param reconcileEvery time from the start of one finished reconcile to the next scheduled one */
    public ProfileSource(SimpegSource simpeg, WatermarkStore watermarks, int pageSize, Clock clock,
                         Duration reconcileEvery) {
        this.simpeg = simpeg;
        this.watermarks = watermarks;
        this.pageSize = pageSize;
        this.clock = clock;
        this.reconcileEvery = reconcileEvery;
    }

    /** A pass over what changed in SIMPEG since the last one, up to now. */
    public ProfilePass startChanges() {
        List<ProfilePass.Stage> stages = new ArrayList<>();
        for (ProfilePass.Table table : ProfilePass.Table.values()) {
            Optional<LocalDateTime> bound = table(table).captureUpperBound();
            bound.ifPresent(upper -> stages.add(new ProfilePass.Stage(table, upper)));
        }
        return new ProfilePass(false, stages);
    }

    /** A pass over every ASN and intern; when it finishes, the next scheduled one is due {@code reconcile-every} later. */
    public ProfilePass startReconcile() {
        return new ProfilePass(true, List.of(new ProfilePass.Stage(ProfilePass.Table.ASN, null),
                new ProfilePass.Stage(ProfilePass.Table.INTERNS, null)), clock.instant().plus(reconcileEvery));
    }

    /**
     * The scheduled reconcile: {@link #startReconcile()} when it is due, else a pass with nothing to read. The first
     * time the schedule is looked at, it records that the first reconcile is due {@code reconcile-every} from now.
     */
    public ProfilePass startDueReconcile() {
        Instant now = clock.instant();
        Optional<Instant> due = watermarks.get(FLOW, RECONCILE_DUE).map(Instant::parse);
        if (due.isEmpty()) {
            watermarks.advance(FLOW, RECONCILE_DUE, now.plus(reconcileEvery).toString());
            return new ProfilePass(true, List.of(), null);
        }
        return now.isBefore(due.get()) ? new ProfilePass(true, List.of(), null) : startReconcile();
    }

    /** When the next scheduled reconcile is due, if the schedule was ever looked at. */
    public Optional<Instant> reconcileDue() {
        return watermarks.get(FLOW, RECONCILE_DUE).map(Instant::parse);
    }

    /** Reads the next page of the current table into the pass. */
    public ProfilePass readPage(ProfilePass pass) {
        ProfilePass.Stage stage = pass.stage();
        if (pass.cursor == null) {
            pass.cursor = pass.isReconcile() ? Cursor.START
                    : watermarks.get(FLOW, stage.table().key).map(ProfileSource::parse).orElse(Cursor.START);
        }
        SimpegTable<?> table = table(stage.table());
        Page<?> page = pass.isReconcile() ? table.allAfter(pass.cursor, pageSize)
                : table.changedSince(pass.cursor, stage.upperBound(), pageSize);
        pass.pageRead(page.rows(), page.next(), page.hasMore());
        return pass;
    }

    private SimpegTable<?> table(ProfilePass.Table table) {
        return table == ProfilePass.Table.ASN ? simpeg.asn() : simpeg.interns();
    }

    static String format(Cursor cursor) {
        return cursor.updatedAt() + "|" + cursor.key();
    }

    static Cursor parse(String value) {
        int bar = value.indexOf('|');
        return new Cursor(LocalDateTime.parse(value.substring(0, bar)), value.substring(bar + 1));
    }
}
