package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Computes Moodle's answer to one web service call from {@link SandboxData}: the function's result in the
 * recorded JSON shape, or the recorded exception body Moodle gave for the same kind of failure (HTTP 200).
 */
final class WsAnswers {

    /** The exception bodies, each recorded (but {@link #NO_QUIZ}, which is the recorded shape for table quiz). */
    static final JsonNode INVALID_TOKEN = Fixture.load("core_webservice_get_site_info__error_invalid_token").body();
    static final JsonNode ACCESS_EXCEPTION = Fixture.load("core_user_delete_users__error_function_not_in_service")
            .body();
    static final JsonNode INVALID_PARAMETER = Fixture.load("core_user_get_users_by_field__error_missing_field_param")
            .body();
    static final JsonNode CODING_ERROR = Fixture.load("core_user_get_users_by_field__error_invalid_field_value")
            .body();
    static final JsonNode NO_COURSE = Fixture.load("core_course_get_contents__error_nonexistent_course").body();
    static final JsonNode INVALID_USER = Fixture.load(
            "core_completion_get_course_completion_status__error_nonexistent_user").body();
    static final JsonNode NOT_ENROLLED = Fixture.load(
            "core_completion_get_course_completion_status__error_user_not_enrolled").body();
    static final JsonNode NO_QUIZ = ((ObjectNode) NO_COURSE.deepCopy()).put("message",
            "Can't find data record in database table quiz.");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> USER_CRITERIA = Set.of("id", "lastname", "firstname", "idnumber", "username",
            "email", "auth");
    private static final Set<String> LIKE_CRITERIA = Set.of("lastname", "firstname", "email");
    private static final Set<String> CATEGORY_CRITERIA = Set.of("id", "ids", "name", "parent", "idnumber", "visible",
            "theme");

    private final Map<String, BiFunction<SandboxData, FormFields, JsonNode>> functions = new LinkedHashMap<>();

    WsAnswers() {
        functions.put("core_webservice_get_site_info", (data, p) -> data.siteInfo());
        functions.put("core_user_get_users_by_field", this::usersByField);
        functions.put("core_user_get_users", this::users);
        functions.put("core_course_get_courses", this::courses);
        functions.put("core_course_get_courses_by_field", this::coursesByField);
        functions.put("core_course_get_categories", this::categories);
        functions.put("core_course_get_contents", this::contents);
        functions.put("gradereport_user_get_grade_items", this::gradeItems);
        functions.put("core_enrol_get_enrolled_users", this::enrolledUsers);
        functions.put("core_completion_get_course_completion_status", this::courseCompletion);
        functions.put("core_completion_get_activities_completion_status", this::activitiesCompletion);
        functions.put("mod_quiz_get_user_attempts", this::quizAttempts);
        functions.put("core_enrol_get_users_courses", this::usersCourses);
    }

    /** The functions the sandbox can answer. */
    Set<String> served() {
        return functions.keySet();
    }

    /**
     * The answer to {@code wsfunction} with {@code params}, the token already checked: Moodle's
     * {@code accessexception} when the service does not offer the function or the sandbox cannot answer it.
     */
    JsonNode answer(SandboxData data, String wsfunction, FormFields params) {
        BiFunction<SandboxData, FormFields, JsonNode> function = functions.get(wsfunction);
        if (function == null || !data.offers(wsfunction)) {
            return ACCESS_EXCEPTION;
        }
        try {
            return function.apply(data, params);
        } catch (NumberFormatException e) {
            return INVALID_PARAMETER;
        } catch (MoodleError e) {
            return e.body;
        }
    }

    /** A Moodle exception answer, thrown to leave a function early. */
    private static final class MoodleError extends RuntimeException {

        private final transient JsonNode body;

        MoodleError(JsonNode body) {
            super(body.path("errorcode").asText(), null, false, false);
            this.body = body;
        }
    }

