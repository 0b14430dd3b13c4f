package id.jembatan.flow.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Moodle that answers the web service calls {@link MoodleDirectory} makes from the recorded answers under
 * {@code src/test/resources/moodle/}: users, courses, categories, course contents and grade reports, each call
 * answered with only the ids it asked for, as Moodle does (unknown ids are left out; an unknown course in
 * {@code core_course_get_contents} is Moodle's recorded {@code invalidrecord}). Tests change the recorded data
 * to model what happened in Moodle since (a user deleted, a NIP mistyped, a module removed).
 */
final class RecordedMoodle implements ResponseDefinitionTransformerV2 {

    static final String TOKEN = "TEST-TOKEN";
    static final String PATH = "/webservice/rest/server.php";
    private static final String NAME = "recorded-moodle";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> MOODLE_HEADERS = Map.of(
            "Content-type", "application/json",
            "Cache-Control", "private, must-revalidate, pre-check=0, post-check=0, max-age=0",
            "Expires", "Thu, 01 Jan 1970 00:00:00 GMT",
            "Pragma", "no-cache",
            "Accept-Ranges", "none",
            "Access-Control-Allow-Origin", "*");

    private final WireMockExtension server;
    private final Map<Long, ObjectNode> users = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> courses = new ConcurrentHashMap<>();
    private final Map<Long, ArrayNode> contents = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> gradeReports = new ConcurrentHashMap<>();
    private volatile String categories;
    private final java.util.Set<Long> refusedCourses = ConcurrentHashMap.newKeySet();

    RecordedMoodle() {
        server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(this)).build();
    }

    /** The server, to register as a static JUnit extension. */
    WireMockExtension server() {
        return server;
    }

    /** Puts back the recorded data and the stub; call before each test (after WireMock's own reset). */
    void reset() {
        refusedCourses.clear();
        users.clear();
        courses.clear();
        contents.clear();
        gradeReports.clear();
        body("ws/core_user_get_users__by_email_wildcard").path("users")
                .forEach(user -> users.put(user.get("id").asLong(), (ObjectNode) user));
        body("ws/core_user_get_users_by_field__by_id_multiple")
                .forEach(user -> users.put(user.get("id").asLong(), (ObjectNode) user));
        body("ws/core_course_get_courses__all")
                .forEach(course -> courses.put(course.get("id").asLong(), (ObjectNode) course));
        categories = fixture("ws/core_course_get_categories__all").path("response").path("body_raw").asText();
        contents.put(2L, (ArrayNode) body("derived/core_course_get_contents__course_spbe"));
        contents.put(3L, (ArrayNode) body("derived/core_course_get_contents__course_pbj"));
        contents.put(5L, (ArrayNode) body("ws/core_course_get_contents__course_skp"));
        gradeReports.put(6L, (ObjectNode) body("ws/gradereport_user_get_grade_items__course_wasbang_all_users"));
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withTransformers(NAME)));
    }

    /** A client of this Moodle, as the bridge makes one. */
    MoodleClient client() {
        return new MoodleClient(new MoodleClientConfig(URI.create(server.baseUrl()), TOKEN, Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    /** A fresh directory (empty caches) over this Moodle. */
    MoodleDirectory directory(LearningSettings settings) {
        return new MoodleDirectory(client(), settings);
    }

    /** The recorded user {@code id}, to change. */
    ObjectNode user(long id) {
        return users.get(id);
    }

    /** Moodle no longer knows user {@code id} (deleted). */
    void removeUser(long id) {
        users.remove(id);
    }

    /** The recorded course {@code id}, to change. */
    ObjectNode course(long id) {
        return courses.get(id);
    }

    /** Course {@code id} no longer exists. */
    void removeCourse(long id) {
        courses.remove(id);
        contents.remove(id);
        gradeReports.remove(id);
    }

    /**
     * {@code core_course_get_courses} refuses any call naming course {@code id}, as Moodle does when the account cannot
     * open that course's context ({@code errorcoursecontextnotvalid}, the shape of Moodle's exception bodies; not
     * recorded).
     */
    void refuseCourse(long id) {
        refusedCourses.add(id);
    }

    /** Course module {@code cmid} was deleted from course {@code courseId}. */
    void removeModule(long courseId, long cmid) {
        contents.get(courseId).forEach(section -> {
            ArrayNode modules = (ArrayNode) section.get("modules");
            for (int i = modules.size() - 1; i >= 0; i--) {
                if (modules.get(i).get("id").asLong() == cmid) {
                    modules.remove(i);
                }
            }
        });
    }

    /** Grade item {@code itemId} was deleted from course {@code courseId}. */
    void removeGradeItem(long courseId, long itemId) {
        gradeReports.get(courseId).path("usergrades").forEach(grades -> {
            ArrayNode items = (ArrayNode) grades.get("gradeitems");
            for (int i = items.size() - 1; i >= 0; i--) {
                if (items.get(i).get("id").asLong() == itemId) {
                    items.remove(i);
                }
            }
        });
    }

    /** How many times {@code wsfunction} was called since the last reset. */
    int calls(String wsfunction) {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("wsfunction", equalTo(wsfunction)))
                .size();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
        if (!TOKEN.equals(form.get("wstoken"))) {
            return answer("{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":\"invalidtoken\","
                    + "\"message\":\"Invalid token - token not found\"}");
        }
        String function = form.getOrDefault("wsfunction", "");
        return switch (function) {
            case "core_user_get_users_by_field" -> usersById(form);
            case "core_course_get_courses" -> coursesById(form);
            case "core_course_get_categories" -> answer(categories);
            case "core_course_get_contents" -> contents(Long.parseLong(form.get("courseid")));
            case "gradereport_user_get_grade_items" -> gradeItems(form);
            default -> notRecorded(function + " is not simulated");
        };
    }

    private ResponseDefinition usersById(Map<String, String> form) {
        if (!"id".equals(form.get("field"))) {
            return notRecorded("core_user_get_users_by_field is simulated for field=id only");
        }
        return answer(selected(users, values(form, "values["), JSON.createArrayNode()).toString());
    }

    private ResponseDefinition coursesById(Map<String, String> form) {
        List<Long> asked = values(form, "options[ids][");
        for (Long id : asked) {
            if (refusedCourses.contains(id)) {
                return answer("{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":"
                        + "\"errorcoursecontextnotvalid\",\"message\":\"You cannot execute functions in the course"
                        + " context (course id:" + id + "). The context error message was: Course or activity not"
                        + " accessible. (Not enrolled)\"}");
            }
        }
        return answer(selected(courses, values(form, "options[ids]["), JSON.createArrayNode()).toString());
    }

    private ResponseDefinition contents(long courseId) {
        if (!courses.containsKey(courseId)) {
            return answer(fixture("ws/core_course_get_contents__error_nonexistent_course").path("response")
                    .path("body_raw").asText());
        }
        ArrayNode sections = contents.get(courseId);
        return sections == null ? notRecorded("no contents recorded for course " + courseId)
                : answer(sections.toString());
    }

    private ResponseDefinition gradeItems(Map<String, String> form) {
        ObjectNode report = gradeReports.get(Long.parseLong(form.get("courseid")));
        if (report == null) {
            return notRecorded("no grade report recorded for course " + form.get("courseid"));
        }
        ObjectNode answer = report.deepCopy();
        if (form.containsKey("userid")) {
            ArrayNode only = answer.putArray("usergrades");
            report.path("usergrades").forEach(grades -> {
                if (grades.get("userid").asText().equals(form.get("userid"))) {
                    only.add(grades.deepCopy());
                }
            });
        }
        return answer(answer.toString());
    }

    private static ArrayNode selected(Map<Long, ObjectNode> recorded, List<Long> ids, ArrayNode into) {
        new TreeMap<>(recorded).forEach((id, node) -> {
            if (ids.contains(id)) {
                into.add(node);
            }
        });
        return into;
    }

    private static List<Long> values(Map<String, String> form, String prefix) {
        return form.entrySet().stream().filter(field -> field.getKey().startsWith(prefix))
                .map(field -> Long.parseLong(field.getValue())).toList();
    }

    private static ResponseDefinition answer(String body) {
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder().withStatus(200).withBody(body);
        MOODLE_HEADERS.forEach(response::withHeader);
        return response.build();
    }

    private static ResponseDefinition notRecorded(String why) {
        return new ResponseDefinitionBuilder().withStatus(500).withBody("RecordedMoodle: " + why).build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static JsonNode body(String name) {
        try {
            return JSON.readTree(fixture(name).path("response").path("body_raw").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = RecordedMoodle.class.getResourceAsStream("/moodle/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture moodle/" + name + ".json");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
