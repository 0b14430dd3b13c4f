package id.jembatan.flow.learning;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a snapshot unit after it was read: compare its facts with what was already delivered (one bulk
 * lookup in the {@code moodle-learning.snapshot} fact store), deliver the statements of the facts that changed, and
 * commit: dead letters for learners and statements that could not be delivered, the new value of every fact whose
 * statement the LRS holds, and the course watermark. Commit runs only after delivery returned, so a failure before
 * it stores nothing and the facts are compared and sent again; a fact is remembered only once its statement is
 * delivered, so each change is sent once.
 */
public class SnapshotSteps {

    static final String FACTS = "moodle-learning.snapshot";

    private final SnapshotTranslator translator;
    private final StatementDelivery delivery;
    private final IdempotencyStore facts;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;

    public SnapshotSteps(LearningSettings settings, StatementDelivery delivery, IdempotencyStore facts,
                         DeadLetterStore deadLetters, WatermarkStore watermarks) {
        this.translator = new SnapshotTranslator(settings);
        this.delivery = delivery;
        this.facts = facts;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
    }

    /** Turns the unit's readings into facts and the facts that changed since last delivered into statements. */
    public SnapshotPass translate(SnapshotPass pass) {
        List<SnapshotTranslator.Fact> read = new ArrayList<>();
        pass.readings.values().forEach(reading -> read.addAll(translator.facts(reading)));
        Map<String, String> sent = read.isEmpty() ? Map.of()
                : facts.lookupAll(FACTS, read.stream().map(SnapshotTranslator.Fact::key).toList());
        pass.pending.clear();
        for (SnapshotTranslator.Fact fact : read) {
            Optional<Translation.Emit> change = translator.change(fact, sent.get(fact.key()));
            change.ifPresent(emit -> pass.pending.add(new LearningPass.Pending(
                    SnapshotSource.recordKey(fact.learner().userId(), fact.courseId()) + ":" + fact.kind(), emit)));
        }
        pass.factsRead = read.size();
        return pass;
    }

    /** Sends the unit's statements; per-statement problems come back as outcomes, transport failures as exceptions. */
    public SnapshotPass deliver(SnapshotPass pass) {
        List<Statement> statements = pass.pending.stream().map(p -> p.emit().statement()).toList();
        pass.outcomes = statements.isEmpty() ? List.of() : delivery.deliver(statements);
        return pass;
    }

    /** Records dead letters and the facts delivered, then the course watermark; readies the pass for the next unit. */
    public SnapshotPass commit(SnapshotPass pass) {
        long deliveredNow = 0;
        Map<String, String> delivered = new HashMap<>();
        List<Rejected> dead = new ArrayList<>(pass.rejected);
        for (int i = 0; i < pass.outcomes.size(); i++) {
            DeliveryOutcome outcome = pass.outcomes.get(i);
            LearningPass.Pending pending = pass.pending.get(i);
            if (outcome.isDelivered()) {
                deliveredNow++;
                delivered.put(pending.emit().completionKey(), pending.emit().completionMark());
            } else {
                dead.add(new Rejected(pending.recordKey(), UndeliveredStatement.payload(outcome),
                        UndeliveredStatement.reason(outcome), UndeliveredStatement.errorClass(outcome)));
            }
        }
        for (Rejected rejected : dead) {
            deadLetters.record(SnapshotSource.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        if (!delivered.isEmpty()) {
            facts.putAll(FACTS, delivered);
        }
        if (pass.finishedCourse != null) {
            watermarks.advance(SnapshotSource.FLOW, SnapshotSource.WATERMARK, Long.toString(pass.finishedCourse));
        }
        if (!pass.isMore()) {
            watermarks.advance(SnapshotSource.FLOW, SnapshotSource.WATERMARK, SnapshotSource.DONE);
        }
        long statementsDead = dead.size() - pass.rejected.size();
        pass.committed(deliveredNow, pass.factsRead - deliveredNow - statementsDead, dead.size());
        return pass;
    }
}
