package id.jembatan.flow.kinerja;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small stateful Moodle for the kinerja flows: users by idnumber, courses by idnumber or shortname, a user's courses
 * (with completion), manual enrolments and instant messages, each answered in the shape recorded from Moodle 4.5
 * ({@code kinerja/ws/*.json}). Messages to users in {@link #refuseMessagesTo} get the recorded {@code msgid: -1}.
 */
final class KinerjaMoodle implements ResponseDefinitionTransformerV2 {

    static final String TOKEN = "TEST-TOKEN";
    private static final String NAME = "kinerja-moodle";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call: the function and its parameters, token excluded. */
    record Call(String function, Map<String, String> params) {
    }

    private final Map<String, Long> users = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> courses = new TreeMap<>();
    /** user id → course id → completed. */
    final Map<Long, Map<Long, Boolean>> enrolments = new TreeMap<>();
    final Set<Long> refuseMessagesTo = new HashSet<>();
    final List<Call> calls = new ArrayList<>();
    private long nextMessage = 100;
    private WireMockServer server;

    WireMockServer serve() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(this));
        server.start();
        server.stubFor(post(urlPathEqualTo("/webservice/rest/server.php"))
                .willReturn(aResponse().withTransformers(NAME)));
        return server;
    }

    synchronized void user(long id, String nip) {
        users.put(nip, id);
    }

    synchronized void course(long id, String idnumber, String shortname, String fullname) {
        ObjectNode course = JSON.createObjectNode();
        course.put("id", id).put("idnumber", idnumber).put("shortname", shortname).put("fullname", fullname);
        courses.put(id, course);
    }

    synchronized void enrolled(long userId, long courseId, boolean completed) {
        enrolments.computeIfAbsent(userId, u -> new TreeMap<>()).put(courseId, completed);
    }

    synchronized List<Call> calls(String function) {
        return calls.stream().filter(c -> c.function().equals(function)).toList();
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
    public synchronized ResponseDefinition transform(ServeEvent event) {
        Map<String, String> form = form(event.getRequest().getBodyAsString());
        String function = event.getRequest().queryParameter("wsfunction").firstValue();
        Map<String, String> params = new TreeMap<>(form);
        params.remove("wstoken");
        params.remove("wsfunction");
        params.remove("moodlewsrestformat");
        calls.add(new Call(function, params));
        JsonNode body = switch (function) {
            case "core_user_get_users_by_field" -> usersByField(form);
            case "core_course_get_courses_by_field" -> coursesByField(form);
            case "core_enrol_get_users_courses" -> userCourses(Long.parseLong(form.get("userid")));
            case "enrol_manual_enrol_users" -> enrol(form);
            case "core_message_send_instant_messages" -> messages(form);
            default -> throw new IllegalStateException("unexpected " + function);
        };
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }

    private JsonNode usersByField(Map<String, String> form) {
        ObjectNode template = (ObjectNode) recorded("core_user_get_users_by_field__by_idnumber_nip").get(0);
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; form.containsKey("values[" + i + "]"); i++) {
            String nip = form.get("values[" + i + "]");
            Long id = users.get(nip);
            if (id != null) {
                ObjectNode user = template.deepCopy();
                user.put("id", id).put("idnumber", nip).put("username", "asn" + id).put("fullname", "ASN " + id);
                out.add(user);
            }
        }
        return out;
    }

    private JsonNode coursesByField(Map<String, String> form) {
        ObjectNode answer = (ObjectNode) recorded("core_course_get_courses_by_field__by_idnumber_with_jp").deepCopy();
        ObjectNode template = (ObjectNode) answer.get("courses").get(0);
        ArrayNode list = JSON.createArrayNode();
        for (ObjectNode course : courses.values()) {
            if (course.get(form.get("field")).asText().equals(form.get("value"))) {
                ObjectNode c = template.deepCopy();
                c.setAll(course);
                c.put("displayname", course.get("fullname").asText());
                list.add(c);
            }
        }
        answer.set("courses", list);
        return answer;
    }

    private JsonNode userCourses(long userId) {
        ObjectNode template = (ObjectNode) recorded("core_enrol_get_users_courses__budi").get(0);
        ArrayNode out = JSON.createArrayNode();
        enrolments.getOrDefault(userId, Map.of()).forEach((courseId, completed) -> {
            ObjectNode c = template.deepCopy();
            c.setAll(courses.get(courseId));
            c.put("completed", completed).put("progress", completed ? 100 : 0);
            out.add(c);
        });
        return out;
    }

    private JsonNode enrol(Map<String, String> form) {
        for (int i = 0; form.containsKey("enrolments[" + i + "][userid]"); i++) {
            enrolled(Long.parseLong(form.get("enrolments[" + i + "][userid]")),
                    Long.parseLong(form.get("enrolments[" + i + "][courseid]")), false);
        }
        return recorded("enrol_manual_enrol_users__ok");
    }

    private JsonNode messages(Map<String, String> form) {
        ObjectNode ok = (ObjectNode) recorded("core_message_send_instant_messages__ok").get(0);
        ObjectNode refused = (ObjectNode) recorded("core_message_send_instant_messages__error_nonexistent_user").get(0);
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; form.containsKey("messages[" + i + "][touserid]"); i++) {
            long to = Long.parseLong(form.get("messages[" + i + "][touserid]"));
            if (refuseMessagesTo.contains(to)) {
                out.add(refused.deepCopy().put("errormessage", "The user " + to + " does not accept messages."));
            } else {
                out.add(ok.deepCopy().put("msgid", nextMessage++)
                        .put("clientmsgid", form.get("messages[" + i + "][clientmsgid]"))
                        .put("text", "<p>" + form.get("messages[" + i + "][text]") + "</p>"));
            }
        }
        return out;
    }

    private static JsonNode recorded(String name) {
        try (InputStream in = KinerjaMoodle.class.getResourceAsStream("/kinerja/ws/" + name + ".json")) {
            return JSON.readTree(in).path("response").path("body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
