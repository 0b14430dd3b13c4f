package id.jembatan.flow.kinerja;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.hr.kinerja.KinerjaPage;
import id.jembatan.hr.kinerja.KinerjaRow;
import id.jembatan.hr.kinerja.KinerjaSource;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.RejectedRecord;
import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of {@code kinerja-performance}: open a read from the watermark, read a page, translate the results into
 * statements (voiding the statement of an earlier, different rating of the same period), deliver them, and commit:
 * dead letters, the statement id sent per period, and last the watermark. A failure before commit leaves the
 * watermark where it was; the page is read again and its deterministic statement ids keep the LRS free of copies.
 */
public class PerformanceSteps {

    /** The flow id: dead letters and the watermark (key: the source kind, {@code http} or {@code sql}). */
    public static final String FLOW = "kinerja-performance";
    /** Idempotency processor: period key ({@code <nip>/<year>/<period>}) → id of the statement last delivered. */
    static final String SENT = "kinerja-performance.statement";

    private final KinerjaSource source;
    private final PerformanceTranslator translator;
    private final StatementDelivery delivery;
    private final IdempotencyStore sent;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;
    private final int pageSize;

    public PerformanceSteps(KinerjaSource source, KinerjaSettings settings, StatementDelivery delivery,
            IdempotencyStore sent, DeadLetterStore deadLetters, WatermarkStore watermarks) {
        this.source = source;
        this.translator = new PerformanceTranslator(settings);
        this.delivery = delivery;
        this.sent = sent;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
        this.pageSize = settings.pageSize();
    }

    /** A pass over what changed since the watermark, up to now. */
    public PerformancePass start() {
        return new PerformancePass(source.open(watermarks.get(FLOW, source.kind()).orElse(null), pageSize));
    }

    /** Reads the next page into the pass. */
    public PerformancePass readPage(PerformancePass pass) {
        KinerjaPage page = pass.reader().next();
        pass.pageRead(page.rows());
        return pass;
    }

    /** Turns the page's results into statements; invalid and contradictory records become dead letters. */
    public PerformancePass translate(PerformancePass pass) {
        Set<String> keys = new LinkedHashSet<>();
        for (KinerjaRow row : pass.rows) {
            if (row instanceof PeriodResult result) {
                keys.add(result.periodKey());
            }
        }
        pass.previous = keys.isEmpty() ? Map.of() : sent.lookupAll(SENT, keys);
        Map<String, String> known = new LinkedHashMap<>(pass.previous);
        for (KinerjaRow row : pass.rows) {
            if (row instanceof RejectedRecord rejected) {
                pass.rejected.add(rejected(rejected));
            } else if (row instanceof PeriodResult result) {
                Statement rated = translator.rated(result);
                pass.pending.add(new PerformancePass.Pending(result.periodKey(), rated, result.periodKey()));
                String before = known.get(result.periodKey());
                if (before != null && !before.equals(rated.id().toString())) {
                    Statement voiding = translator.voiding(result, UUID.fromString(before));
                    pass.pending.add(new PerformancePass.Pending(result.periodKey() + "#void", voiding, null));
                }
                known.put(result.periodKey(), rated.id().toString());
            }
        }
        return pass;
    }

    static Rejected rejected(RejectedRecord rejected) {
        return new Rejected(rejected.recordKey(), rejected.payload(), rejected.reason(),
                rejected.kind() == RejectedRecord.Kind.CONTRADICTION ? "kinerja.contradiction" : "kinerja.invalid-record");
    }

    /** Sends the page's statements; per-statement problems come back as outcomes, transport failures as exceptions. */
    public PerformancePass deliver(PerformancePass pass) {
        List<Statement> statements = pass.pending.stream().map(PerformancePass.Pending::statement).toList();
        pass.outcomes = statements.isEmpty() ? List.of() : delivery.deliver(statements);
        return pass;
    }

    /** Records dead letters and the statements delivered per period, then moves the watermark past the page. */
    public PerformancePass commit(PerformancePass pass) {
        List<Rejected> dead = new ArrayList<>(pass.rejected);
        Map<String, String> delivered = new LinkedHashMap<>();
        long rated = 0;
        long voided = 0;
        for (int i = 0; i < pass.outcomes.size(); i++) {
            DeliveryOutcome outcome = pass.outcomes.get(i);
            PerformancePass.Pending pending = pass.pending.get(i);
            if (outcome.isDelivered()) {
                if (pending.periodKey() != null) {
                    rated++;
                    delivered.put(pending.periodKey(), outcome.statementId().toString());
                } else {
                    voided++;
                }
            } else {
                dead.add(new Rejected(pending.recordKey(), payload(outcome), reason(outcome),
                        "lrs." + outcome.status().name().toLowerCase()));
            }
        }
        for (Rejected rejected : dead) {
            deadLetters.record(FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(), rejected.errorClass());
        }
        if (!delivered.isEmpty()) {
            sent.putAll(SENT, delivered);
        }
        String checkpoint = pass.reader().checkpoint();
        if (checkpoint != null) {
            watermarks.advance(FLOW, source.kind(), checkpoint);
        }
        pass.committed(rated, voided, dead.size());
        return pass;
    }

    private static String reason(DeliveryOutcome outcome) {
        String why = outcome.reason().orElse("");
        return switch (outcome.status()) {
            case CONFLICT -> "LRS sudah menyimpan pernyataan lain dengan id yang sama / the LRS holds a different"
                    + " statement with id " + outcome.statementId() + " (both in the payload): " + why;
            case REJECTED -> "LRS menolak pernyataan / the LRS rejected statement " + outcome.statementId() + ": " + why;
            case DELIVERED -> why;
        };
    }

    private static String payload(DeliveryOutcome outcome) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.set("ours", XapiJson.toTree(outcome.statement()));
        outcome.stored().ifPresent(stored -> payload.set("stored", XapiJson.toTree(stored)));
        return payload.toString();
    }
}
