package id.jembatan.flow.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.xapi.CheckedStatement;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The steps of a {@code moodle-learning} page after it was read: enrich the rows through Moodle, translate
 * them into statements, deliver those to the LRS, and commit: dead letters for what could not be delivered,
 * activity completions remembered for later voiding, and the watermark moved past the page. Commit runs only
 * after delivery returned, so a failure before it leaves the watermark where it was and the page is read again.
 */
public class LearningSteps {

    static final String COMPLETIONS = "moodle-learning.completion";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MoodleDirectory directory;
    private final LearningTranslator translator;
    private final StatementDelivery delivery;
    private final IdempotencyStore marks;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;

    public LearningSteps(MoodleDirectory directory, LearningTranslator translator, StatementDelivery delivery,
                         IdempotencyStore marks, DeadLetterStore deadLetters, WatermarkStore watermarks) {
        this.directory = directory;
        this.translator = translator;
        this.delivery = delivery;
        this.marks = marks;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
    }

    /** Looks up learners, courses, modules and grade items for the page's rows (a few batched calls). */
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
            events.add(new LearningEvent(row, learner, course, module, gradeItem));
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
     * again). An activity's completions within the page see each other. Only an activity marked incomplete needs
     * the completion delivered before it, so only those keys are looked up in the state store.
     */
    public LearningPass translate(LearningPass pass) {
        if (pass.preparedAhead(LearningPass.Stage.TRANSLATE)) {
            return pass;
        }
        Set<String> keys = new HashSet<>();
        for (LearningEvent event : pass.events) {
            if (LearningTranslator.needsPriorCompletion(event)) {
                String key = LearningTranslator.completionKey(LearningEvent.learnerId(event.row()),
                        event.module().cmid());
                if (!pass.uncommittedMarks.containsKey(key)) {
                    keys.add(key);
                }
            }
        }
        pass.storedMarks = keys.isEmpty() ? Map.of() : marks.lookupAll(COMPLETIONS, keys);
        Map<String, String> known = new HashMap<>(pass.storedMarks);
        known.putAll(pass.uncommittedMarks);
        for (LearningEvent event : pass.events) {
            String recordKey = recordKey(event.row());
            Translation translation = translator.translate(event, key -> Optional.ofNullable(known.get(key)));
            if (translation instanceof Translation.Emit emit) {
                pass.pending.add(new LearningPass.Pending(recordKey, emit, CheckedStatement.of(emit.statement())));
                if (emit.completionKey() != null) {
                    known.put(emit.completionKey(), emit.completionMark());
                }
            } else if (translation instanceof Translation.Reject reject) {
                pass.rejected.add(new LearningPass.Rejected(recordKey, rowJson(event.row()), reject.reason(),
                        "moodle-learning.untranslatable"));
            }
        }
        return pass;
    }

    /** Sends the page's statements; per-statement problems come back as outcomes, transport failures as exceptions. */
    public LearningPass deliver(LearningPass pass) {
        List<CheckedStatement> statements = pass.pending.stream().map(LearningPass.Pending::checkedStatement).toList();
        pass.outcomes = statements.isEmpty() ? List.of() : delivery.deliverChecked(statements);
        return pass;
    }

    /** Records dead letters and delivered completions, then moves the watermark past the page. */
    public LearningPass commit(LearningPass pass) {
        return commit(pass, pass.deliveredPage());
    }

    /** {@link #commit(LearningPass)} of a page as it was delivered. */
    LearningPass commit(LearningPass pass, LearningPass.Delivered page) {
        long deliveredNow = 0;
        Map<String, String> completions = new LinkedHashMap<>();
        List<LearningPass.Rejected> dead = new ArrayList<>(page.rejected());
        for (int i = 0; i < page.outcomes().size(); i++) {
            DeliveryOutcome outcome = page.outcomes().get(i);
            LearningPass.Pending pending = page.pending().get(i);
            if (outcome.isDelivered()) {
                deliveredNow++;
                String key = pending.emit().completionKey();
                if (key != null) {
                    completions.put(key, pending.emit().completionMark());
                }
            } else {
                dead.add(new LearningPass.Rejected(pending.recordKey(), UndeliveredStatement.payload(outcome),
                        UndeliveredStatement.reason(outcome), UndeliveredStatement.errorClass(outcome)));
            }
        }
        for (LearningPass.Rejected rejected : dead) {
            deadLetters.record(LogTail.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        if (!completions.isEmpty()) {
            remember(completions, page.storedMarks());
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

    /**
     * Stores the page's delivered completion marks (the last per key), each unless the store holds a mark from a
     * later log row (a backfill over a range the tail already passed must not overwrite it). A key whose mark was
     * looked up in {@code translate} is decided on that; the others are inserted if absent, in one batch that also
     * says what the keys already stored hold: most completions are the first of their activity.
     */
    private void remember(Map<String, String> completions, Map<String, String> stored) {
        Map<String, String> replace = new HashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        completions.forEach((key, mark) -> {
            String before = stored.get(key);
            if (before == null) {
                unknown.put(key, mark);
            } else if (replaces(mark, before)) {
                replace.put(key, mark);
            }
        });
        if (!unknown.isEmpty()) {
            marks.markAllIfAbsent(COMPLETIONS, unknown).forEach((key, before) -> {
                if (replaces(unknown.get(key), before)) {
                    replace.put(key, unknown.get(key));
                }
            });
        }
        if (!replace.isEmpty()) {
            marks.putAll(COMPLETIONS, replace);
        }
    }

    private static boolean replaces(String mark, String stored) {
        return stored == null || CompletionMark.parse(mark).newerThan(CompletionMark.parse(stored));
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
