package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.KinerjaPage;
import id.jembatan.hr.kinerja.KinerjaRow;
import id.jembatan.hr.kinerja.KinerjaSource;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.CourseField;
import id.jembatan.moodle.Enrolment;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.InstantMessage;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.SentMessage;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserCourse;
import id.jembatan.moodle.UserField;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of {@code kinerja-recommendations}: plan (match each result against the rules; drop the assignments an
 * earlier run finished), apply (find accounts and courses, leave out courses the ASN is already enrolled in or has
 * completed, enrol with a manual enrolment for a time window, message the ASN and optionally the evaluator) and
 * commit (dead letters, audit log, watermark).
 *
 * <p>Once per NIP, course and period: each assignment's state is kept in the idempotency store
 * ({@code planned} before the enrolment call, {@code enrolled} after it, {@code notified} once the message went out),
 * so a run that fails half way enrols again only what may not have been enrolled (Moodle treats a repeated manual
 * enrolment as an update) and sends each message at most once after a success. A message Moodle refuses
 * ({@code msgid} -1) is reported per user as a dead letter and tried again on the next run; it does not stop the flow.
 */
public class RecommendationSteps {

    /** The flow id. */
    public static final String FLOW = "kinerja-recommendations";
    /** Idempotency processor: assignment key → {@link Assignment.State}. */
    static final String ASSIGNMENTS = "kinerja-recommendations.assignment";

    private final KinerjaSource source;
    private final MoodleClient moodle;
    private final RecommendationSettings settings;
    private final Clock clock;
    private final IdempotencyStore marks;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;
    private final AuditLog audit;
    private final int pageSize;

    public RecommendationSteps(KinerjaSource source, MoodleClient moodle, KinerjaSettings kinerja,
            RecommendationSettings settings, Clock clock, IdempotencyStore marks, DeadLetterStore deadLetters,
            WatermarkStore watermarks, AuditLog audit) {
        this.source = source;
        this.moodle = moodle;
        this.settings = settings;
        this.clock = clock;
        this.marks = marks;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
        this.audit = audit;
        this.pageSize = kinerja.pageSize();
    }

    /** A pass over what changed since this flow's watermark, up to now. */
    public RecommendationPass start() {
        return new RecommendationPass(source.open(watermarks.get(FLOW, source.kind()).orElse(null), pageSize));
    }

    /** Reads the next page into the pass. */
    public RecommendationPass readPage(RecommendationPass pass) {
        KinerjaPage page = pass.reader().next();
        pass.pageRead(page.rows());
        return pass;
    }

    /** Matches the page's results against the rules and keeps the assignments not finished by an earlier run. */
    public RecommendationPass plan(RecommendationPass pass) {
        List<Assignment> candidates = new ArrayList<>();
        for (KinerjaRow row : pass.rows) {
            if (!(row instanceof PeriodResult result)) {
                pass.skippedNow++;
                continue;
            }
            var courses = settings.rules().recommend(result);
            if (courses.isEmpty()) {
                pass.skippedNow++;
            }
            courses.forEach((course, rules) -> candidates.add(new Assignment(result, course, rules,
                    Assignment.State.NEW)));
        }
        Map<String, String> stored = candidates.isEmpty() ? Map.of()
                : marks.lookupAll(ASSIGNMENTS, candidates.stream().map(Assignment::key).toList());
        for (Assignment assignment : candidates) {
            assignment.state = Assignment.State.of(stored.get(assignment.key()));
            if (assignment.state.done()) {
                pass.unchangedNow++;
            } else {
                pass.assignments.add(assignment);
            }
        }
        return pass;
    }

    /** Enrols and messages; re-entrant, so that a retried call does not enrol or message twice. */
    public RecommendationPass apply(RecommendationPass pass) {
        if (pass.applied || pass.assignments.isEmpty()) {
            return pass;
        }
        Map<String, User> users = users(pass);
        resolve(pass, users);
        List<Assignment> live = pass.assignments.stream().filter(a -> !a.failed).toList();
        checkExisting(pass, live);
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(settings.enrolmentLength());
        enrol(pass, live.stream().filter(a -> a.state == Assignment.State.NEW || a.state == Assignment.State.PLANNED)
                .toList(), start, end);
        message(pass, live.stream().filter(a -> a.state == Assignment.State.ENROLLED).toList(), users,
                LocalDate.ofInstant(end, KinerjaSettings.WIB));
        pass.applied = true;
        return pass;
    }

