package id.jembatan.flow.learning;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.moodle.Category;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.CourseSection;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.GradeItemsResult;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up, through Moodle's web services, what statements need beyond a log row: who the learner is (NIP),
 * what the course is (name, JP, competency type), which activity a module is, and a grade item's range.
 * Answers are cached (bounded, and each forgotten {@code ttl} after it was read, so that a learner's new NIP or a
 * course's new JP reaches the statements of a long-running log tail), so a busy log costs a few calls per new user or
 * course, not one per row. Moodle's "no such record" answers are cached as absent; a permanent refusal of one user
 * or course is kept as its reason, not as an answer, so that only the records about it are dead-lettered; transient
 * and fatal errors propagate.
 */
public class MoodleDirectory {

    private static final Pattern JP_IN_IDNUMBER = Pattern.compile(";\\s*JP\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final int USERS_PER_CALL = 100;

    /** How long an answer is kept when no other time is given. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

    private final MoodleClient moodle;
    private final LearningSettings settings;
    private final Duration ttl;
    private final Ticker ticker;
    private final Map<Long, Optional<Learner>> learners;
    private final Map<Long, Optional<CourseInfo>> courses;
    private final Map<Long, Map<Long, ModuleInfo>> modulesByCourse;
    private final Map<Long, GradeItemInfo> gradeItems;
    private final Map<Long, String> categoryIdNumbers;
    private final Map<Long, String> learnerRefusals;
    private final Map<Long, String> courseRefusals;

    /** Answers kept {@link #DEFAULT_TTL}. */
    public MoodleDirectory(MoodleClient moodle, LearningSettings settings) {
        this(moodle, settings, DEFAULT_TTL, Ticker.systemTicker());
    }

    /**
     * @param ttl    how long an answer is kept after it was read ({@code jembatan.flows.moodle-learning.directory-ttl})
     * @param ticker the clock of the expiry
     */
    public MoodleDirectory(MoodleClient moodle, LearningSettings settings, Duration ttl, Ticker ticker) {
        this.moodle = moodle;
        this.settings = settings;
        this.ttl = ttl;
        this.ticker = ticker;
        this.learners = cache(20_000);
        this.courses = cache(5_000);
        this.modulesByCourse = cache(2_000);
        this.gradeItems = cache(20_000);
        this.categoryIdNumbers = cache(5_000);
        this.learnerRefusals = cache(1_000);
        this.courseRefusals = cache(1_000);
    }

    /**
     * The learners with these Moodle user ids; ids Moodle does not know are left out. When Moodle refuses a batched
     * look-up for good (a permanent error), each id is asked for alone, and an id Moodle still refuses is left out
     * with its reason in {@link #learnerRefusal} until it is asked for again.
     */
    public synchronized Map<Long, Learner> learners(Collection<Long> userIds) {
        Map<Long, Optional<Learner>> known = new HashMap<>();
        List<Long> missing = cached(learners, userIds, known);
        for (int from = 0; from < missing.size(); from += USERS_PER_CALL) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + USERS_PER_CALL));
            try {
                loadLearners(chunk, known);
            } catch (MoodleClientException e) {
                if (e.kind() != ErrorKind.PERMANENT) {
                    throw e;
                }
                for (Long id : chunk) {
                    try {
                        loadLearners(List.of(id), known);
                    } catch (MoodleClientException alone) {
                        if (alone.kind() != ErrorKind.PERMANENT) {
                            throw alone;
                        }
                        learnerRefusals.put(id, "Moodle menolak mencari pengguna / refused to look up user id " + id
                                + ": " + alone.getMessage());
                    }
                }
            }
        }
        Map<Long, Learner> result = new HashMap<>();
        userIds.forEach(id -> known.getOrDefault(id, Optional.empty()).ifPresent(l -> result.put(id, l)));
        return result;
    }

    private void loadLearners(List<Long> ids, Map<Long, Optional<Learner>> known) {
        List<User> found = moodle.usersByField(UserField.ID, ids.stream().map(String::valueOf).toList());
        ids.forEach(id -> {
            known.put(id, Optional.empty());
            learnerRefusals.remove(id);
        });
        found.forEach(user -> known.put(user.id(), Optional.of(toLearner(user))));
        ids.forEach(id -> learners.put(id, known.get(id)));
    }

    /** Why Moodle refused the last look-up of user {@code userId}, when it did; not cached, so asked again. */
    public synchronized Optional<String> learnerRefusal(long userId) {
        return Optional.ofNullable(learnerRefusals.get(userId));
    }

    /**
     * The courses with these ids; ids of courses that no longer exist are left out. When Moodle refuses the batched
     * look-up for good (e.g. {@code errorcoursecontextnotvalid} for one course the account cannot open), each course is
     * asked for alone, and one Moodle still refuses is left out with its reason in {@link #courseRefusal}.
     */
    public synchronized Map<Long, CourseInfo> courses(Collection<Long> courseIds) {
        Map<Long, Optional<CourseInfo>> known = new HashMap<>();
        List<Long> missing = cached(courses, courseIds.stream().filter(id -> id > 0).toList(), known);
        if (!missing.isEmpty()) {
            try {
                loadCourses(missing, known);
            } catch (MoodleClientException e) {
                if (e.kind() != ErrorKind.PERMANENT) {
                    throw e;
                }
                for (Long id : missing) {
                    try {
                        loadCourses(List.of(id), known);
                    } catch (MoodleClientException alone) {
                        if (alone.kind() != ErrorKind.PERMANENT) {
                            throw alone;
                        }
                        courseRefusals.put(id, "Moodle menolak mencari kursus / refused to look up course id " + id
                                + ": " + alone.getMessage());
                    }
                }
            }
        }
        Map<Long, CourseInfo> result = new HashMap<>();
        courseIds.forEach(id -> known.getOrDefault(id, Optional.empty()).ifPresent(c -> result.put(id, c)));
        return result;
    }

    private void loadCourses(List<Long> ids, Map<Long, Optional<CourseInfo>> known) {
        List<CourseInfo> infos = moodle.courses(ids).stream().map(this::toCourse).toList();
        ids.forEach(id -> {
            known.put(id, Optional.empty());
            courseRefusals.remove(id);
        });
        infos.forEach(info -> known.put(info.id(), Optional.of(info)));
        ids.forEach(id -> courses.put(id, known.get(id)));
    }

    /** Why Moodle refused the last look-up of course {@code courseId}, when it did; not cached, so asked again. */
    public synchronized Optional<String> courseRefusal(long courseId) {
        return Optional.ofNullable(courseRefusals.get(courseId));
    }

    /**
     * Copies what {@code cache} holds of {@code ids} into {@code known} and returns the ids it does not hold, each once,
     * in order (read once each, so that an entry expiring meanwhile is asked for again rather than taken as absent).
     */
    private static <V> List<Long> cached(Map<Long, V> cache, Collection<Long> ids, Map<Long, V> known) {
        List<Long> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            V value = cache.get(id);
            if (value == null) {
                missing.add(id);
            } else {
                known.put(id, value);
            }
        }
        return missing;
    }

    /** Every module of a course, read again from Moodle (empty when the course is gone). */
    synchronized Map<Long, ModuleInfo> modules(long courseId) {
        Map<Long, ModuleInfo> modules = loadModules(courseId);
        modulesByCourse.put(courseId, modules);
        return modules;
    }

    /** The course module {@code cmid} of a course, or empty when the course or module is gone. */
    public synchronized Optional<ModuleInfo> module(long courseId, long cmid) {
        Map<Long, ModuleInfo> modules = modulesByCourse.get(courseId);
        if (modules == null || !modules.containsKey(cmid)) {
            modules = loadModules(courseId);
            modulesByCourse.put(courseId, modules);
        }
        return Optional.ofNullable(modules.get(cmid));
    }

    /** Grade item {@code itemId} of a course, looked up through one learner's grade report. */
    public synchronized Optional<GradeItemInfo> gradeItem(long courseId, long userId, long itemId) {
        GradeItemInfo cached = gradeItems.get(itemId);
        if (cached != null) {
            return Optional.of(cached);
        }
        GradeItemsResult result;
        try {
            result = moodle.gradeItems(courseId, userId);
        } catch (MoodleClientException e) {
            if (e.kind() == ErrorKind.PERMANENT) {
                return Optional.empty();
            }
            throw e;
        }
        GradeItemInfo wanted = null;
        for (GradeItemsResult.UserGrades grades : result.userGrades()) {
            for (GradeItemsResult.GradeItem item : grades.gradeItems()) {
                GradeItemInfo info = new GradeItemInfo(item.id(), item.itemName(), item.itemType(),
                        item.itemModule(), item.cmId(), item.gradeMin(), item.gradeMax());
                gradeItems.put(item.id(), info);
                if (item.id() == itemId) {
                    wanted = info;
                }
            }
        }
        return Optional.ofNullable(wanted);
    }

    private Map<Long, ModuleInfo> loadModules(long courseId) {
        List<CourseSection> sections;
        try {
            sections = moodle.courseContents(courseId);
        } catch (MoodleClientException e) {
            if (e.kind() == ErrorKind.PERMANENT) {
                return Map.of();
            }
            throw e;
        }
        Map<Long, ModuleInfo> modules = new HashMap<>();
        for (CourseSection section : sections) {
            for (CourseSection.Module module : section.modules()) {
                modules.put(module.id(), new ModuleInfo(module.id(), module.modName(), module.name(),
                        module.instance()));
            }
        }
        return modules;
    }

    private Learner toLearner(User user) {
        String field = settings.nipField();
        return Learner.of(user.id(), user.username(), user.fullName(), user.department(), field,
                field.equals("idnumber") ? user.idNumber() : user.profileField(field).orElse(null));
    }

    /**
     * The course field local_jembatan creates ({@code jenis_kompetensi}: Teknis / Manajerial / Sosial Kultural); when a
     * course fills it, it says the competency type before the category does.
     */
    static final String COMPETENCY_FIELD = "jenis_kompetensi";

    private CourseInfo toCourse(Course course) {
        return new CourseInfo(course.id(), course.fullName(), course.idNumber(), jp(course), competencyType(course));
    }

    private Integer jp(Course course) {
        Optional<Integer> fromField = course.customField(settings.jpField())
                .map(field -> field.valueRaw() == null || field.valueRaw().isBlank() ? field.value() : field.valueRaw())
                .flatMap(MoodleDirectory::wholeHours);
        if (fromField.isPresent()) {
            return fromField.get();
        }
        if (course.idNumber() != null) {
            Matcher matcher = JP_IN_IDNUMBER.matcher(course.idNumber());
            if (matcher.find()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    private static Optional<Integer> wholeHours(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            return value > 0 && value == Math.rint(value) ? Optional.of((int) value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private CompetencyType competencyType(Course course) {
        Optional<CompetencyType> fromField = course.customField(COMPETENCY_FIELD)
                .flatMap(field -> CompetencyType.fromValue(field.value()));
        if (fromField.isPresent()) {
            return fromField.get();
        }
        String categoryIdNumber = categoryIdNumbers.get(course.categoryId());
        if (categoryIdNumber == null && course.categoryId() > 0) {
            Map<Long, String> loaded = new HashMap<>();
            for (Category category : moodle.categories()) {
                if (category.idNumber() != null) {
                    loaded.put(category.id(), category.idNumber());
                }
            }
            categoryIdNumbers.clear();
            categoryIdNumbers.putAll(loaded);
            categoryIdNumber = loaded.get(course.categoryId());
        }
        CompetencyType byCategory = categoryIdNumber == null ? null
                : settings.categoryCompetency().get(categoryIdNumber.trim().toUpperCase());
        if (byCategory != null || course.idNumber() == null) {
            return byCategory;
        }
        String prefix = course.idNumber().split("[-;]", 2)[0].trim().toUpperCase();
        return settings.categoryCompetency().get(prefix);
    }

    /** A map view of a bounded cache whose entries expire {@link #ttl} after they were written. */
    private <K, V> Map<K, V> cache(int capacity) {
        return Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(ttl).ticker(ticker)
                .executor(Runnable::run).<K, V>build().asMap();
    }

    /** Forgets everything cached (after an admin changed courses or users in bulk). */
    public synchronized void clear() {
        learners.clear();
        courses.clear();
        modulesByCourse.clear();
        gradeItems.clear();
        categoryIdNumbers.clear();
        learnerRefusals.clear();
        courseRefusals.clear();
    }
}
