package id.jembatan.flow.learning;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.flow.PassListener;
import id.jembatan.support.flow.PassPolicy;
import id.jembatan.support.flow.PassReport;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Rejected;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Source C of {@code moodle-learning}: events the Moodle plugin {@code local_jembatan} pushes. Each carries the row
 * Moodle's standard log wrote for it, so it goes through the log tail's own steps — enrich, translate, deliver — and
 * becomes the statement, with the id, that the log tail makes of the same row (decision 0021); a site can switch
 * sources or run both without duplicates. An activity marked incomplete voids the completion the plugin sent with it
 * (the learner's previous completion row of the activity), as the log tail looks it up in the log (decision 0011).
 *
 * <p>Answers only after the LRS accepted the statements and the dead letters are stored: an acknowledged event is
 * durable here and the plugin deletes it. A transient failure (LRS or Moodle unreachable) is thrown, the whole batch
 * unacknowledged. An event received before is answered {@link PushResult#DUPLICATE} and nothing is done again. One
 * batch at a time, so that two senders of the same site cannot interleave.
 */
public class PushReceiver {

    /** Where the keys of received events are kept ({@link IdempotencyStore}). */
    static final String RECEIVED = "moodle-learning.push";
    /** The route name a push's pass report carries. */
    public static final String ROUTE = "moodle-learning.push";

    private final MoodleDirectory directory;
    private final LearningTranslator translator;
    private final StatementDelivery delivery;
    private final DeadLetterStore deadLetters;
    private final IdempotencyStore received;
    private final List<PassListener> listeners;
    private final Clock clock;

    public PushReceiver(MoodleDirectory directory, LearningTranslator translator, StatementDelivery delivery,
                        DeadLetterStore deadLetters, IdempotencyStore received) {
        this(directory, translator, delivery, deadLetters, received, List.of(), Clock.systemUTC());
    }

    /**
     * With each received batch ended as a pass of {@code moodle-learning} (route {@value #ROUTE}): its log line with
     * the counts and the listeners told (the bridge's metrics), as the log tail's passes are.
     */
    public PushReceiver(MoodleDirectory directory, LearningTranslator translator, StatementDelivery delivery,
                        DeadLetterStore deadLetters, IdempotencyStore received, List<PassListener> listeners,
                        Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.directory = directory;
        this.translator = translator;
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.received = received;
    }

    /**
     * Delivers the events not received before, in log order, and says for each what became of it.
     *
     * @throws RuntimeException a transient or fatal failure of Moodle, the LRS or the state store: nothing is
     *     acknowledged and the plugin sends the batch again later
     */
    public synchronized List<PushResult> receive(List<PushedEvent> events) {
        Instant started = clock.instant();
        String passId = PassPolicy.newPassId();
        String outerFlow = MDC.get(PassPolicy.MDC_FLOW);
        String outerPass = MDC.get(PassPolicy.MDC_PASS);
        MDC.put(PassPolicy.MDC_FLOW, LogTail.FLOW);
        MDC.put(PassPolicy.MDC_PASS, passId);
        List<PushResult> answer = null;
        RuntimeException failure = null;
        try {
            answer = received(events);
            return answer;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            PassPolicy.report(new PassReport(LogTail.FLOW, passId, ROUTE, started,
                    Duration.between(started, clock.instant()), counts(events.size(), answer), failure), listeners);
            restore(PassPolicy.MDC_FLOW, outerFlow);
            restore(PassPolicy.MDC_PASS, outerPass);
        }
    }

    private List<PushResult> received(List<PushedEvent> events) {
        Map<Long, PushResult> results = new LinkedHashMap<>();
        Map<String, String> before = received.lookupAll(RECEIVED,
                events.stream().map(PushedEvent::recordKey).distinct().toList());
        List<PushedEvent> fresh = new ArrayList<>();
        Set<Long> logIds = new HashSet<>();
        for (PushedEvent event : events) {
            if (before.containsKey(event.recordKey()) || !logIds.add(event.row().id())) {
                results.put(event.outboxId(), result(event, PushResult.DUPLICATE, null));
            } else {
                fresh.add(event);
            }
        }
        fresh.sort(Comparator.comparingLong(event -> event.row().id()));
        if (!fresh.isEmpty()) {
            deliver(fresh, results);
        }
        List<PushResult> answer = new ArrayList<>(events.size());
        for (PushedEvent event : events) {
            answer.add(results.get(event.outboxId()));
        }
        return answer;
    }

    private void deliver(List<PushedEvent> fresh, Map<Long, PushResult> results) {
        long firstId = fresh.get(0).row().id();
        Map<ContextUser, LogRow> priors = new HashMap<>();
        for (PushedEvent event : fresh) {
            if (event.prior() != null && LearningTranslator.isActivityCompletion(event.row())) {
                priors.putIfAbsent(LearningTranslator.completionPair(event.row()), event.prior());
            }
        }
        // The plugin read each prior row from the log as the one right before its event: no bound to apply here.
        PriorCompletions sent = (pairs, beforeId) -> {
            Map<ContextUser, LogRow> found = new HashMap<>();
            for (ContextUser pair : pairs) {
                LogRow prior = priors.get(pair);
                if (prior != null) {
                    found.put(pair, prior);
                }
            }
            return found;
        };
        LearningSteps steps = new LearningSteps(directory, translator, delivery, sent, deadLetters, null);
        LearningPass pass = new LearningPass("push", firstId - 1, Long.MAX_VALUE, -1, null);
        pass.pageRead(fresh.stream().map(PushedEvent::row).toList(), Integer.MAX_VALUE);
        steps.deliver(steps.translate(steps.enrich(pass)));

        Map<String, String[]> outcome = new HashMap<>();
        for (Rejected rejected : pass.rejected) {
            outcome.put(rejected.recordKey(), new String[] {PushResult.DEAD_LETTERED, rejected.reason()});
            deadLetters.record(LogTail.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        for (int i = 0; i < pass.outcomes.size(); i++) {
            DeliveryOutcome delivered = pass.outcomes.get(i);
            LearningPass.Pending pending = pass.pending.get(i);
            if (delivered.isDelivered()) {
                outcome.put(pending.recordKey(), new String[] {PushResult.DELIVERED, null});
            } else {
                String reason = UndeliveredStatement.reason(delivered);
                outcome.put(pending.recordKey(), new String[] {PushResult.DEAD_LETTERED, reason});
                deadLetters.record(LogTail.FLOW, pending.recordKey(), UndeliveredStatement.payload(delivered), reason,
                        UndeliveredStatement.errorClass(delivered));
            }
        }
        Map<String, String> marks = new LinkedHashMap<>();
        for (PushedEvent event : fresh) {
            String[] what = outcome.getOrDefault(event.recordKey(), new String[] {PushResult.SKIPPED, null});
            results.put(event.outboxId(), result(event, what[0], what[1]));
            marks.put(event.recordKey(), what[0]);
        }
        received.putAll(RECEIVED, marks);
    }

    /**
     * A push batch in the four words every flow shares: duplicates count as skipped; nothing waits behind a push in
     * the bridge (what Moodle has not sent yet is in its outbox, which the plugin's report shows), so its backlog is 0.
     */
    static FlowPass counts(int read, List<PushResult> answer) {
        long delivered = 0;
        long skipped = 0;
        long deadLettered = 0;
        for (PushResult result : answer == null ? List.<PushResult>of() : answer) {
            switch (result.status()) {
                case PushResult.DELIVERED -> delivered++;
                case PushResult.DEAD_LETTERED -> deadLettered++;
                default -> skipped++;
            }
        }
        PassCounts counts = new PassCounts(read, delivered, skipped, deadLettered, 0);
        return new FlowPass() {
            @Override
            public PassCounts counts() {
                return counts;
            }

            @Override
            public String summary() {
                return String.format("push: dibaca/read %,d, terkirim/delivered %,d, dilewati/skipped %,d,"
                        + " surat mati/dead-lettered %,d", counts.read(), counts.delivered(), counts.skipped(),
                        counts.deadLettered());
            }
        };
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private static PushResult result(PushedEvent event, String status, String reason) {
        return new PushResult(event.outboxId(), event.row().id(), status, reason);
    }
}
