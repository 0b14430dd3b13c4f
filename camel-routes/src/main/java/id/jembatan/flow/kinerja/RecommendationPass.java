package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.KinerjaRead;
import id.jembatan.hr.kinerja.KinerjaRow;
import id.jembatan.moodle.Course;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code kinerja-recommendations} over what changed in e-Kinerja since its watermark: the page in hand,
 * its assignments, and what the run did so far. Travels as the body of the Camel exchange.
 */
public final class RecommendationPass implements FlowPass {


    /** An entry for the audit log. */
    record Audit(String action, String subject, String detail) {
    }

    private final KinerjaRead source;
    private boolean more;

    List<KinerjaRow> rows = List.of();
    final List<Assignment> assignments = new ArrayList<>();
    final Map<String, String> marks = new LinkedHashMap<>();
    final List<Rejected> refused = new ArrayList<>();
    final List<Audit> audit = new ArrayList<>();
    /** Courses found per reference during this run (null value: not in Moodle). */
    final Map<RecommendationRule.CourseRef, Course> courses = new HashMap<>();
    boolean applied;

    long enrolledNow;
    long alreadyEnrolledNow;
    long alreadyCompletedNow;
    long unchangedNow;
    long skippedNow;
    long sentNow;
    long messageFailedNow;

    private long read;
    private long enrolled;
    private long alreadyEnrolled;
    private long alreadyCompleted;
    private long unchanged;
    private long skipped;
    private long sent;
    private long messageFailed;
    private long deadLettered;

    RecommendationPass(KinerjaRead read) {
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
        assignments.clear();
        marks.clear();
        refused.clear();
        audit.clear();
        applied = false;
        enrolledNow = 0;
        alreadyEnrolledNow = 0;
        alreadyCompletedNow = 0;
        unchangedNow = 0;
        skippedNow = 0;
        sentNow = 0;
        messageFailedNow = 0;
        read += page.size();
    }

    void committed(long deadLetteredNow) {
        enrolled += enrolledNow;
        alreadyEnrolled += alreadyEnrolledNow;
        alreadyCompleted += alreadyCompletedNow;
        unchanged += unchangedNow;
        skipped += skippedNow;
        sent += sentNow;
        messageFailed += messageFailedNow;
        deadLettered += deadLetteredNow;
        more = source.hasMore();
    }

    /** Records read from e-Kinerja. */
    public long read() {
        return read;
    }

    /** Enrolments made. */
    public long enrolled() {
        return enrolled;
    }

    /** Recommended courses the ASN was already enrolled in (not enrolled again). */
    public long alreadyEnrolled() {
        return alreadyEnrolled;
    }

    /** Recommended courses the ASN had already completed (not enrolled again). */
    public long alreadyCompleted() {
        return alreadyCompleted;
    }

    /** Assignments handled by an earlier run (once per NIP, course and period). */
    public long unchanged() {
        return unchanged;
    }

    /** Records that matched no rule, or could not be read (those are dead-lettered by {@code kinerja-performance}). */
    public long skipped() {
        return skipped;
    }

    /** Messages Moodle sent (to ASN and evaluators). */
    public long messagesSent() {
        return sent;
    }

    /** Messages Moodle refused ({@code msgid} -1), each also a dead letter naming the user. */
    public long messagesFailed() {
        return messageFailed;
    }

    /** Assignments, messages and records put in the dead-letter store. */
    public long deadLettered() {
        return deadLettered;
    }

    @Override
    public PassCounts counts() {
        return new PassCounts(read, enrolled + sent, skipped + alreadyEnrolled + alreadyCompleted + unchanged, deadLettered);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("dibaca/read %,d, didaftarkan/enrolled %,d, sudah terdaftar/already enrolled %,d,"
                        + " sudah selesai/already completed %,d, tidak berubah/unchanged %,d, tanpa rekomendasi/no"
                        + " recommendation %,d, pesan terkirim/messages sent %,d, pesan gagal/messages failed %,d,"
                        + " surat mati/dead-lettered %,d", read, enrolled, alreadyEnrolled, alreadyCompleted, unchanged,
                skipped, sent, messageFailed, deadLettered);
    }
}