    private JsonNode usersByField(SandboxData data, FormFields p) {
        String field = p.get("field");
        if (field == null) {
            throw new MoodleError(INVALID_PARAMETER);
        }
        Set<Long> ids = new TreeSet<>();
        for (String value : p.list("values")) {
            Optional<Long> id = switch (field) {
                case "id" -> wholeNumber(value).filter(n -> data.userNode(n).isPresent());
                case "idnumber" -> data.userIdByIdnumber(value);
                case "username" -> data.userIdByUsername(value.trim().toLowerCase(Locale.ROOT));
                case "email" -> data.userIdByEmail(value.trim());
                default -> throw new MoodleError(CODING_ERROR);
            };
            id.ifPresent(ids::add);
        }
        ArrayNode users = JSON.arrayNode();
        ids.forEach(id -> users.add(data.userNode(id).orElseThrow()));
        return users;
    }

    private JsonNode users(SandboxData data, FormFields p) {
        List<Map<String, String>> criteria = p.objects("criteria");
        if (criteria.isEmpty()) {
            throw new MoodleError(INVALID_PARAMETER);
        }
        ArrayNode warnings = JSON.arrayNode();
        List<Map<String, String>> valid = new ArrayList<>();
        for (Map<String, String> criterion : criteria) {
            String key = criterion.get("key");
            if (key == null || !criterion.containsKey("value")) {
                throw new MoodleError(INVALID_PARAMETER);
            }
            if (USER_CRITERIA.contains(key)) {
                valid.add(criterion);
            } else {
                warnings.addObject().put("item", key).put("warningcode", "invalidfieldparameter")
                        .put("message", "The search key '" + key + "' is not supported, look at the web service"
                                + " documentation");
            }
        }
        ArrayNode users = JSON.arrayNode();
        for (ObjectNode user : data.userNodes()) {
            if (valid.stream().allMatch(c -> matches(user, c.get("key"), c.get("value")))) {
                users.add(user);
            }
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("users", users);
        answer.set("warnings", warnings);
        return answer;
    }

    private static boolean matches(JsonNode user, String key, String value) {
        String actual = user.path(key).asText("");
        if (LIKE_CRITERIA.contains(key)) {
            return like(value).matcher(actual).matches();
        }
        return actual.equals(value.trim());
    }

    /** SQL {@code LIKE}, case-insensitive: {@code %} any text, {@code _} one character. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private JsonNode courses(SandboxData data, FormFields p) {
        Set<Long> wanted = new HashSet<>();
        for (String id : p.list("options[ids]")) {
            wanted.add(Long.parseLong(id.trim()));
        }
        ArrayNode courses = JSON.arrayNode();
        for (SandboxData.CourseEntry course : data.courseEntries()) {
            if (wanted.isEmpty() || wanted.contains(course.id())) {
                courses.add(course.listed());
            }
        }
        return courses;
    }

    private JsonNode coursesByField(SandboxData data, FormFields p) {
        String field = p.get("field") == null ? "" : p.get("field");
        String value = p.get("value") == null ? "" : p.get("value").trim();
        List<SandboxData.CourseEntry> all = data.courseEntries().stream()
                .sorted(Comparator.comparingLong(SandboxData.CourseEntry::id)).toList();
        List<SandboxData.CourseEntry> found = switch (field) {
            case "" -> all;
            case "id" -> filter(all, c -> c.id() == Long.parseLong(value));
            case "ids" -> {
                Set<Long> ids = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(Long::parseLong).collect(Collectors.toSet());
                yield filter(all, c -> ids.contains(c.id()));
            }
            case "shortname" -> filter(all, c -> c.listed().path("shortname").asText().equals(value));
            case "idnumber" -> filter(all, c -> c.listed().path("idnumber").asText().equals(value));
            case "category" -> filter(all, c -> c.listed().path("categoryid").asLong() == Long.parseLong(value));
            case "sectionid" -> filter(all, c -> c.layout() != null && Long.parseLong(value) >= c.layout()
                    .firstSectionId() && Long.parseLong(value) <= c.layout().firstSectionId() + 2);
            default -> throw new MoodleError(INVALID_PARAMETER);
        };
        ArrayNode courses = JSON.arrayNode();
        for (SandboxData.CourseEntry course : found) {
            ObjectNode c = course.byField().deepCopy();
            ArrayNode contacts = JSON.arrayNode();
            for (Enrolment e : data.enrolments().ofCourse(course.id())) {
                if (e.role() == Enrolment.Role.EDITING_TEACHER) {
                    data.userNode(e.userId()).ifPresent(u -> contacts.addObject().put("id", e.userId())
                            .put("fullname", u.path("fullname").asText()));
                }
            }
            c.set("contacts", contacts);
            courses.add(c);
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("courses", courses);
        answer.set("warnings", JSON.arrayNode());
        return answer;
    }

    private static List<SandboxData.CourseEntry> filter(List<SandboxData.CourseEntry> courses,
            Predicate<SandboxData.CourseEntry> test) {
        return courses.stream().filter(test).toList();
    }

    private JsonNode categories(SandboxData data, FormFields p) {
        List<Map<String, String>> criteria = p.objects("criteria");
        for (Map<String, String> criterion : criteria) {
            if (!CATEGORY_CRITERIA.contains(criterion.getOrDefault("key", ""))) {
                throw new MoodleError(INVALID_PARAMETER);
            }
        }
        Map<Long, Integer> counts = new TreeMap<>();
        data.courseEntries().forEach(c -> counts.merge(c.listed().path("categoryid").asLong(), 1, Integer::sum));
        ArrayNode categories = JSON.arrayNode();
        for (ObjectNode category : data.categoryNodes()) {
            if (criteria.stream().allMatch(c -> categoryMatches(category, c.get("key"), c.getOrDefault("value", "")))) {
                ObjectNode c = category.deepCopy();
                c.put("coursecount", counts.getOrDefault(category.path("id").asLong(), 0));
                categories.add(c);
            }
        }
        return categories;
    }

    private static boolean categoryMatches(JsonNode category, String key, String value) {
        if (key.equals("ids")) {
            return Arrays.stream(value.split(",")).map(String::trim).anyMatch(id -> id.equals(category.path("id")
                    .asText()));
        }
        return category.path(key).asText("").equals(value.trim());
    }

    private JsonNode contents(SandboxData data, FormFields p) {
        SandboxData.CourseEntry course = course(data, p);
        return course.layout() == null ? SandboxData.templates().emptyContents(1)
                : SandboxData.templates().contents(course.layout());
    }

    private JsonNode gradeItems(SandboxData data, FormFields p) {
        SandboxData.CourseEntry course = course(data, p);
        long userId = p.number("userid").orElse(0);
        ArrayNode entries = JSON.arrayNode();
        ObjectNode answer = JSON.objectNode();
        answer.set("usergrades", entries);
        answer.set("warnings", JSON.arrayNode());
        if (userId != 0) {
            JsonNode user = data.userNode(userId).orElseThrow(() -> new MoodleError(INVALID_USER));
            if (course.layout() != null) {
                Enrolment.Progress progress = data.enrolments().find(course.id(), userId).map(Enrolment::progress)
                        .orElse(Enrolment.Progress.NONE);
                entries.add(SandboxData.templates().userGrades(course.listed(), course.layout(), user, progress));
            }
            return answer;
        }
        if (course.layout() == null) {
            return answer;
        }
        List<Enrolment> students = new ArrayList<>(data.enrolments().ofCourse(course.id()).stream()
                .filter(e -> e.role() == Enrolment.Role.STUDENT && data.userNode(e.userId()).isPresent()).toList());
        students.sort(Comparator.comparing((Enrolment e) -> name(data, e.userId(), "lastname"))
                .thenComparing(e -> name(data, e.userId(), "firstname")).thenComparingLong(Enrolment::userId));
        for (Enrolment e : students) {
            entries.add(SandboxData.templates().userGrades(course.listed(), course.layout(),
                    data.userNode(e.userId()).orElseThrow(), e.progress()));
        }
        return answer;
    }

    private static String name(SandboxData data, long userId, String field) {
        return data.userNode(userId).map(u -> u.path(field).asText()).orElse("").toLowerCase(Locale.ROOT);
    }

    private JsonNode enrolledUsers(SandboxData data, FormFields p) {
        SandboxData.CourseEntry course = course(data, p);
        long from = 0;
        long limit = 0;
        Set<String> fields = null;
        for (Map<String, String> option : p.objects("options")) {
            String value = option.getOrDefault("value", "");
            switch (option.getOrDefault("name", "")) {
                case "limitfrom" -> from = Long.parseLong(value.trim());
                case "limitnumber" -> limit = Long.parseLong(value.trim());
                case "userfields" -> fields = Arrays.stream(value.split(",")).map(String::trim)
                        .collect(Collectors.toSet());
                default -> {
                }
            }
        }
        List<Enrolment> enrolled = data.enrolments().ofCourse(course.id()).stream()
                .filter(e -> data.userNode(e.userId()).isPresent()).toList();
        int start = (int) Math.min(Math.max(from, 0), enrolled.size());
        int end = limit > 0 ? (int) Math.min(start + limit, enrolled.size()) : enrolled.size();
        ArrayNode users = JSON.arrayNode();
        for (Enrolment e : enrolled.subList(start, end)) {
            users.add(Templates.enrolledUser(data.userNode(e.userId()).orElseThrow(), e,
                    enrolledCourses(data, e.userId()), fields));
        }
        return users;
    }

    private static ArrayNode enrolledCourses(SandboxData data, long userId) {
        ArrayNode courses = JSON.arrayNode();
        data.enrolments().coursesOf(userId).stream().map(data::course).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong((SandboxData.CourseEntry c) -> c.listed().path("categorysortorder")
                        .asLong()).thenComparingLong(SandboxData.CourseEntry::id))
                .forEach(c -> courses.addObject().put("id", c.id())
                        .put("fullname", c.listed().path("fullname").asText())
                        .put("shortname", c.listed().path("shortname").asText()));
        return courses;
    }

    /**
     * {@code core_enrol_get_users_courses}: the user's courses in the field order of the recorded
     * {@code core_enrol_get_users_courses__budi} (shared fixtures), progress 100 or 0 by the course completion;
     * an unknown user gets {@code []}, as recorded.
     */
    private JsonNode usersCourses(SandboxData data, FormFields p) {
        long userId = p.number("userid").orElseThrow(() -> new MoodleError(INVALID_PARAMETER));
        ArrayNode courses = JSON.arrayNode();
        if (data.userNode(userId).isEmpty()) {
            return courses;
        }
        List<SandboxData.CourseEntry> entries = data.enrolments().coursesOf(userId).stream().map(data::course)
                .flatMap(Optional::stream).sorted(Comparator.comparingLong(SandboxData.CourseEntry::id)).toList();
        for (SandboxData.CourseEntry course : entries) {
            JsonNode listed = course.listed();
            JsonNode byField = course.byField();
            Enrolment enrolment = data.enrolments().find(course.id(), userId).orElseThrow();
            boolean completed = course.layout() != null && SandboxData.templates()
                    .courseCompletion(course.layout(), enrolment.progress()).path("completionstatus")
                    .path("completed").asBoolean();
            ObjectNode c = courses.addObject();
            c.put("id", course.id()).put("shortname", listed.path("shortname").asText())
                    .put("fullname", listed.path("fullname").asText())
                    .put("displayname", listed.path("displayname").asText(listed.path("fullname").asText()))
                    .put("idnumber", listed.path("idnumber").asText()).put("visible", listed.path("visible").asInt(1))
                    .put("summary", listed.path("summary").asText()).put("summaryformat", 1)
                    .put("format", listed.path("format").asText("topics"))
                    .put("courseimage", byField.path("courseimage").asText("")).put("showgrades", true)
                    .put("lang", "").put("enablecompletion", true).put("completionhascriteria", true)
                    .put("completionusertracked", true).put("category", listed.path("categoryid").asLong())
                    .put("progress", completed ? 100 : 0).put("completed", completed)
                    .put("startdate", listed.path("startdate").asLong()).put("enddate", listed.path("enddate").asLong())
                    .put("marker", 0);
            if (enrolment.lastCourseAccess() > 0) {
                c.put("lastaccess", enrolment.lastCourseAccess());
            } else {
                c.putNull("lastaccess");
            }
            c.put("isfavourite", false).put("hidden", false);
            c.putArray("overviewfiles");
            c.put("showactivitydates", false).put("showcompletionconditions", true)
                    .put("timemodified", listed.path("timemodified").asLong());
        }
        return courses;
    }

    private JsonNode courseCompletion(SandboxData data, FormFields p) {
        Learning learning = learning(data, p);
        return SandboxData.templates().courseCompletion(learning.layout, learning.progress);
    }

    private JsonNode activitiesCompletion(SandboxData data, FormFields p) {
        Learning learning = learning(data, p);
        return SandboxData.templates().activitiesCompletion(learning.layout, learning.progress);
    }

    private record Learning(CourseLayout layout, Enrolment.Progress progress) {
    }

    private Learning learning(SandboxData data, FormFields p) {
        SandboxData.CourseEntry course = course(data, p);
        long userId = p.number("userid").orElseThrow(() -> new MoodleError(INVALID_PARAMETER));
        if (data.userNode(userId).isEmpty()) {
            throw new MoodleError(INVALID_USER);
        }
        Enrolment enrolment = data.enrolments().find(course.id(), userId)
                .orElseThrow(() -> new MoodleError(NOT_ENROLLED));
        if (course.layout() == null) {
            throw new MoodleError(NOT_ENROLLED);
        }
        return new Learning(course.layout(), enrolment.progress());
    }

    private JsonNode quizAttempts(SandboxData data, FormFields p) {
        long quizId = p.number("quizid").orElseThrow(() -> new MoodleError(INVALID_PARAMETER));
        long userId = p.number("userid").orElse(SandboxData.WS_ACCOUNT);
        String status = p.get("status") == null ? "finished" : p.get("status");
        if (!Set.of("all", "finished", "unfinished").contains(status)) {
            throw new MoodleError(INVALID_PARAMETER);
        }
        long courseId = data.courseOfQuiz(quizId).orElseThrow(() -> new MoodleError(NO_QUIZ));
        if (data.userNode(userId).isEmpty()) {
            throw new MoodleError(INVALID_USER);
        }
        List<ObjectNode> attempts = data.recordedAttempts(quizId, userId).orElseGet(() -> {
            Enrolment.Progress progress = data.enrolments().find(courseId, userId).map(Enrolment::progress)
                    .orElse(Enrolment.Progress.NONE);
            return progress.graded() && progress.attemptId() != null
                    ? List.of(SandboxData.templates().attempt(quizId, userId, progress)) : List.of();
        });
        ArrayNode listed = JSON.arrayNode();
        for (ObjectNode attempt : attempts) {
            boolean finished = "finished".equals(attempt.path("state").asText());
            if (status.equals("all") || finished == status.equals("finished")) {
                listed.add(attempt);
            }
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("attempts", listed);
        answer.set("warnings", JSON.arrayNode());
        return answer;
    }

    private static SandboxData.CourseEntry course(SandboxData data, FormFields p) {
        OptionalLong id = p.number("courseid");
        if (id.isEmpty()) {
            throw new MoodleError(INVALID_PARAMETER);
        }
        return data.course(id.getAsLong()).orElseThrow(() -> new MoodleError(NO_COURSE));
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
