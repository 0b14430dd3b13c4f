package id.jembatan.flow.credits;

import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.StatementPage;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.support.Futures;
import id.jembatan.support.state.WatermarkStore;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The source of {@code lrs-credits}: the LRS's statements per verb ({@code completed}, {@code passed},
 * {@code voided}), stored after that verb's watermark ({@code lrs-credits}/{@code <verb>}, an ISO instant), oldest
 * first, following {@code more}. A pass reads nothing stored after the {@code X-Experience-API-Consistent-Through}
 * the LRS gave on the first page: statements stored later may not all be visible yet and are left for the next pass.
 * Each pass starts {@link CreditSettings#overlap()} before the watermark so that statements stored in the same
 * instant as the last one read are not lost; the ledger recognises those read twice.
 *
 * <p>While the route writes a page, the next one ({@code more}) is already read and parsed on a thread of its own,
 * one page ahead at most, and its statements translated there too (a pure function of the statement): reading and
 * translating need not wait for the writes. Nothing about the
 * order changes: pages are still handed over, written and committed one after the other, and a failed read ahead
 * surfaces when its page is asked for, as if it had been read then.
 */
public class CreditSource implements AutoCloseable {

    static final String FLOW = "lrs-credits";

    private final LrsClient lrs;
    private final WatermarkStore watermarks;
    private final CreditSettings settings;
    private final Instant startFrom;
    private final CreditTranslator translator;
    private final ExecutorService readAhead = Futures.singleThread("lrs-credits-read-ahead");

    public CreditSource(LrsClient lrs, WatermarkStore watermarks, CreditSettings settings) {
        this(lrs, watermarks, settings, null);
    }

    /**
     * @param startFrom where a verb without a watermark starts ({@code jembatan.flows.lrs-credits.start-from}): only
     *                  statements stored after it; null = the beginning of the LRS
     */
    public CreditSource(LrsClient lrs, WatermarkStore watermarks, CreditSettings settings, Instant startFrom) {
        this.lrs = lrs;
        this.watermarks = watermarks;
        this.settings = settings;
        this.startFrom = startFrom;
        this.translator = new CreditTranslator(settings);
    }

    /** A pass over every verb's statements since its watermark. */
    public CreditPass start() {
        return new CreditPass(Arrays.asList(CreditPass.Stage.values()));
    }

    /** Reads the next page of the current verb into the pass. */
    public CreditPass readPage(CreditPass pass) {
        CreditPass.Stage stage = pass.stage();
        StatementPage page;
        List<CreditTranslator.Outcome> translated = null;
        if (pass.nextPage == null) {
            StatementQuery.Builder query = StatementQuery.builder().verb(stage.verb.id()).ascending(true)
                    .limit(settings.pageSize());
            Optional<Instant> watermark = watermark(stage);
            if (watermark.isPresent()) {
                query.since(watermark.get().minus(settings.overlap()));
            } else if (startFrom != null) {
                query.since(startFrom);
            }
            page = lrs.query(query.build());
            pass.bound = page.consistentThrough().orElse(null);
        } else {
            Optional<AheadPage> ahead = readAheadOf(pass);
            page = ahead.map(AheadPage::page).orElseGet(() -> lrs.more(pass.nextPage));
            translated = ahead.map(AheadPage::outcomes).orElse(null);
        }
        List<Statement> statements = new ArrayList<>(page.statements().size());
        boolean beyondBound = false;
        Instant last = null;
        for (Statement statement : page.statements()) {
            Optional<Instant> stored = statement.storedInstant();
            if (pass.bound != null && stored.isPresent() && stored.get().isAfter(pass.bound)) {
                beyondBound = true;
                break;
            }
            statements.add(statement);
            if (stored.isPresent() && (last == null || stored.get().isAfter(last))) {
                last = stored.get();
            }
        }
        URI next = beyondBound ? null : page.more().orElse(null);
        pass.pageRead(statements, translated == null ? null : translated.subList(0, statements.size()), next, last,
                next == null);
        if (next != null) {
            pass.ahead = readAhead.submit(() -> {
                StatementPage more = lrs.more(next);
                return new AheadPage(more, more.statements().stream().map(translator::translate).toList());
            });
            pass.aheadOf = next;
        }
        return pass;
    }

    /**
     * A pass over the statements of dead letters an admin replays ({@code dead-letters replay}): its one page is
     * read by {@link #readReplay} and no watermark moves.
     */
    public CreditPass replay(Collection<UUID> statementIds) {
        CreditPass pass = new CreditPass(List.of(CreditPass.Stage.COMPLETED));
        pass.replayIds = List.copyOf(statementIds);
        return pass;
    }

    /**
     * Reads each statement of a {@link #replay} pass again from the LRS by its id, the LRS being the record: one
     * voided since it was dead-lettered is no longer returned, so it is left out (and counted) instead of credited.
     */
    public CreditPass readReplay(CreditPass pass) {
        List<Statement> statements = new ArrayList<>();
        long gone = 0;
        for (UUID id : pass.replayIds) {
            Optional<Statement> statement = lrs.get(id);
            if (statement.isPresent()) {
                statements.add(statement.get());
            } else {
                gone++;
            }
        }
        pass.pageRead(statements, null, null, null, true);
        pass.gone(gone);
        return pass;
    }

    /** A page read ahead, and its statements already translated (translation is pure: it needs no state). */
    record AheadPage(StatementPage page, List<CreditTranslator.Outcome> outcomes) {
    }

    /** The page read ahead for {@code pass.nextPage}, if one was; its failure is thrown as the read's own. */
    private static Optional<AheadPage> readAheadOf(CreditPass pass) {
        Future<AheadPage> ahead = pass.ahead;
        pass.ahead = null;
        if (ahead == null || !pass.nextPage.equals(pass.aheadOf)) {
            return Optional.empty();
        }
        return Optional.of(Futures.join(ahead, "lrs-credits: the next LRS page"));
    }

    /** Stops the read-ahead thread. */
    @Override
    public void close() {
        readAhead.shutdownNow();
    }

    Optional<Instant> watermark(CreditPass.Stage stage) {
        return watermarks.get(FLOW, stage.key).flatMap(value -> {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
