package id.jembatan.moodle;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;

/**
 * Client for the Moodle 4.x REST web services used by the bridge. Thread-safe; one instance per site.
 *
 * <p>Each call is one {@code POST <baseUrl>/webservice/rest/server.php?wsfunction=<name>} whose
 * form-urlencoded body carries {@code wstoken}, {@code wsfunction}, {@code moodlewsrestformat=json} and the
 * function's parameters as bracketed fields. The token is never put in the URL, where access logs and
 * proxies would keep it; the function name is, so that those logs say what was called.
 *
 * <p>Failures are thrown as {@link MoodleClientException}s, classified by {@link ErrorKind}: Moodle's
 * exception bodies (HTTP 200) as {@link MoodleException}, HTTP and network failures as
 * {@link MoodleTransportException}, unusable answers as {@link MoodleResponseException}. The client never
 * retries. Partial failures Moodle reports as {@code warnings}, or as {@code msgid -1} for messages, are
 * returned in the results, not thrown.
 *
 * <p>Functions are documented at <a href="https://docs.moodle.org/dev/Web_service_API_functions">Web service
 * API functions</a> and, for a given site, at {@code <baseUrl>/admin/webservice/documentation.php}.
 */
public final class MoodleClient {

    /**
     * Every web service function this client calls. The bridge's external service must offer them all;
     * see {@link SiteInfo#missingFunctions(Collection)}.
     */
    public static final List<String> REQUIRED_FUNCTIONS = WsFunction.wireNames();

    private static final System.Logger LOG = System.getLogger(MoodleClient.class.getName());

    private final MoodleClientConfig config;
    private final URI endpoint;
    private final HttpClient http;
    private final ResponseReader reader;
    private final TypeFactory types;
    private final MoodleCallListener listener;

    /** A client for the site of {@code config}. */
    public MoodleClient(MoodleClientConfig config) {
        this(config, MoodleCallListener.NONE);
    }

    /** A client for the site of {@code config} that tells {@code listener} of every call. */
    public MoodleClient(MoodleClientConfig config, MoodleCallListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.endpoint = config.endpoint();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        ObjectMapper mapper = MoodleJson.mapper();
        this.reader = new ResponseReader(mapper, endpoint, config.token(), Clock.systemUTC());
        this.types = mapper.getTypeFactory();
    }

    /**
     * The site and the token's account, with the functions its service offers
     * ({@code core_webservice_get_site_info}). A cheap call: the bridge's {@code check} uses it.
     */
    public SiteInfo siteInfo() {
        return call(WsFunction.CORE_WEBSERVICE_GET_SITE_INFO, new FormParams(), SiteInfo.class);
    }

    /**
     * The users whose {@code field} equals one of {@code values} ({@code core_user_get_users_by_field}).
     * Unknown values are left out of the answer, not reported. No values, no call.
     */
    public List<User> usersByField(UserField field, Collection<String> values) {
        Objects.requireNonNull(field, "field");
        if (values.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().put("field", field).putValues("values", values);
        return call(WsFunction.CORE_USER_GET_USERS_BY_FIELD, form, listOf(User.class));
    }

    /**
     * The users matching all of {@code criteria} ({@code core_user_get_users}). At least one criterion is
     * required and each key may appear once: without criteria Moodle answers every user of the site. Should
     * Moodle still report a criterion as unsupported (and so answer every user), the answer is refused with
     * a {@link MoodleResponseException}.
     */
    public UsersResult users(List<UserCriterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("core_user_get_users needs at least one criterion;"
                    + " without one Moodle answers every user of the site");
        }
        Set<UserCriteriaKey> keys = new HashSet<>();
        for (UserCriterion criterion : criteria) {
            if (!keys.add(criterion.key())) {
                throw new IllegalArgumentException("core_user_get_users takes each key once; "
                        + criterion.key() + " appears twice");
            }
        }
        String function = WsFunction.CORE_USER_GET_USERS.wireName();
        FormParams form = new FormParams().putEach("criteria", criteria, (scope, criterion) -> criterion.writeTo(scope));
        UsersResult result = reader.convert(function, invoke(function, form), types.constructType(UsersResult.class));
        for (Warning warning : result.warnings()) {
            if ("invalidfieldparameter".equals(warning.warningCode())) {
                throw new MoodleResponseException(function, reader.redact(function + " ignored the criterion '"
                        + warning.item() + "' (" + warning.message() + ") and so answered every one of its "
                        + result.users().size() + " users; the answer is refused"), null);
            }
        }
        return result;
    }

