package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the sandbox Moodle serves: users, courses, categories, each course's activities and grade items, who is
 * enrolled where and how far they got, and the functions the token's service offers. Immutable; the
 * {@code with...} methods return a changed copy.
 *
 * <p>{@link #recorded()} is the recorded lab site (users 1 to 13, courses 1 to 6, categories 1 to 4), built from
 * the recorded answers; what was not recorded (the activities of courses 2, 3, 4 and 6, most learners' grades
 * and completions) is derived in the recorded shapes, as {@code src/main/resources/sandbox/moodle/ws/README.md} lists.
 * {@link #synthetic(int, int, long)} is a site of any size with the same shapes, for benchmarks.
 */
public final class SandboxData {

    /** Users every site has: guest (1), admin (2), the trainer {@code widyaiswara.andi} (11), the WS account (12). */
    static final List<Long> SITE_USERS = List.of(1L, 2L, 11L, 12L);
    static final long SITE_COURSE = 1;
    static final long TRAINER = 11;
    static final long WS_ACCOUNT = 12;

    private static final Templates TEMPLATES = new Templates();

    /**
     * A course as stored.
     *
     * @param listed the course in the {@code core_course_get_courses} shape
     * @param byField the course in the {@code core_course_get_courses_by_field} shape, without contacts
     * @param layout its activities and grade items; null for the site course
     */
    record CourseEntry(long id, ObjectNode listed, ObjectNode byField, CourseLayout layout) {
    }

    private final ObjectNode siteInfo;
    private final List<String> functions;
    private final Map<Long, ObjectNode> users;
    private final Map<String, Long> usernames;
    private final Map<String, Long> idnumbers;
    private final Map<Long, CourseEntry> courses;
    private final Map<Long, ObjectNode> categories;
    private final Enrolments enrolments;
    private final Map<Long, Long> quizCourses;
    private final Map<List<Long>, List<ObjectNode>> recordedAttempts;
    private final Cohorts cohorts;
    private volatile ObjectNode answeredSiteInfo;

    SandboxData(ObjectNode siteInfo, List<String> functions, Map<Long, ObjectNode> users,
            Map<Long, CourseEntry> courses, Map<Long, ObjectNode> categories, Enrolments enrolments,
            Map<List<Long>, List<ObjectNode>> recordedAttempts) {
        this(siteInfo, functions, users, courses, categories, enrolments, recordedAttempts, Cohorts.NONE);
    }

    SandboxData(ObjectNode siteInfo, List<String> functions, Map<Long, ObjectNode> users,
            Map<Long, CourseEntry> courses, Map<Long, ObjectNode> categories, Enrolments enrolments,
            Map<List<Long>, List<ObjectNode>> recordedAttempts, Cohorts cohorts) {
        this.cohorts = cohorts;
        this.siteInfo = siteInfo;
        this.functions = List.copyOf(functions);
        this.users = Collections.unmodifiableMap(new TreeMap<>(users));
        this.courses = Collections.unmodifiableMap(new LinkedHashMap<>(courses));
        this.categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        this.enrolments = enrolments;
        this.recordedAttempts = Map.copyOf(recordedAttempts);
        Map<String, Long> byUsername = new HashMap<>();
        Map<String, Long> byIdnumber = new HashMap<>();
        this.users.forEach((id, user) -> {
            byUsername.put(user.path("username").asText(), id);
            String idnumber = user.path("idnumber").asText("");
            if (!idnumber.isEmpty()) {
                byIdnumber.putIfAbsent(idnumber, id);
            }
        });
        this.usernames = byUsername;
        this.idnumbers = byIdnumber;
        Map<Long, Long> quizzes = new HashMap<>();
        this.courses.values().stream().filter(c -> c.layout() != null && c.layout().quizCourse())
                .forEach(c -> quizzes.put(c.layout().quiz().instance(), c.id()));
        this.quizCourses = quizzes;
    }

    /** The recorded lab site, with derived answers where none were recorded. */
    public static SandboxData recorded() {
        return RecordedSite.DATA;
    }

    /**
     * The recorded site's scaffolding (guest, admin, trainer 11, WS account 12, the site course and the
     * categories KT 2, KM 3, KSK 4) plus {@code users} synthetic learners (ids from 13) and {@code courses}
     * synthetic courses (ids from 2), every learner enrolled as student in every course, with the trainer as
     * editing teacher. Learners have valid 18-digit NIPs as {@code idnumber} and usernames {@code asn<id>};
     * courses have a {@code jp} field, a category of KT, KM or KSK and a Page and a Quiz laid out as the
     * synthetic log rows of {@code support.moodlelog} expect. The same arguments give the same site.
     */
    public static SandboxData synthetic(int users, int courses, long seed) {
        SandboxData site = recorded().scaffolding();
        List<SandboxUser> learners = syntheticUsers(users, 13, seed);
        List<SandboxCourse> added = syntheticCourses(courses, 2, seed);
        return site.withUsers(learners).withCourses(added)
                .withEnrolments(learners.stream().map(SandboxUser::id).toList(),
                        added.stream().map(SandboxCourse::id).toList(), seed);
    }

    /**
     * {@code count} synthetic learners with ids from {@code firstId}: Indonesian names, usernames
     * {@code asn<id>}, unique valid NIPs (birth date, TMT month, gender 1/2, sequence), an OPD, golongan and
     * jabatan. The same arguments give the same users.
     */
    public static List<SandboxUser> syntheticUsers(int count, long firstId, long seed) {
        return SyntheticSite.users(count, firstId, seed);
    }

    /**
     * {@code count} synthetic courses with ids from {@code firstId}: category 2, 3 or 4 (KT, KM, KSK), an idnumber
     * starting with the category's idnumber, and a {@code jp} of 8 to 40. The same arguments give the same
     * courses.
     */
    public static List<SandboxCourse> syntheticCourses(int count, long firstId, long seed) {
        return SyntheticSite.courses(count, firstId, seed);
    }

    /** This site plus {@code added}, whose ids must be new. */
    public SandboxData withUsers(Collection<SandboxUser> added) {
        Map<Long, ObjectNode> more = new TreeMap<>(users);
        for (SandboxUser user : added) {
            if (more.containsKey(user.id())) {
                throw new IllegalArgumentException("user id " + user.id() + " is already served");
            }
            if (usernames.containsKey(user.username())) {
                throw new IllegalArgumentException("username " + user.username() + " is already served");
            }
            more.put(user.id(), TEMPLATES.user(user));
        }
        return new SandboxData(siteInfo, functions, more, courses, categories, enrolments, recordedAttempts,
                cohorts);
    }

    /**
     * This site plus {@code added}, whose ids must be new and whose categories must exist. Each added course
     * {@code c} gets the activities and grade items the synthetic log rows expect: context {@code 1000 + c}, a
     * Page (course module {@code 10c + 1}) and a Quiz (course module {@code 10c + 2}, quiz id {@code c}), module
     * contexts {@code 100000 + cmid}, the quiz's grade item {@code 10c + 8} and the course total {@code 10c + 9}.
     */
    public SandboxData withCourses(Collection<SandboxCourse> added) {
        Map<Long, CourseEntry> more = new LinkedHashMap<>(courses);
        Map<Long, Integer> perCategory = new HashMap<>();
        courses.values().forEach(c -> perCategory.merge(c.listed().path("categoryid").asLong(), 1, Integer::sum));
        for (SandboxCourse course : added) {
            if (more.containsKey(course.id())) {
                throw new IllegalArgumentException("course id " + course.id() + " is already served");
            }
            JsonNode category = categories.get(course.categoryId());
            if (category == null || course.categoryId() == 0) {
                throw new IllegalArgumentException("course " + course.id() + ": no category " + course.categoryId());
            }
            int place = perCategory.merge(course.categoryId(), 1, Integer::sum);
            long sortOrder = category.path("sortorder").asLong() + place;
            CourseLayout layout = CourseLayout.synthetic(course.id(), course.fullname(), course.shortname());
            more.put(course.id(), new CourseEntry(course.id(), TEMPLATES.courseListed(course, sortOrder),
                    TEMPLATES.courseByField(course, sortOrder, category.path("name").asText(), layout.contextId()),
                    layout));
        }
        return new SandboxData(siteInfo, functions, users, more, categories, enrolments, recordedAttempts,
                cohorts);
    }

    /**
     * This site with every one of {@code userIds} enrolled as student in every one of {@code courseIds}, and the
     * trainer (user 11, if served) as editing teacher. Each learner's progress (Page viewed, grade, quiz
     * attempt) is drawn from {@code seed}, the course and the user: most viewed the Page, most of those were
     * graded, most of those passed.
     */
    public SandboxData withEnrolments(Collection<Long> userIds, Collection<Long> courseIds, long seed) {
        for (long id : userIds) {
            requireUser(id);
        }
        Map<Long, CourseLayout> layouts = new HashMap<>();
        for (long id : courseIds) {
            CourseEntry course = courses.get(id);
            if (course == null || course.layout() == null) {
                throw new IllegalArgumentException("course " + id + " is not served or has no activities");
            }
            layouts.put(id, course.layout());
        }
        Enrolments more = enrolments.with(new Enrolments.Block(Set.copyOf(userIds), Set.copyOf(courseIds),
                Enrolment.Role.STUDENT,
                (courseId, userId) -> SyntheticSite.enrolment(seed, layouts.get(courseId), courseId, userId)));
        if (users.containsKey(TRAINER)) {
            more = more.with(new Enrolments.Block(Set.of(TRAINER), Set.copyOf(courseIds),
                    Enrolment.Role.EDITING_TEACHER,
                    (courseId, userId) -> new Enrolment(courseId, userId, Enrolment.Role.EDITING_TEACHER, 0,
                            Enrolment.Progress.NONE)));
        }
        return new SandboxData(siteInfo, functions, users, courses, categories, more, recordedAttempts, cohorts);
    }

    /**
     * This site with {@code userId} enrolled as student in {@code courseId}: with {@code completed}, having viewed
     * the Page and passed (full grade) at {@code at}, so that Moodle reports the course completed; without, no
     * progress yet. For tests that need one learner's state exactly rather than {@link #withEnrolments}'s draw.
     */
    public SandboxData withEnrolment(long userId, long courseId, boolean completed, long at) {
        requireUser(userId);
        CourseEntry course = courses.get(courseId);
        if (course == null || course.layout() == null) {
            throw new IllegalArgumentException("course " + courseId + " is not served or has no activities");
        }
        Enrolment.Progress progress = !completed ? Enrolment.Progress.NONE : new Enrolment.Progress(at, 100.0, at, at,
                at, course.layout().quizCourse() ? courseId * 1_000_000L + userId : null);
        Enrolment enrolment = new Enrolment(courseId, userId, Enrolment.Role.STUDENT, completed ? at : 0, progress);
        Enrolments more = enrolments.with(new Enrolments.Block(Set.of(userId), Set.of(courseId),
                Enrolment.Role.STUDENT, (c, u) -> enrolment));
        return new SandboxData(siteInfo, functions, users, courses, categories, more, recordedAttempts, cohorts);
    }

    /** This site with these functions added to the token's service (and to the site info). */
    public SandboxData withFunctions(String... wsfunctions) {
        Set<String> more = new LinkedHashSet<>(functions);
        more.addAll(List.of(wsfunctions));
        return new SandboxData(siteInfo, List.copyOf(more), users, courses, categories, enrolments,
                recordedAttempts, cohorts);
    }

    /**
     * This site with these functions taken out of the token's service: the site info no longer lists them and
     * calling them gets Moodle's {@code accessexception}.
     */
    public SandboxData withoutFunctions(String... wsfunctions) {
        List<String> fewer = new ArrayList<>(functions);
        fewer.removeAll(List.of(wsfunctions));
        return new SandboxData(siteInfo, fewer, users, courses, categories, enrolments, recordedAttempts,
                cohorts);
    }

    /**
     * This site under another name ({@code sitename} in the site info), e.g. one that says it is a sandbox, so
     * that nobody mistakes it for a real Moodle.
     */
    public SandboxData withSiteName(String siteName) {
        if (siteName == null || siteName.isBlank()) {
            throw new IllegalArgumentException("a site name must not be blank");
        }
        ObjectNode renamed = siteInfo.deepCopy();
        renamed.put("sitename", siteName);
        return new SandboxData(renamed, functions, users, courses, categories, enrolments, recordedAttempts,
                cohorts);
    }

    /** The site's name as the site info gives it. */
    public String siteName() {
        return siteInfo.path("sitename").asText();
    }

    /** Every cohort (created through {@code core_cohort_create_cohorts}), by id, with its member count. */
    public List<SandboxCohort> cohorts() {
        return cohorts.list();
    }

    /** The ids of the members of the cohort with this idnumber; empty when there is no such cohort. */
    public List<Long> cohortMembers(String idnumber) {
        return cohorts.byIdnumber(idnumber).map(c -> List.copyOf(cohorts.members(c.path("id").asLong())))
                .orElse(List.of());
    }

    /** Every served user, by id. */
    public List<SandboxUser> users() {
        return users.values().stream().map(Templates::userView).toList();
    }

    /** The served user with this id. */
    public Optional<SandboxUser> user(long id) {
        return Optional.ofNullable(users.get(id)).map(Templates::userView);
    }

    /** Every served course but the site course, by id. */
    public List<SandboxCourse> courses() {
        return courses.values().stream().filter(c -> c.id() != SITE_COURSE).sorted(Comparator.comparingLong(
                CourseEntry::id)).map(c -> Templates.courseView(c.listed())).toList();
    }

    /** The ids of the served courses but the site course, ascending. */
    public List<Long> courseIds() {
        return courses().stream().map(SandboxCourse::id).toList();
    }

    /** The ids of the users enrolled as student in at least one course, ascending. */
    public List<Long> learnerIds() {
        return enrolments.students().stream().filter(users::containsKey).toList();
    }

    /** The ids of the users enrolled in a course (any role), ascending. */
    public List<Long> enrolledUserIds(long courseId) {
        return enrolments.ofCourse(courseId).stream().map(Enrolment::userId).toList();
    }

    /** The course module ids (cmid) of a course's activities; empty for an unknown course or the site course. */
    public List<Long> moduleIds(long courseId) {
        CourseEntry course = courses.get(courseId);
        return course == null || course.layout() == null ? List.of()
                : course.layout().modules().stream().map(CourseLayout.Module::cmid).toList();
    }

    /** The grade item ids of a course: its quiz or manual item, then the course total. */
    public List<Long> gradeItemIds(long courseId) {
        CourseEntry course = courses.get(courseId);
        return course == null || course.layout() == null ? List.of()
                : List.of(course.layout().assessmentItemId(), course.layout().courseItemId());
    }

    /** The functions the token's service offers. */
    public List<String> functions() {
        return functions;
    }

    private SandboxData scaffolding() {
        Map<Long, ObjectNode> kept = new TreeMap<>();
        SITE_USERS.forEach(id -> kept.put(id, users.get(id)));
        Map<Long, CourseEntry> site = Map.of(SITE_COURSE, courses.get(SITE_COURSE));
        return new SandboxData(siteInfo, functions, kept, site, categories, Enrolments.NONE, Map.of());
    }

    private void requireUser(long id) {
        if (!users.containsKey(id)) {
            throw new IllegalArgumentException("user " + id + " is not served");
        }
    }

    ObjectNode siteInfo() {
        ObjectNode info = answeredSiteInfo;
        if (info == null) {
            info = buildSiteInfo();
            answeredSiteInfo = info;
        }
        return info;
    }

    private ObjectNode buildSiteInfo() {
        Map<String, JsonNode> recorded = new HashMap<>();
        siteInfo.path("functions").forEach(f -> recorded.put(f.path("name").asText(), f));
        ObjectNode info = siteInfo.deepCopy();
        ArrayNode offered = info.putArray("functions");
        for (String name : functions) {
            JsonNode function = recorded.get(name);
            if (function != null) {
                offered.add(function);
            } else {
                offered.addObject().put("name", name).put("version", info.path("version").asText());
            }
        }
        return info;
    }

    boolean offers(String wsfunction) {
        return functions.contains(wsfunction);
    }

    Optional<ObjectNode> userNode(long id) {
        return Optional.ofNullable(users.get(id));
    }

    Collection<ObjectNode> userNodes() {
        return users.values();
    }

    Optional<Long> userIdByUsername(String username) {
        return Optional.ofNullable(usernames.get(username));
    }

    Optional<Long> userIdByIdnumber(String idnumber) {
        return Optional.ofNullable(idnumbers.get(idnumber));
    }

    Optional<Long> userIdByEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return users.values().stream().filter(u -> u.path("email").asText().toLowerCase(Locale.ROOT).equals(wanted))
                .map(u -> u.path("id").asLong()).findFirst();
    }

    /** Courses in storage order, the order {@code core_course_get_courses} answers in. */
    Collection<CourseEntry> courseEntries() {
        return courses.values();
    }

    Optional<CourseEntry> course(long id) {
        return Optional.ofNullable(courses.get(id));
    }

    Collection<ObjectNode> categoryNodes() {
        return categories.values();
    }

    Enrolments enrolments() {
        return enrolments;
    }

    Optional<Long> courseOfQuiz(long quizId) {
        return Optional.ofNullable(quizCourses.get(quizId));
    }

    Optional<List<ObjectNode>> recordedAttempts(long quizId, long userId) {
        return Optional.ofNullable(recordedAttempts.get(List.of(quizId, userId)));
    }

    /** The next free user id, as Moodle's auto-increment would give it. */
    long nextUserId() {
        return users.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    }

    /** This site with {@code user} stored under its id, added or replacing the stored one. */
    SandboxData withUserNodes(Map<Long, ObjectNode> changed) {
        Map<Long, ObjectNode> more = new TreeMap<>(users);
        more.putAll(changed);
        return new SandboxData(siteInfo, functions, more, courses, categories, enrolments, recordedAttempts,
                cohorts);
    }

    /** This site with these enrolments listed (replacing an enrolment of the same user in the same course). */
    SandboxData withListedEnrolments(Collection<Enrolment> added) {
        return new SandboxData(siteInfo, functions, users, courses, categories, enrolments.with(added),
                recordedAttempts, cohorts);
    }

    Cohorts cohortModel() {
        return cohorts;
    }

    SandboxData withCohortModel(Cohorts changed) {
        return new SandboxData(siteInfo, functions, users, courses, categories, enrolments, recordedAttempts,
                changed);
    }

    static Templates templates() {
        return TEMPLATES;
    }
}
