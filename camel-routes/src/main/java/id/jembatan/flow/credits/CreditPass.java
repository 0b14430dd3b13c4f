package id.jembatan.flow.credits;

import id.jembatan.hr.simpeg.SimpegCredits;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.Verb;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * One run of {@code lrs-credits}: the {@code completed}, then the {@code passed}, then the {@code voided} statements
 * stored since each one's watermark, page by page. It travels as the body of the Camel exchange from step to step and
 * counts what the run did.
 */
public final class CreditPass implements FlowPass {

    /** The verbs read, in this order: credits before the voidings that may reverse them. */
    enum Stage {
        COMPLETED(XapiProfile.COMPLETED, "completed"),
        PASSED(XapiProfile.PASSED, "passed"),
        VOIDED(XapiProfile.VOIDED, "voided");

        final Verb verb;
        final String key;

        Stage(Verb verb, String key) {
            this.verb = verb;
            this.key = key;
        }
    }


    private final List<Stage> stages;
    private int stage;
    private boolean more;

    /** The statements a replay reads again by id ({@link CreditSource#replay}); empty in a pass over the LRS. */
    List<UUID> replayIds = List.of();
    /** The next page of the current stage, or null to start it with a query. */
    URI nextPage;
    /** That page being read ahead ({@link CreditSource}), and the address it is read from. */
    Future<CreditSource.AheadPage> ahead;
    URI aheadOf;
    /** {@code X-Experience-API-Consistent-Through} of the stage's first page: nothing stored later is read. */
    Instant bound;
    /** The stored time of the last statement of the page, the watermark once it is committed. */
    Instant lastStored;
    boolean stageDone;

    List<Statement> statements = List.of();
    /** What each of {@link #statements} translates to, when the read ahead did it already; else null. */
    List<CreditTranslator.Outcome> translated;
    final List<Credit> fresh = new ArrayList<>();
    final List<Credit> unwritten = new ArrayList<>();
    final Map<UUID, StoredCredit> voids = new LinkedHashMap<>();
    final Map<UUID, UUID> voidedBy = new LinkedHashMap<>();
    final List<Rejected> rejected = new ArrayList<>();
    /** The course credits the page's voidings of course steps ask to flag for review. */
    final List<CreditTranslator.CourseReview> reviews = new ArrayList<>();
    /** SIMPEG's answer per NIP for the whole pass: a NIP is looked up once. */
    final Map<String, Optional<SimpegCredits.AsnUnit>> asn = new HashMap<>();
    final Set<Integer> years = new TreeSet<>();
    long skippedNow;
    long alreadyNow;
    long duplicateNow;
    long creditedNow;
    long jpUnknownNow;
    long voidedNow;
    long simpegWrittenNow;
    long flaggedNow;

    private long read;
    private long credited;
    private long jpUnknown;
    private long voided;
    private long skipped;
    private long already;
    private long duplicates;
    private long deadLettered;
    private long simpegWritten;
    private long flagged;
    private long siasnPushed;
    private long siasnPending;
    private long pages;
    private long gone;

    CreditPass(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.more = !stages.isEmpty();
    }

    /** Whether more remains to be read. */
    public boolean isMore() {
        return more;
    }

    Stage stage() {
        return stages.get(stage);
    }

    void pageRead(List<Statement> page, List<CreditTranslator.Outcome> outcomes, URI next, Instant last,
                  boolean done) {
        statements = page;
        translated = outcomes;
        nextPage = next;
        lastStored = last;
        stageDone = done;
        fresh.clear();
        unwritten.clear();
        voids.clear();
        voidedBy.clear();
        rejected.clear();
        reviews.clear();
        skippedNow = 0;
        alreadyNow = 0;
        duplicateNow = 0;
        resetWritten();
        read += page.size();
        pages++;
    }

    void resetWritten() {
        creditedNow = 0;
        jpUnknownNow = 0;
        voidedNow = 0;
        simpegWrittenNow = 0;
        flaggedNow = 0;
    }

    void committed(long deadLetteredNow) {
        credited += creditedNow;
        jpUnknown += jpUnknownNow;
        voided += voidedNow;
        skipped += skippedNow;
        already += alreadyNow;
        duplicates += duplicateNow;
        simpegWritten += simpegWrittenNow;
        flagged += flaggedNow;
        deadLettered += deadLetteredNow;
        if (stageDone) {
            stage++;
            nextPage = null;
            bound = null;
            more = stage < stages.size();
        }
    }

    void pushed(long count, long pending) {
        siasnPushed += count;
        siasnPending = pending;
    }

    void gone(long count) {
        gone += count;
    }

    void deadLettered(long count) {
        deadLettered += count;
    }

    /** Statements read from the LRS. */
    public long read() {
        return read;
    }

    /** Credits added to the ledger. */
    public long credited() {
        return credited;
    }

    /** Of {@link #credited()}, those held with JP unknown. */
    public long jpUnknown() {
        return jpUnknown;
    }

    /** Credits reversed by a voiding statement. */
    public long voided() {
        return voided;
    }

    /** Statements that are no credit (other verbs, activity steps). */
    public long skipped() {
        return skipped;
    }

    /** Statements whose credit the ledger already held (a rerun, the overlap at the watermark). */
    public long already() {
        return already;
    }

    /** Statements for learning already credited under another statement (same NIP, activity and day). */
    public long duplicates() {
        return duplicates;
    }

    /** Statements and credits put in the dead-letter store. */
    public long deadLettered() {
        return deadLettered;
    }

    /** Credits flagged for review ("perlu ditinjau"): their course's step was marked incomplete after. */
    public long flagged() {
        return flagged;
    }

    /** Riwayat diklat rows written to SIMPEG. */
    public long simpegWritten() {
        return simpegWritten;
    }

    /** Credits pushed to the SIASN-shaped API. */
    public long siasnPushed() {
        return siasnPushed;
    }

    /** The credit years this pass changed, for HR's summary. */
    public Set<Integer> years() {
        return Set.copyOf(years);
    }

    /** Statements a replay asked for that the LRS no longer returns (voided since they were dead-lettered). */
    public long gone() {
        return gone;
    }

    /** Pages read. */
    public long pages() {
        return pages;
    }

    @Override
    public PassCounts counts() {
        return new PassCounts(read, credited + voided, skipped + already + duplicates, deadLettered);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("dibaca/read %,d, dikreditkan/credited %,d, JP tidak diketahui/JP unknown %,d,"
                + " dibatalkan/voided %,d, surat mati/dead-lettered %,d, ditulis ke SIMPEG/SIMPEG written %,d,"
                + " dikirim ke SIASN/SIASN pushed %,d; dilewati/skipped %,d, sudah ada/already %,d,"
                + " ganda/duplicates %,d%s", read, credited, jpUnknown, voided, deadLettered, simpegWritten,
                siasnPushed, skipped, already, duplicates,
                siasnPending > 0 ? String.format(", SIASN tertunda/pending %,d", siasnPending) : "")
                + (flagged > 0 ? String.format(", perlu ditinjau/flagged for review %,d", flagged) : "")
                + (gone > 0 ? String.format(", tidak ada lagi di LRS (dibatalkan)/no longer in the LRS (voided) %,d",
                gone) : "");
    }
}