    /**
     * Creates users ({@code core_user_create_users}). Moodle creates all or none: one bad user (duplicate
     * username or email, weak password) fails the whole call with a {@link MoodleException}, so callers
     * that want per-record dead letters send one user per call.
     */
    public List<CreatedUser> createUsers(List<NewUser> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putEach("users", users, (scope, user) -> user.writeTo(scope));
        return call(WsFunction.CORE_USER_CREATE_USERS, form, listOf(CreatedUser.class));
    }

    /**
     * Updates users ({@code core_user_update_users}). Users Moodle could not update are reported as
     * warnings (e.g. {@code invaliduserid}, or {@code dmlwriteexception} for a duplicate username), with the
     * user id as {@link Warning#itemId()}; the others are updated.
     *
     * @return the warnings; empty when every user was updated
     */
    public List<Warning> updateUsers(List<UserUpdate> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putEach("users", users, (scope, user) -> user.writeTo(scope));
        return warnings(WsFunction.CORE_USER_UPDATE_USERS, form);
    }

    /** Every course of the site, the site course (id 1) included ({@code core_course_get_courses}). */
    public List<Course> courses() {
        return call(WsFunction.CORE_COURSE_GET_COURSES, new FormParams(), listOf(Course.class));
    }

    /**
     * The courses with these ids ({@code core_course_get_courses} with {@code options[ids]}); unknown ids are
     * left out. No ids, no call (Moodle would answer every course).
     */
    public List<Course> courses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putObject("options", options -> options.putValues("ids", ids));
        return call(WsFunction.CORE_COURSE_GET_COURSES, form, listOf(Course.class));
    }

    /** Every course, with category names and contacts ({@code core_course_get_courses_by_field} without field). */
    public CoursesResult coursesByField() {
        return call(WsFunction.CORE_COURSE_GET_COURSES_BY_FIELD, new FormParams(), CoursesResult.class);
    }

    /**
     * The courses whose {@code field} equals {@code value} ({@code core_course_get_courses_by_field}); an
     * unknown value gives no courses.
     */
    public CoursesResult coursesByField(CourseField field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        FormParams form = new FormParams().put("field", field).put("value", value);
        return call(WsFunction.CORE_COURSE_GET_COURSES_BY_FIELD, form, CoursesResult.class);
    }

    /** Every course category ({@code core_course_get_categories}). */
    public List<Category> categories() {
        return call(WsFunction.CORE_COURSE_GET_CATEGORIES, new FormParams(), listOf(Category.class));
    }

    /**
     * The categories matching all of {@code criteria} ({@code core_course_get_categories}).
     *
     * @param addSubcategories whether to add the subcategories of the matching categories
     */
    public List<Category> categories(List<CategoryCriterion> criteria, boolean addSubcategories) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("give at least one criterion, or call categories() for all");
        }
        FormParams form = new FormParams()
                .putEach("criteria", criteria, (scope, criterion) -> criterion.writeTo(scope))
                .put("addsubcategories", addSubcategories);
        return call(WsFunction.CORE_COURSE_GET_CATEGORIES, form, listOf(Category.class));
    }

    /** The sections of a course and the activities in them ({@code core_course_get_contents}). */
    public List<CourseSection> courseContents(long courseId) {
        FormParams form = new FormParams().put("courseid", courseId);
        return call(WsFunction.CORE_COURSE_GET_CONTENTS, form, listOf(CourseSection.class));
    }

    /** Every user enrolled in a course, in one call ({@code core_enrol_get_enrolled_users}). */
    public List<EnrolledUser> enrolledUsers(long courseId) {
        FormParams form = new FormParams().put("courseid", courseId);
        return call(WsFunction.CORE_ENROL_GET_ENROLLED_USERS, form, listOf(EnrolledUser.class));
    }

    /**
     * The users enrolled in a course, fetched lazily {@code pageSize} at a time
     * ({@code core_enrol_get_enrolled_users} with {@code limitfrom}/{@code limitnumber}) until a page is short.
     * Moodle orders them by user id. Failures are thrown while the stream is consumed.
     */
    public Stream<EnrolledUser> enrolledUsers(long courseId, int pageSize) {
        return enrolledUsers(courseId, pageSize, List.of());
    }

    /**
     * As {@link #enrolledUsers(long, int)}, asking only for {@code userFields} (e.g. {@code id},
     * {@code username}, {@code idnumber}, {@code email}): smaller answers for large courses.
     */
    public Stream<EnrolledUser> enrolledUsers(long courseId, int pageSize, List<String> userFields) {
        List<String> fields = List.copyOf(userFields);
        return Pages.stream(pageSize, offset -> {
            List<Option> options = new ArrayList<>();
            options.add(new Option("limitfrom", offset));
            options.add(new Option("limitnumber", pageSize));
            if (!fields.isEmpty()) {
                options.add(new Option("userfields", String.join(",", fields)));
            }
            FormParams form = new FormParams().put("courseid", courseId)
                    .putEach("options", options, (scope, option) -> scope.put("name", option.name())
                            .put("value", option.value()));
            return call(WsFunction.CORE_ENROL_GET_ENROLLED_USERS, form, listOf(EnrolledUser.class));
        });
    }

    /**
     * The courses a user is enrolled in, with progress and completion ({@code core_enrol_get_users_courses}).
     * An unknown user gives no courses. Asks Moodle not to count each course's users
     * ({@code returnusercount=0}), which is slow on large sites.
     */
    public List<UserCourse> userCourses(long userId) {
        FormParams form = new FormParams().put("userid", userId).put("returnusercount", false);
        return call(WsFunction.CORE_ENROL_GET_USERS_COURSES, form, listOf(UserCourse.class));
    }

    /**
     * Enrols users with the manual enrolment plugin ({@code enrol_manual_enrol_users}). All or none: an
     * unknown user or course, or a role the account may not assign, fails the call.
     */
    public void enrol(List<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return;
        }
        FormParams form = new FormParams().putEach("enrolments", enrolments, (scope, e) -> e.writeTo(scope));
        invoke(WsFunction.ENROL_MANUAL_ENROL_USERS.wireName(), form);
    }

    /** Removes manual enrolments ({@code enrol_manual_unenrol_users}). */
    public void unenrol(List<Unenrolment> unenrolments) {
        if (unenrolments.isEmpty()) {
            return;
        }
        FormParams form = new FormParams().putEach("enrolments", unenrolments, (scope, u) -> u.writeTo(scope));
        invoke(WsFunction.ENROL_MANUAL_UNENROL_USERS.wireName(), form);
    }

    /**
     * One user's completion of a course, criterion by criterion
     * ({@code core_completion_get_course_completion_status}). A user not enrolled in the course is a
     * {@link MoodleException} {@code usernotenroled}.
     */
    public CourseCompletionResult courseCompletionStatus(long courseId, long userId) {
        FormParams form = new FormParams().put("courseid", courseId).put("userid", userId);
        return call(WsFunction.CORE_COMPLETION_GET_COURSE_COMPLETION_STATUS, form, CourseCompletionResult.class);
    }

    /** One user's completion of each activity of a course ({@code core_completion_get_activities_completion_status}). */
    public ActivitiesCompletionResult activitiesCompletionStatus(long courseId, long userId) {
        FormParams form = new FormParams().put("courseid", courseId).put("userid", userId);
        return call(WsFunction.CORE_COMPLETION_GET_ACTIVITIES_COMPLETION_STATUS, form,
                ActivitiesCompletionResult.class);
    }

    /** One user's grade items and grades in a course ({@code gradereport_user_get_grade_items}). */
    public GradeItemsResult gradeItems(long courseId, long userId) {
        FormParams form = new FormParams().put("courseid", courseId).put("userid", userId);
        return call(WsFunction.GRADEREPORT_USER_GET_GRADE_ITEMS, form, GradeItemsResult.class);
    }

    /** Every user's grade items and grades in a course ({@code gradereport_user_get_grade_items}). */
    public GradeItemsResult gradeItems(long courseId) {
        FormParams form = new FormParams().put("courseid", courseId);
        return call(WsFunction.GRADEREPORT_USER_GET_GRADE_ITEMS, form, GradeItemsResult.class);
    }

    /**
     * Creates cohorts ({@code core_cohort_create_cohorts}). All or none: a duplicate idnumber fails the
     * call with {@code invalidparameter}.
     */
    public List<Cohort> createCohorts(List<NewCohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putEach("cohorts", cohorts, (scope, cohort) -> cohort.writeTo(scope));
        return call(WsFunction.CORE_COHORT_CREATE_COHORTS, form, listOf(Cohort.class));
    }

    /**
     * Adds users to cohorts ({@code core_cohort_add_cohort_members}). Members Moodle cannot add (unknown user
     * or cohort) are reported as warnings; adding an existing member is not an error.
     *
     * @return the warnings; empty when every member was added
     */
    public List<Warning> addCohortMembers(List<CohortMember> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putEach("members", members, (scope, member) -> member.writeTo(scope));
        return warnings(WsFunction.CORE_COHORT_ADD_COHORT_MEMBERS, form);
    }

    /** Removes users from cohorts ({@code core_cohort_delete_cohort_members}). */
    public void deleteCohortMembers(List<CohortMembership> memberships) {
        if (memberships.isEmpty()) {
            return;
        }
        FormParams form = new FormParams().putEach("members", memberships, (scope, m) -> m.writeTo(scope));
        invoke(WsFunction.CORE_COHORT_DELETE_COHORT_MEMBERS.wireName(), form);
    }

    /** Every cohort of the site ({@code core_cohort_get_cohorts} without ids). */
    public List<Cohort> cohorts() {
        return call(WsFunction.CORE_COHORT_GET_COHORTS, new FormParams(), listOf(Cohort.class));
    }

    /**
     * The cohorts with these ids ({@code core_cohort_get_cohorts}); unknown ids are left out. No ids, no
     * call (Moodle would answer every cohort).
     */
    public List<Cohort> cohorts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putValues("cohortids", ids);
        return call(WsFunction.CORE_COHORT_GET_COHORTS, form, listOf(Cohort.class));
    }

    /**
     * The cohorts whose name or idnumber contains {@code query} (empty for all), fetched lazily
     * {@code pageSize} at a time ({@code core_cohort_search_cohorts} with {@code limitfrom}/{@code limitnum})
     * until a page is short.
     */
    public Stream<Cohort> searchCohorts(String query, ContextRef context, CohortIncludes includes, int pageSize) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(includes, "includes");
        return Pages.stream(pageSize, offset -> {
            FormParams form = new FormParams().put("query", query).putObject("context", context::writeTo)
                    .put("includes", includes).put("limitfrom", offset).put("limitnum", pageSize);
            return call(WsFunction.CORE_COHORT_SEARCH_COHORTS, form, CohortPage.class).cohorts();
        });
    }

    /**
     * Sends messages from the web service account ({@code core_message_send_instant_messages}). A message
     * Moodle refuses is not an exception: its {@link SentMessage#delivered()} is false and
     * {@link SentMessage#errorMessage()} says why. Answers are in the order of {@code messages}.
     */
    public List<SentMessage> sendInstantMessages(List<InstantMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        FormParams form = new FormParams().putEach("messages", messages, (scope, message) -> message.writeTo(scope));
        return call(WsFunction.CORE_MESSAGE_SEND_INSTANT_MESSAGES, form, listOf(SentMessage.class));
    }

    /** The competencies linked to a course ({@code core_competency_list_course_competencies}). */
    public List<CourseCompetency> courseCompetencies(long courseId) {
        FormParams form = new FormParams().put("id", courseId);
        return call(WsFunction.CORE_COMPETENCY_LIST_COURSE_COMPETENCIES, form, listOf(CourseCompetency.class));
    }

    /**
     * One user's attempts at a quiz ({@code mod_quiz_get_user_attempts}).
     *
     * @param quizId the quiz instance id (not the course module id)
     * @param includePreviews whether to include teachers' previews
     */
    public QuizAttemptsResult quizAttempts(long quizId, long userId, QuizAttemptStatus status,
            boolean includePreviews) {
        Objects.requireNonNull(status, "status");
        FormParams form = new FormParams().put("quizid", quizId).put("userid", userId).put("status", status)
                .put("includepreviews", includePreviews);
        return call(WsFunction.MOD_QUIZ_GET_USER_ATTEMPTS, form, QuizAttemptsResult.class);
    }

    @Override
    public String toString() {
        return "MoodleClient[" + config + "]";
    }

    /** The {@code {"warnings": [...]}} answer of functions that return nothing else. */
    record WarningsOnly(List<Warning> warnings) {

        WarningsOnly {
            warnings = MoodleJson.list(warnings);
        }
    }

    /** A {@code name}/{@code value} option, as {@code core_enrol_get_enrolled_users} takes them. */
    private record Option(String name, Object value) {
    }

    /** One page of {@code core_cohort_search_cohorts}. */
    record CohortPage(List<Cohort> cohorts) {

        CohortPage {
            cohorts = MoodleJson.list(cohorts);
        }
    }

    private List<Warning> warnings(WsFunction function, FormParams form) {
        JsonNode json = invoke(function.wireName(), form);
        return json.isNull() ? List.of()
                : reader.<WarningsOnly>convert(function.wireName(), json, types.constructType(WarningsOnly.class))
                        .warnings();
    }

    private <T> T call(WsFunction function, FormParams form, Class<T> type) {
        return call(function, form, types.constructType(type));
    }

    private <T> T call(WsFunction function, FormParams form, JavaType type) {
        String name = function.wireName();
        return reader.convert(name, invoke(name, form), type);
    }

    private JavaType listOf(Class<?> element) {
        return types.constructCollectionType(List.class, element);
    }

    /**
     * Calls {@code wsfunction} with {@code form} and returns Moodle's JSON answer ({@code null} as a JSON
     * null node), or throws a classified {@link MoodleClientException}.
     */
    JsonNode invoke(String wsfunction, FormParams form) {
        String body = new FormParams().put("wstoken", config.token()).put("wsfunction", wsfunction)
                .put("moodlewsrestformat", "json").encode();
        String params = form.encode();
        if (!params.isEmpty()) {
            body = body + "&" + params;
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(endpoint + "?wsfunction=" + FormParams.urlEncode(wsfunction)))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(wsfunction, request);
            LOG.log(System.Logger.Level.DEBUG, () -> wsfunction + " answered HTTP " + response.statusCode() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            JsonNode answer = reader.read(wsfunction, response.statusCode(), response.headers(), response.body());
            listener.called(wsfunction, Duration.ofNanos(System.nanoTime() - started), null);
            return answer;
        } catch (RuntimeException e) {
            listener.called(wsfunction, Duration.ofNanos(System.nanoTime() - started), e);
            throw e;
        }
    }

    private HttpResponse<String> send(String wsfunction, HttpRequest request) {
        String where = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw transportFailure(wsfunction, ErrorKind.TRANSIENT, "no connection to " + where + " within "
                    + config.connectTimeout().toMillis() + " ms", e);
        } catch (HttpTimeoutException e) {
            throw transportFailure(wsfunction, ErrorKind.TRANSIENT, "no answer from " + where + " within the read"
                    + " timeout of " + config.readTimeout().toMillis() + " ms", e);
        } catch (ConnectException e) {
            String reason = e.getCause() instanceof UnresolvedAddressException
                    ? "host " + endpoint.getHost() + " not found (check jembatan.moodle.url)"
                    : "connection to " + where + " refused or failed";
            throw transportFailure(wsfunction, ErrorKind.TRANSIENT, reason, e);
        } catch (SSLHandshakeException e) {
            throw transportFailure(wsfunction, ErrorKind.FATAL, "TLS handshake with " + where + " failed ("
                    + e.getMessage() + "): check the site's certificate and jembatan.moodle.url", e);
        } catch (IOException e) {
            throw transportFailure(wsfunction, ErrorKind.TRANSIENT, "exchange with " + where + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transportFailure(wsfunction, ErrorKind.TRANSIENT, "interrupted while waiting for " + where, e);
        }
    }

    private MoodleTransportException transportFailure(String wsfunction, ErrorKind kind, String reason,
            Exception cause) {
        return new MoodleTransportException(wsfunction, kind, null, null, reader.redact(wsfunction + ": " + reason),
                cause);
    }
}
