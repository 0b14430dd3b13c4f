package id.jembatan.flow.learning;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up, through Moodle's web services, what statements need beyond a log row: who the learner is (NIP),
 * what the course is (name, JP, competency type), which activity a module is, and a grade item's range.
 * Answers are cached (bounded), so a busy log costs a few calls per new user or course, not one per row.
 * Moodle's "no such record" answers are cached as absent; transient and fatal errors propagate.
 */
public class MoodleDirectory {

    private static final Pattern JP_IN_IDNUMBER = Pattern.compile(";\\s*JP\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final int USERS_PER_CALL = 100;

    private final MoodleClient moodle;
    private final LearningSettings settings;
    private final Map<Long, Optional<Learner>> learners = lru(20_000);
    private final Map<Long, Optional<CourseInfo>> courses = lru(5_000);
    private final Map<Long, Map<Long, ModuleInfo>> modulesByCourse = lru(2_000);
    private final Map<Long, GradeItemInfo> gradeItems = lru(20_000);
    private Map<Long, String> categoryIdNumbers = Map.of();

    public MoodleDirectory(MoodleClient moodle, LearningSettings settings) {
        this.moodle = moodle;
        this.settings = settings;
    }

    /** The learners with these Moodle user ids; ids Moodle does not know are left out. */
    public synchronized Map<Long, Learner> learners(Collection<Long> userIds) {
        List<Long> missing = userIds.stream().distinct().filter(id -> !learners.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += USERS_PER_CALL) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + USERS_PER_CALL));
            List<User> found = moodle.usersByField(UserField.ID, chunk.stream().map(String::valueOf).toList());
            chunk.forEach(id -> learners.put(id, Optional.empty()));
            found.forEach(user -> learners.put(user.id(), Optional.of(toLearner(user))));
        }
        Map<Long, Learner> result = new HashMap<>();
        userIds.forEach(id -> learners.getOrDefault(id, Optional.empty()).ifPresent(l -> result.put(id, l)));
        return result;
    }

    /** The courses with these ids; ids of courses that no longer exist are left out. */
    public synchronized Map<Long, CourseInfo> courses(Collection<Long> courseIds) {
        List<Long> missing = courseIds.stream().distinct().filter(id -> id > 0 && !courses.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            List<Course> found = moodle.courses(missing);
            missing.forEach(id -> courses.put(id, Optional.empty()));
            for (Course course : found) {
                courses.put(course.id(), Optional.of(toCourse(course)));
            }
        }
        Map<Long, CourseInfo> result = new HashMap<>();
        courseIds.forEach(id -> courses.getOrDefault(id, Optional.empty()).ifPresent(c -> result.put(id, c)));
        return result;
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
        for (GradeItemsResult.UserGrades grades : result.userGrades()) {
            for (GradeItemsResult.GradeItem item : grades.gradeItems()) {
                gradeItems.put(item.id(), new GradeItemInfo(item.id(), item.itemName(), item.itemType(),
                        item.itemModule(), item.cmId(), item.gradeMin(), item.gradeMax()));
            }
        }
        return Optional.ofNullable(gradeItems.get(itemId));
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
            categoryIdNumbers = loaded;
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

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Forgets everything cached (after an admin changed courses or users in bulk). */
    public synchronized void clear() {
        learners.clear();
        courses.clear();
        modulesByCourse.clear();
        gradeItems.clear();
        categoryIdNumbers = Map.of();
    }
}