    private Map<String, User> users(RecommendationPass pass) {
        Set<String> nips = new LinkedHashSet<>();
        for (Assignment a : pass.assignments) {
            nips.add(a.result.nip().value());
            if (settings.notifyEvaluator() && a.result.evaluatorNip() != null) {
                nips.add(a.result.evaluatorNip().value());
            }
        }
        Map<String, User> users = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(nips))) {
            for (User user : moodle.usersByField(UserField.IDNUMBER, chunk)) {
                users.put(user.idNumber(), user);
            }
        }
        return users;
    }

    private void resolve(RecommendationPass pass, Map<String, User> users) {
        for (Assignment a : pass.assignments) {
            User user = users.get(a.result.nip().value());
            if (!pass.courses.containsKey(a.course)) {
                CourseField field = a.course.field().equals("shortname") ? CourseField.SHORTNAME : CourseField.IDNUMBER;
                List<Course> found = moodle.coursesByField(field, a.course.value()).courses();
                pass.courses.put(a.course, found.isEmpty() ? null : found.get(0));
            }
            Course course = pass.courses.get(a.course);
            if (course == null) {
                refuse(pass, a, "kursus tidak ditemukan di Moodle / course not found in Moodle: " + a.course
                        + " (aturan/rule " + a.ruleIds() + " in jembatan.flows.kinerja-recommendations.rules)",
                        "kinerja-recommendations.unknown-course");
            } else if (user == null) {
                refuse(pass, a, "tidak ada akun Moodle dengan idnumber / no Moodle account with idnumber "
                        + a.result.nip().value() + " (hr-profiles membuatnya / creates it)", "moodle.no-account");
            } else {
                a.userId = user.id();
                a.courseId = course.id();
                a.courseName = course.fullName();
            }
        }
    }

    /** Leaves out the courses an ASN is already enrolled in, or has completed (core_enrol_get_users_courses). */
    private void checkExisting(RecommendationPass pass, List<Assignment> live) {
        Map<Long, Map<Long, UserCourse>> byUser = new HashMap<>();
        for (Assignment a : live) {
            if (a.state != Assignment.State.NEW) {
                continue;
            }
            Map<Long, UserCourse> courses = byUser.computeIfAbsent(a.userId, id -> {
                Map<Long, UserCourse> map = new HashMap<>();
                moodle.userCourses(id).forEach(c -> map.put(c.id(), c));
                return map;
            });
            UserCourse existing = courses.get(a.courseId);
            if (existing != null) {
                boolean completed = Boolean.TRUE.equals(existing.completed());
                a.state = completed ? Assignment.State.ALREADY_COMPLETED : Assignment.State.ALREADY_ENROLLED;
                if (completed) {
                    pass.alreadyCompletedNow++;
                } else {
                    pass.alreadyEnrolledNow++;
                }
                pass.marks.put(a.key(), a.state.value);
                pass.audit.add(new RecommendationPass.Audit(completed ? "skip-completed" : "skip-enrolled",
                        subject(a), "sudah " + (completed ? "menyelesaikan / already completed" : "terdaftar / already"
                        + " enrolled") + "; aturan/rules " + a.ruleIds()));
            }
        }
    }

    private void enrol(RecommendationPass pass, List<Assignment> toEnrol, Instant start, Instant end) {
        if (toEnrol.isEmpty()) {
            return;
        }
        Map<String, String> planned = new LinkedHashMap<>();
        toEnrol.forEach(a -> planned.put(a.key(), Assignment.State.PLANNED.value));
        marks.putAll(ASSIGNMENTS, planned);
        for (List<Assignment> chunk : chunks(toEnrol)) {
            try {
                moodle.enrol(chunk.stream().map(a -> enrolment(a, start, end)).toList());
                chunk.forEach(a -> enrolled(pass, a, end));
            } catch (MoodleException refused) {
                if (refused.kind() != ErrorKind.PERMANENT) {
                    throw refused;
                }
                for (Assignment a : chunk) {
                    try {
                        moodle.enrol(List.of(enrolment(a, start, end)));
                        enrolled(pass, a, end);
                    } catch (MoodleException one) {
                        if (one.kind() != ErrorKind.PERMANENT) {
                            throw one;
                        }
                        refuse(pass, a, "Moodle menolak pendaftaran / Moodle refused the enrolment of user " + a.userId
                                + " in course " + a.courseId + ": " + one.errorcode() + ": " + one.getMessage(),
                                "moodle.enrol-refused");
                    }
                }
            }
        }
        Map<String, String> done = new LinkedHashMap<>();
        toEnrol.stream().filter(a -> a.state == Assignment.State.ENROLLED).forEach(a -> done.put(a.key(), a.state.value));
        if (!done.isEmpty()) {
            marks.putAll(ASSIGNMENTS, done);
        }
    }

    private Enrolment enrolment(Assignment a, Instant start, Instant end) {
        return Enrolment.of(settings.roleId(), a.userId, a.courseId).during(start, end);
    }

    private void enrolled(RecommendationPass pass, Assignment a, Instant end) {
        a.state = Assignment.State.ENROLLED;
        pass.enrolledNow++;
        pass.audit.add(new RecommendationPass.Audit("enrol", subject(a), "kursus/course " + a.courseId + " \""
                + a.courseName + "\" sampai/until " + end + "; predikat " + a.result.predikat().label() + "; aturan/rules "
                + a.ruleIds()));
    }

    private void message(RecommendationPass pass, List<Assignment> enrolled, Map<String, User> users, LocalDate until) {
        List<InstantMessage> messages = new ArrayList<>();
        List<Runnable> onSent = new ArrayList<>();
        List<java.util.function.Consumer<String>> onFailed = new ArrayList<>();
        for (Assignment a : enrolled) {
            messages.add(InstantMessage.plain(a.userId, RecommendationMessages.toAsn(a, until)).withClientMsgId(a.key()));
            onSent.add(() -> {
                a.state = Assignment.State.NOTIFIED;
                pass.marks.put(a.key(), a.state.value);
            });
            onFailed.add(error -> pass.refused.add(new Rejected(a.key() + "#pesan",
                    payload(a), "pesan ke ASN tidak terkirim / message to the ASN not sent (Moodle user " + a.userId
                    + ", NIP " + a.result.nip().value() + "): " + error, "moodle.message-failed")));
        }
        if (settings.notifyEvaluator()) {
            Map<String, List<Assignment>> perPeriod = new LinkedHashMap<>();
            enrolled.forEach(a -> perPeriod.computeIfAbsent(a.result.periodKey(), k -> new ArrayList<>()).add(a));
            perPeriod.forEach((periodKey, list) -> {
                PeriodResult result = list.get(0).result;
                User evaluator = result.evaluatorNip() == null ? null : users.get(result.evaluatorNip().value());
                if (evaluator == null) {
                    return;
                }
                String key = periodKey + "#penilai";
                if (marks.lookup(ASSIGNMENTS, key).isPresent()) {
                    return;
                }
                messages.add(InstantMessage.plain(evaluator.id(), RecommendationMessages.toEvaluator(result,
                        list.stream().map(a -> a.courseName).toList())).withClientMsgId(key));
                onSent.add(() -> pass.marks.put(key, Assignment.State.NOTIFIED.value));
                onFailed.add(error -> pass.refused.add(new Rejected(key, null,
                        "pesan ke penilai tidak terkirim / message to the evaluator not sent (Moodle user "
                                + evaluator.id() + ", NIP " + result.evaluatorNip().value() + "): " + error,
                        "moodle.message-failed")));
            });
        }
        for (int from = 0; from < messages.size(); from += settings.batchSize()) {
            int to = Math.min(messages.size(), from + settings.batchSize());
            List<SentMessage> answers = moodle.sendInstantMessages(messages.subList(from, to));
            for (int i = from; i < to; i++) {
                SentMessage answer = i - from < answers.size() ? answers.get(i - from) : null;
                if (answer != null && answer.delivered()) {
                    pass.sentNow++;
                    onSent.get(i).run();
                } else {
                    pass.messageFailedNow++;
                    onFailed.get(i).accept(answer == null ? "Moodle tidak menjawab pesan ini / no answer for it"
                            : "msgid " + answer.msgId() + ": " + answer.errorMessage());
                }
            }
        }
    }

    /** Records dead letters, assignment states and the audit log, then moves the watermark past the page. */
    public RecommendationPass commit(RecommendationPass pass) {
        for (Rejected rejected : pass.refused) {
            deadLetters.record(FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(), rejected.errorClass());
        }
        if (!pass.marks.isEmpty()) {
            marks.putAll(ASSIGNMENTS, pass.marks);
        }
        for (RecommendationPass.Audit entry : pass.audit) {
            audit.record(FLOW, entry.action(), entry.subject(), entry.detail());
        }
        String checkpoint = pass.reader().checkpoint();
        if (checkpoint != null) {
            watermarks.advance(FLOW, source.kind(), checkpoint);
        }
        pass.committed(pass.refused.size());
        return pass;
    }

    private void refuse(RecommendationPass pass, Assignment a, String reason, String errorClass) {
        a.failed = true;
        pass.refused.add(new Rejected(a.key(), payload(a), reason, errorClass));
    }

    private static String subject(Assignment a) {
        return a.result.nip().value() + " → " + a.course + " (" + a.result.periodName() + ")";
    }

    private static String payload(Assignment a) {
        PeriodResult r = a.result;
        return "{\"nip\":\"" + r.nip().value() + "\",\"tahun\":" + r.year() + ",\"periode\":\"" + r.period().key()
                + "\",\"predikat\":\"" + r.predikat().code() + "\",\"kursus\":\"" + json(a.course.toString())
                + "\",\"aturan\":\"" + json(a.ruleIds()) + "\"}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += settings.batchSize()) {
            chunks.add(items.subList(i, Math.min(items.size(), i + settings.batchSize())));
        }
        return chunks;
    }
}
