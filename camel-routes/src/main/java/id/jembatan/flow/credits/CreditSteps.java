package id.jembatan.flow.credits;

import id.jembatan.hr.siasn.RiwayatKursus;
import id.jembatan.hr.siasn.SiasnClient;
import id.jembatan.hr.siasn.SiasnException;
import id.jembatan.hr.simpeg.RiwayatDiklat;
import id.jembatan.hr.simpeg.SimpegCredits;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.support.Futures;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of an {@code lrs-credits} page after it was read: plan (translate; one ledger look-up by credit key
 * drops what the ledger already holds and learnings another statement already credited; check the NIPs against
 * SIMPEG), write (the ledger insert and SIMPEG's riwayat diklat in one state-store transaction, so the credit is
 * recorded as written without a second update, SIMPEG's upsert running alongside the ledger batch; voidings
 * likewise; a voided step of a course flags that course's credit for review, decision 0017), and commit (dead letters, then the watermark). A failure anywhere before commit leaves the watermark
 * unmoved, and the page read again finds its credits in the ledger and writes to SIMPEG only what is not marked
 * written there. After the last page, the SIASN push works through the ledger's outbox and HR's summary is
 * refreshed for the years the pass touched.
 */
public class CreditSteps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CreditSteps.class);

    private final CreditTranslator translator;
    private final CreditSettings settings;
    private final CreditLedger ledger;
    private final SimpegCredits simpeg;
    private final SiasnClient siasn;
    private final Supplier<SummaryRefresh> summary;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;
    private final ExecutorService simpegWriter = Futures.singleThread("lrs-credits-simpeg-write");

    /**
     * @param siasn   the SIASN-shaped API, or null when {@code jembatan.siasn.url} is not set
     * @param summary HR's summary, or a supplier of null when nothing implements {@link SummaryRefresh}
     */
    public CreditSteps(CreditSettings settings, CreditLedger ledger, SimpegCredits simpeg, SiasnClient siasn,
                       Supplier<SummaryRefresh> summary, DeadLetterStore deadLetters, WatermarkStore watermarks) {
        this.translator = new CreditTranslator(settings);
        this.settings = settings;
        this.ledger = ledger;
        this.simpeg = simpeg;
        this.siasn = siasn;
        this.summary = summary;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
    }

    /** Translates the page and decides, per statement, what to write. */
    public CreditPass plan(CreditPass pass) {
        Map<UUID, Credit> candidates = new LinkedHashMap<>();
        Map<UUID, UUID> voidings = new LinkedHashMap<>();
        Map<UUID, CreditTranslator.CourseReview> reviews = new LinkedHashMap<>();
        Map<UUID, Statement> byId = new LinkedHashMap<>();
        for (int i = 0; i < pass.statements.size(); i++) {
            Statement statement = pass.statements.get(i);
            CreditTranslator.Outcome outcome = pass.translated != null ? pass.translated.get(i)
                    : translator.translate(statement);
            if (outcome instanceof CreditTranslator.Credited credited) {
                candidates.putIfAbsent(credited.credit().statementId(), credited.credit());
                byId.put(statement.id(), statement);
            } else if (outcome instanceof CreditTranslator.Voiding voiding) {
                voidings.putIfAbsent(voiding.target(), voiding.voidingId());
                if (voiding.review() != null) {
                    reviews.putIfAbsent(voiding.target(), voiding.review());
                }
            } else if (outcome instanceof CreditTranslator.Rejected rejected) {
                pass.rejected.add(new Rejected(statement.id() == null ? "statement:" + statement.stored()
                        : statement.id().toString(), XapiJson.toJson(statement), rejected.reason(),
                        "lrs-credits.invalid-statement"));
            } else {
                pass.skippedNow++;
            }
        }
        Map<UUID, String> keyOf = new HashMap<>();
        candidates.values().forEach(credit -> keyOf.put(credit.statementId(), credit.creditKey()));
        Map<String, List<CreditLedger.KeyHolder>> holders = keyOf.isEmpty() ? Map.of()
                : ledger.holders(new HashSet<>(keyOf.values()));
        List<Credit> unknownYet = new ArrayList<>();
        for (Credit credit : candidates.values()) {
            List<CreditLedger.KeyHolder> held = holders.getOrDefault(keyOf.get(credit.statementId()), List.of());
            Optional<CreditLedger.KeyHolder> self = held.stream()
                    .filter(holder -> holder.statementId().equals(credit.statementId())).findFirst();
            if (self.isPresent()) {
                pass.alreadyNow++;
                if (self.get().active() && !self.get().simpegWritten()) {
                    pass.unwritten.add(credit);
                }
            } else if (held.stream().anyMatch(CreditLedger.KeyHolder::active)) {
                pass.duplicateNow++;
            } else {
                unknownYet.add(credit);
            }
        }
        lookUpNips(pass, unknownYet);
        Set<String> taken = new HashSet<>();
        for (Credit credit : unknownYet) {
            Optional<SimpegCredits.AsnUnit> asn = pass.asn.get(credit.nip());
            if (asn.isEmpty()) {
                pass.rejected.add(new Rejected(credit.statementId().toString(),
                        XapiJson.toJson(byId.get(credit.statementId())), "NIP " + credit.nip()
                        + " tidak ada di SIMPEG / is not in SIMPEG: tambahkan ASN ke SIMPEG lalu jalankan dead-letters "
                        + "replay, atau perbaiki NIP di Moodle/data mitra dan kirim ulang pernyataannya / add the ASN "
                        + "to SIMPEG, then run dead-letters replay; or fix the NIP in Moodle or the partner's data and "
                        + "send the statement again", "lrs-credits.unknown-nip"));
            } else if (!taken.add(keyOf.get(credit.statementId()))) {
                pass.duplicateNow++;
            } else {
                String opd = asn.get().opdCode() != null ? asn.get().opdCode() : credit.opdCode();
                pass.fresh.add(credit.withOpdCode(opd));
            }
        }
        if (!voidings.isEmpty()) {
            Map<UUID, StoredCredit> targets = ledger.find(voidings.keySet());
            targets.forEach((target, stored) -> {
                pass.voids.put(target, stored);
                pass.voidedBy.put(target, voidings.get(target));
            });
            pass.skippedNow += voidings.size() - targets.size();
            reviews.forEach((target, review) -> {
                if (!targets.containsKey(target)) {
                    pass.reviews.add(review);
                }
            });
        }
        return pass;
    }

    private void lookUpNips(CreditPass pass, List<Credit> credits) {
        Set<String> missing = new HashSet<>();
        for (Credit credit : credits) {
            if (!pass.asn.containsKey(credit.nip())) {
                missing.add(credit.nip());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, SimpegCredits.AsnUnit> found = simpeg.asnByNip(missing);
        for (String nip : missing) {
            pass.asn.put(nip, Optional.ofNullable(found.get(nip)));
        }
    }

    /** Writes the page's credits to the ledger and SIMPEG, and reverses the voided ones in both. */
    public CreditPass write(CreditPass pass) {
        pass.resetWritten();
        if (!pass.unwritten.isEmpty()) {
            simpeg.upsert(pass.unwritten.stream().map(CreditSteps::row).toList());
            ledger.markSimpegWritten(pass.unwritten.stream().map(Credit::statementId).toList());
            pass.simpegWrittenNow += pass.unwritten.size();
        }
        if (!pass.fresh.isEmpty()) {
            Set<UUID> clashes = insertAndWrite(pass);
            for (Credit credit : pass.fresh) {
                if (clashes.contains(credit.statementId())) {
                    pass.rejected.add(new Rejected(credit.statementId().toString(), null,
                            "Nomor sertifikat " + credit.certificateNumber() + " sudah dipakai kredit lain / is "
                            + "already used by another credit: lengthen {id:N} in "
                            + CertificateNumbers.SETTING, "lrs-credits.certificate-clash"));
                    continue;
                }
                pass.creditedNow++;
                if (credit.jpSource() == JpSource.UNKNOWN) {
                    pass.jpUnknownNow++;
                }
                pass.years.add(credit.year());
            }
        }
        if (!pass.voids.isEmpty()) {
            Map<UUID, UUID> newlyVoided = new LinkedHashMap<>();
            pass.voids.forEach((target, stored) -> {
                if (!stored.voided()) {
                    newlyVoided.put(target, pass.voidedBy.get(target));
                    pass.years.add(stored.credit().year());
                }
            });
            ledger.markVoided(newlyVoided);
            simpeg.delete(pass.voids.keySet().stream().map(UUID::toString).toList());
            pass.voidedNow = newlyVoided.size();
            for (UUID target : newlyVoided.keySet()) {
                StoredCredit stored = pass.voids.get(target);
                if (stored.siasnPushed()) {
                    pass.rejected.add(new Rejected(target.toString(), null, "Kredit dibatalkan setelah "
                            + "dikirim ke SIASN: hapus riwayat kursus bernomor sertifikat "
                            + stored.credit().certificateNumber() + " di SIASN secara manual / credit voided after it "
                            + "was pushed to SIASN: delete that riwayat kursus in SIASN by hand",
                            "lrs-credits.siasn-voided"));
                }
            }
        }
        for (CreditTranslator.CourseReview review : pass.reviews) {
            pass.flaggedNow += ledger.flagCourse(review.nip(), review.courseActivityId(), review.on(),
                    review.reason());
        }
        return pass;
    }

    /**
     * The ledger insert of the page's new credits, with SIMPEG's upsert of the same rows running at the same time on
     * {@link #simpegWriter} (another database, another connection): a page costs the longer of the two writes, not
     * their sum. The ledger's transaction waits for SIMPEG before it commits, so a SIMPEG failure rolls the ledger
     * rows back as before. When the ledger does not take every credit (a certificate-number clash, a statement held
     * after all), SIMPEG must end up with only the credits the ledger took: if SIMPEG's write failed (its own unique
     * certificate number refuses the clashing row), it is redone with those alone; if it succeeded, the rows of
     * credits the ledger refused, or holds voided, are deleted from SIMPEG again.
     *
     * @return the statement ids the ledger refused for a certificate-number clash
     */
    private Set<UUID> insertAndWrite(CreditPass pass) {
        List<Credit> fresh = List.copyOf(pass.fresh);
        Future<?> concurrent = simpegWriter.submit(() -> simpeg.upsert(fresh.stream().map(CreditSteps::row).toList()));
        Set<UUID> added = new HashSet<>();
        boolean[] concurrentFailed = {false};
        Set<UUID> clashes;
        try {
            clashes = ledger.insert(fresh, taken -> {
                try {
                    Futures.join(concurrent, "lrs-credits: the SIMPEG write");
                } catch (RuntimeException e) {
                    if (taken.size() == fresh.size()) {
                        throw e;
                    }
                    concurrentFailed[0] = true;
                    simpeg.upsert(taken.stream().map(CreditSteps::row).toList());
                }
                taken.forEach(credit -> added.add(credit.statementId()));
                pass.simpegWrittenNow += taken.size();
            });
        } finally {
            awaitQuietly(concurrent);
        }
        if (!concurrentFailed[0] && added.size() < fresh.size() && succeeded(concurrent)) {
            List<UUID> refused = fresh.stream().map(Credit::statementId).filter(id -> !added.contains(id)).toList();
            Map<UUID, StoredCredit> held = ledger.find(refused);
            List<String> undo = refused.stream().filter(id -> !held.containsKey(id) || held.get(id).voided())
                    .map(UUID::toString).toList();
            simpeg.delete(undo);
        }
        return clashes;
    }

    /** Waits for the write to end, whatever its outcome: nothing of a page is left running once its step ends. */
    private static void awaitQuietly(Future<?> write) {
        try {
            write.get();
        } catch (ExecutionException ignored) {
            // reported by the ledger's call, or not needed
        } catch (InterruptedException e) {
            write.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    private static boolean succeeded(Future<?> write) {
        try {
            write.get();
            return true;
        } catch (ExecutionException | InterruptedException e) {
            return false;
        }
    }

    /** Stops the SIMPEG writer thread. */
    @Override
    public void close() {
        simpegWriter.shutdownNow();
    }

    /** Records the dead letters, then moves the verb's watermark to the last statement of the page. */
    public CreditPass commit(CreditPass pass) {
        for (Rejected rejected : pass.rejected) {
            deadLetters.record(CreditSource.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        if (pass.lastStored != null) {
            String key = pass.stage().key;
            Optional<Instant> current = watermarks.get(CreditSource.FLOW, key).map(Instant::parse);
            if (current.isEmpty() || pass.lastStored.isAfter(current.get())) {
                watermarks.advance(CreditSource.FLOW, key, pass.lastStored.toString());
            }
        }
        pass.committed(pass.rejected.size());
        return pass;
    }

    /**
     * Pushes the ledger's credits not yet in SIASN, oldest first. A transient failure ends the push for this pass
     * (the rest wait in the ledger for the next); a refused credit goes to the dead letters and is not pushed again;
     * a fatal failure stops the flow.
     */
    public CreditPass pushSiasn(CreditPass pass) {
        if (siasn == null) {
            return pass;
        }
        long pushed = 0;
        long refused = 0;
        while (true) {
            List<StoredCredit> pending = ledger.pendingSiasn(settings.siasnBatch());
            if (pending.isEmpty()) {
                break;
            }
            for (StoredCredit stored : pending) {
                Credit credit = stored.credit();
                try {
                    siasn.push(kursus(credit));
                    ledger.markSiasnPushed(credit.statementId());
                    pushed++;
                } catch (SiasnException e) {
                    if (e.kind() == SiasnException.Kind.TRANSIENT) {
                        LOG.warn("lrs-credits: SIASN sementara gagal, dicoba lagi pada pass berikutnya / SIASN failed "
                                + "for now, retried next pass: {}", e.getMessage());
                        pass.pushed(pushed, pending.size());
                        pass.deadLettered(refused);
                        return pass;
                    }
                    if (e.kind() == SiasnException.Kind.FATAL) {
                        throw e;
                    }
                    deadLetters.record(CreditSource.FLOW, credit.statementId().toString(), null,
                            "SIASN menolak kredit / refused the credit: " + e.getMessage(), "lrs-credits.siasn-refused");
                    ledger.markSiasnRefused(credit.statementId());
                    refused++;
                }
            }
        }
        pass.pushed(pushed, 0);
        pass.deadLettered(refused);
        return pass;
    }

    /** Tells HR's summary which credit years changed, when something implements {@link SummaryRefresh}. */
    public CreditPass refreshSummary(CreditPass pass) {
        SummaryRefresh refresh = summary.get();
        if (refresh != null && !pass.years.isEmpty()) {
            refresh.refresh(pass.years());
        }
        return pass;
    }

    RiwayatKursus kursus(Credit credit) {
        return new RiwayatKursus(settings.siasnJenis().getOrDefault(credit.competencyType(),
                credit.competencyType().value()), credit.jp(), credit.title(), credit.certificateNumber(),
                credit.startedOn(), credit.completedOn(), credit.provider(), credit.year(), credit.nip());
    }

    static RiwayatDiklat row(Credit credit) {
        return new RiwayatDiklat(credit.statementId().toString(), credit.nip(), credit.title(),
                credit.competencyType() == null ? null : credit.competencyType().name(), credit.jp(),
                credit.startedOn(), credit.completedOn(), credit.year(), credit.certificateNumber(),
                credit.provider(), credit.source());
    }
}
