package id.jembatan.flow.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.CheckedStatement;
import id.jembatan.moodle.log.ContextUser;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The steps of a {@code moodle-learning} page after it was read: enrich the rows through Moodle, translate
 * them into statements (an activity marked incomplete looks up the completion before it in Moodle's log), deliver
 * those to the LRS, and commit: dead letters for what could not be delivered, and the watermark moved past the page. Commit runs only
 * after delivery returned, so a failure before it leaves the watermark where it was and the page is read again.
 */
public class LearningSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MoodleDirectory directory;
    private final LearningTranslator translator;
    private final StatementDelivery delivery;
    private final PriorCompletions priorCompletions;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;

    public LearningSteps(MoodleDirectory directory, LearningTranslator translator, StatementDelivery delivery,
                         PriorCompletions priorCompletions, DeadLetterStore deadLetters,
                         WatermarkStore watermarks) {
        this.directory = directory;
        this.translator = translator;
        this.delivery = delivery;
        this.priorCompletions = priorCompletions;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
    }

    /**
     * Looks up learners, courses, modules and grade items for the page's rows (a few batched calls). A row whose learner
     * or course Moodle refuses to give for good carries the refusal, and becomes a dead letter; the page goes on.
     */
    public LearningPass enrich(LearningPass pass) {
        if (pass.preparedAhead(LearningPass.Stage.ENRICH)) {
            return pass;
        }
        Set<Long> userIds = new LinkedHashSet<>();
        Set<Long> courseIds = new LinkedHashSet<>();
        for (LogRow row : pass.rows) {
            userIds.add(LearningEvent.learnerId(row));
            courseIds.add(row.courseId());
        }
        Map<Long, Learner> learners = directory.learners(userIds);
        Map<Long, CourseInfo> courses = directory.courses(courseIds);
        List<LearningEvent> events = new ArrayList<>(pass.rows.size());
        for (LogRow row : pass.rows) {
            Learner learner = learners.get(LearningEvent.learnerId(row));
            CourseInfo course = courses.get(row.courseId());
            ModuleInfo module = null;
            GradeItemInfo gradeItem = null;
            if (learner != null && learner.nip() != null && course != null) {
                module = needsModule(row) ? directory.module(row.courseId(), row.contextInstanceId()).orElse(null)
                        : null;
                gradeItem = row.eventName().equals(LearningEvents.USER_GRADED)
                        ? gradeItem(row, learner).orElse(null) : null;
            }
            String refused = learner == null ? directory.learnerRefusal(LearningEvent.learnerId(row)).orElse(null) : null;
            if (refused == null && course == null) {
                refused = directory.courseRefusal(row.courseId()).orElse(null);
            }
            events.add(new LearningEvent(row, learner, course, module, gradeItem, refused));
        }
        pass.events = events;
        return pass;
    }

    private Optional<GradeItemInfo> gradeItem(LogRow row, Learner learner) {
        OptionalLong itemId;
        try {
            itemId = row.otherLong("itemid");
        } catch (MoodleLogException unreadable) {
            return Optional.empty();
        }
        return itemId.isEmpty() ? Optional.empty()
                : directory.gradeItem(row.courseId(), learner.userId(), itemId.getAsLong());
    }

    /**
     * Translates the page's events in log order, and validates the statements (once, here, so that delivery does not
     * again). An activity marked incomplete voids the activity completion row before it of the same learner and
     * activity when that row completes: an earlier row of the page, else of the pages the pass translated before
     * ({@link CompletionHistory}), else the latest in Moodle's log before those, looked up for the whole page at once
     * ({@link PriorCompletions}). What the flow delivered before plays no part: the same rows give the same statements,
     * whatever was read before them (decision 0011).
     */
    public LearningPass translate(LearningPass pass) {
        if (pass.preparedAhead(LearningPass.Stage.TRANSLATE)) {
            return pass;
        }
        CompletionHistory history = pass.history();
        long firstId = pass.events.isEmpty() ? 0 : pass.events.get(0).row().id();
        Set<ContextUser> seen = new HashSet<>();
        Set<ContextUser> beforeHistory = new LinkedHashSet<>();
        Set<ContextUser> beforePage = new LinkedHashSet<>();
        for (LearningEvent event : pass.events) {
            LogRow row = event.row();
            if (!LearningTranslator.isActivityCompletion(row)) {
                continue;
            }
            ContextUser pair = LearningTranslator.completionPair(row);
            if (seen.add(pair) && LearningTranslator.needsPriorCompletion(event)) {
                long known = history.latest(pair);
                if (known == Long.MIN_VALUE) {
                    beforePage.add(pair);
                } else if (known == 0 && history.coveredAfter() > 0) {
                    beforeHistory.add(pair);
                }
            }
        }
        Map<ContextUser, LogRow> found = new HashMap<>();
        if (!beforeHistory.isEmpty()) {
            found.putAll(priorCompletions.latestBefore(beforeHistory, history.coveredAfter() + 1));
        }
        if (!beforePage.isEmpty()) {
            found.putAll(priorCompletions.latestBefore(beforePage, firstId));
        }
        pass.priorCompletions = found;
        Map<ContextUser, Long> inPage = new HashMap<>();
        for (LearningEvent event : pass.events) {
            LogRow row = event.row();
            String recordKey = recordKey(row);
            Translation translation;
            if (LearningTranslator.isActivityCompletion(row)) {
                ContextUser pair = LearningTranslator.completionPair(row);
                Long earlier = inPage.get(pair);
                long latest = earlier != null ? earlier : latestBefore(pair, history, found);
                translation = translator.translate(event, Math.max(latest, 0));
                inPage.put(pair, LearningTranslator.completes(row) ? row.id() : -row.id());
            } else {
                translation = translator.translate(event, 0);
            }
            if (translation instanceof Translation.Emit emit) {
                pass.pending.add(new LearningPass.Pending(recordKey, emit, CheckedStatement.of(emit.statement())));
            } else if (translation instanceof Translation.Reject reject) {
                pass.rejected.add(new Rejected(recordKey, rowJson(row), reject.reason(),
                        "moodle-learning.untranslatable"));
            }
        }
        history.reserve(inPage.size(), firstId - 1);
        inPage.forEach((pair, latest) -> history.put(pair, Math.abs(latest), latest > 0));
        return pass;
    }

    /**
     * The latest activity completion row of {@code pair} before the page, as {@link CompletionHistory#latest}: from the
     * pass's history, or from what the log look-up found; 0 when there is none.
     */
    private static long latestBefore(ContextUser pair, CompletionHistory history, Map<ContextUser, LogRow> found) {
        long known = history.latest(pair);
        if (known != 0 && known != Long.MIN_VALUE) {
            return known;
        }
        LogRow row = found.get(pair);
        if (row == null) {
            return 0;
        }
        return LearningTranslator.completes(row) ? row.id() : -row.id();
    }

    /** Sends the page's statements; per-statement problems come back as outcomes, transport failures as exceptions. */
    public LearningPass deliver(LearningPass pass) {
        List<CheckedStatement> statements = pass.pending.stream().map(LearningPass.Pending::checkedStatement).toList();
        pass.outcomes = statements.isEmpty() ? List.of() : delivery.deliverChecked(statements);
        return pass;
    }

    /** Records dead letters, then moves the watermark past the page. */
    public LearningPass commit(LearningPass pass) {
        return commit(pass, pass.deliveredPage());
    }

    /** {@link #commit(LearningPass)} of a page as it was delivered. */
    LearningPass commit(LearningPass pass, LearningPass.Delivered page) {
        long deliveredNow = 0;
        List<Rejected> dead = new ArrayList<>(page.rejected());
        for (int i = 0; i < page.outcomes().size(); i++) {
            DeliveryOutcome outcome = page.outcomes().get(i);
            LearningPass.Pending pending = page.pending().get(i);
            if (outcome.isDelivered()) {
                deliveredNow++;
            } else {
                dead.add(new Rejected(pending.recordKey(), UndeliveredStatement.payload(outcome),
                        UndeliveredStatement.reason(outcome), UndeliveredStatement.errorClass(outcome)));
            }
        }
        for (Rejected rejected : dead) {
            deadLetters.record(LogTail.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        long skippedNow = page.rows() - page.pending().size() - page.rejected().size();
        long lastId = page.lastId();
        if (!page.more()) {
            lastId = Math.max(lastId, pass.upToId());
        }
        watermarks.advance(LogTail.FLOW, pass.watermarkKey(), Long.toString(lastId));
        pass.committed(lastId, deliveredNow, skippedNow, dead.size());
        return pass;
    }

    private static boolean needsModule(LogRow row) {
        return row.eventName().equals(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED)
                || row.eventName().equals(LearningEvents.QUIZ_ATTEMPT_SUBMITTED);
    }

    static String recordKey(LogRow row) {
        return "log:" + row.id();
    }

    private static String rowJson(LogRow row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            return String.valueOf(row);
        }
    }
}
