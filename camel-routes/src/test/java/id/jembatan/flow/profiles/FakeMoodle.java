package id.jembatan.flow.profiles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A small stateful Moodle behind WireMock for {@code hr-profiles}: it keeps the users and cohorts created, answers
 * lookups from them, and answers in the shapes recorded from a real Moodle 4.x (copied under
 * {@code src/test/resources/profiles/ws/}): a duplicate username or a refused name fails the whole
 * {@code core_user_create_users} call with {@code invalidparameter}, an unknown user id in
 * {@code core_user_update_users} is an {@code invaliduserid} warning, an unknown member in
 * {@code core_cohort_add_cohort_members} a warning without item id. Every call is recorded with its parameters.
 */
final class FakeMoodle implements ResponseDefinitionTransformerV2 {

    static final String TOKEN = "TEST-TOKEN";
    private static final String PATH = "/webservice/rest/server.php";
    private static final String NAME = "fake-moodle";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One web service call: the function and its parameters without the token. */
    record Call(String function, Map<String, String> params) {
    }

    private final WireMockExtension server;
    private final Map<Long, ObjectNode> users = new TreeMap<>();
    private final Map<Long, ObjectNode> cohorts = new TreeMap<>();
    private final Set<List<Long>> members = new HashSet<>();
    private final List<Call> calls = new ArrayList<>();
    private final Set<Long> updateWarnings = new HashSet<>();
    private final Set<Long> cohortWarnings = new HashSet<>();
    private Predicate<String> refusedName = name -> false;
    private long nextUser;
    private long nextCohort;
    private boolean down;
    private int createsBeforeDown = -1;

    FakeMoodle() {
        server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(this)).build();
    }

    WireMockExtension server() {
        return server;
    }

    synchronized void reset() {
        users.clear();
        cohorts.clear();
        members.clear();
        calls.clear();
        updateWarnings.clear();
        cohortWarnings.clear();
        refusedName = name -> false;
        nextUser = 100;
        nextCohort = 10;
        down = false;
        createsBeforeDown = -1;
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withTransformers(NAME)));
    }

    MoodleClient client() {
        return new MoodleClient(new MoodleClientConfig(URI.create(server.baseUrl()), TOKEN, Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> calls(String function) {
        return calls.stream().filter(call -> call.function().equals(function)).toList();
    }

    synchronized void clearCalls() {
        calls.clear();
    }

    /** The users Moodle holds, by id. */
    synchronized List<ObjectNode> users() {
        return new ArrayList<>(users.values());
    }

    synchronized ObjectNode userByIdNumber(String idNumber) {
        return users.values().stream().filter(u -> idNumber.equals(u.path("idnumber").asText())).findFirst()
                .orElse(null);
    }

    synchronized Long cohortId(String idNumber) {
        return cohorts.values().stream().filter(c -> idNumber.equals(c.path("idnumber").asText()))
                .map(c -> c.get("id").asLong()).findFirst().orElse(null);
    }

    synchronized boolean isMember(String cohortIdNumber, long userId) {
        Long cohort = cohortId(cohortIdNumber);
        return cohort != null && members.contains(List.of(cohort, userId));
    }

    /** {@code core_user_create_users} refuses users whose first or last name matches. */
    synchronized void refuseNames(Predicate<String> names) {
        refusedName = names;
    }

    /** Deletes an account as an admin would by hand in Moodle. */
    synchronized void deleteUser(long userId) {
        users.remove(userId);
        members.removeIf(member -> member.get(1) == userId);
    }

    /** {@code core_user_update_users} answers a warning for this user id. */
    synchronized void warnOnUpdate(long userId) {
        updateWarnings.add(userId);
    }

    /** {@code core_cohort_add_cohort_members} answers a warning when this user is added. */
    synchronized void warnOnCohortAdd(long userId) {
        cohortWarnings.add(userId);
    }

    /** Answers HTTP 503 to every call. */
    synchronized void down(boolean isDown) {
        down = isDown;
        createsBeforeDown = -1;
    }

    /** Goes down after this many more successful {@code core_user_create_users} calls. */
    synchronized void downAfterCreates(int creates) {
        createsBeforeDown = creates;
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
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
        if (down) {
            return new ResponseDefinitionBuilder().withStatus(503).withBody("Service Unavailable").build();
        }
        if (!TOKEN.equals(form.remove("wstoken"))) {
            return answer("{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":\"invalidtoken\","
                    + "\"message\":\"Invalid token - token not found\"}");
        }
        String function = form.remove("wsfunction");
        form.remove("moodlewsrestformat");
        calls.add(new Call(function, Map.copyOf(form)));
        return switch (function) {
            case "core_user_get_users_by_field" -> usersByField(form);
            case "core_user_create_users" -> createUsers(form);
            case "core_user_update_users" -> updateUsers(form);
            case "core_cohort_get_cohorts" -> answer(JSON.createArrayNode().addAll(cohorts.values()).toString());
            case "core_cohort_create_cohorts" -> createCohorts(form);
            case "core_cohort_add_cohort_members" -> addMembers(form);
            case "core_cohort_delete_cohort_members" -> deleteMembers(form);
            default -> new ResponseDefinitionBuilder().withStatus(500).withBody("FakeMoodle: " + function).build();
        };
    }

    private ResponseDefinition usersByField(Map<String, String> form) {
        String field = form.get("field");
        List<String> values = values(form, "values[");
        ArrayNode found = JSON.createArrayNode();
        users.values().stream().filter(u -> values.contains(u.path(field).asText())).forEach(found::add);
        return answer(found.toString());
    }

    private ResponseDefinition createUsers(Map<String, String> form) {
        List<Map<String, String>> batch = indexed(form, "users");
        Set<String> usernames = new HashSet<>();
        users.values().forEach(u -> usernames.add(u.path("username").asText()));
        for (Map<String, String> user : batch) {
            if (!usernames.add(user.get("username")) || user.get("email") == null
                    || refusedName.test(user.get("firstname")) || refusedName.test(user.get("lastname"))) {
                return answer(recorded("core_user_create_users__error_duplicate_username"));
            }
        }
        ArrayNode created = JSON.createArrayNode();
        for (Map<String, String> user : batch) {
            long id = nextUser++;
            ObjectNode node = JSON.createObjectNode().put("id", id);
            for (String field : List.of("username", "firstname", "lastname", "email", "idnumber", "institution",
                    "department", "auth")) {
                node.put(field, user.getOrDefault(field, ""));
            }
            node.put("suspended", false);
            ArrayNode custom = node.putArray("customfields");
            customFields(user, custom);
            users.put(id, node);
            created.addObject().put("id", id).put("username", user.get("username"));
        }
        if (createsBeforeDown > 0 && --createsBeforeDown == 0) {
            down = true;
        }
        return answer(created.toString());
    }

    private ResponseDefinition updateUsers(Map<String, String> form) {
        ArrayNode warnings = JSON.createArrayNode();
        for (Map<String, String> update : indexed(form, "users")) {
            long id = Long.parseLong(update.get("id"));
            ObjectNode user = users.get(id);
            if (user == null) {
                warnings.addObject().put("item", "user").put("itemid", id).put("warningcode", "invaliduserid")
                        .put("message", "Invalid user ID");
                continue;
            }
            if (updateWarnings.contains(id)) {
                warnings.addObject().put("item", "user").put("itemid", id).put("warningcode", "usernotupdatedadmin")
                        .put("message", "Cannot update admin accounts");
                continue;
            }
            update.forEach((field, value) -> {
                if (field.equals("suspended")) {
                    user.put("suspended", value.equals("1"));
                } else if (!field.startsWith("customfields") && !field.equals("id")) {
                    user.put(field, value);
                }
            });
            ArrayNode custom = JSON.createArrayNode();
            customFields(update, custom);
            ArrayNode stored = (ArrayNode) user.get("customfields");
            for (JsonNode field : custom) {
                for (int i = stored.size() - 1; i >= 0; i--) {
                    if (stored.get(i).path("shortname").asText().equals(field.path("shortname").asText())) {
                        stored.remove(i);
                    }
                }
                stored.add(field);
            }
        }
        return answer(JSON.createObjectNode().set("warnings", warnings).toString());
    }

    private ResponseDefinition createCohorts(Map<String, String> form) {
        ArrayNode created = JSON.createArrayNode();
        for (Map<String, String> cohort : indexed(form, "cohorts")) {
            if (cohortId(cohort.get("idnumber")) != null) {
                return answer("{\"exception\":\"core\\\\exception\\\\invalid_parameter_exception\",\"errorcode\":"
                        + "\"invalidparameter\",\"message\":\"Invalid parameter value detected\"}");
            }
            long id = nextCohort++;
            ObjectNode node = JSON.createObjectNode().put("id", id).put("name", cohort.get("name"))
                    .put("idnumber", cohort.get("idnumber")).put("description", "").put("descriptionformat", 1)
                    .put("visible", true).put("theme", "");
            cohorts.put(id, node);
            created.add(node);
        }
        return answer(created.toString());
    }

    private ResponseDefinition addMembers(Map<String, String> form) {
        ArrayNode warnings = JSON.createArrayNode();
        for (Map<String, String> member : indexed(form, "members")) {
            Long cohort = member.get("cohorttype[type]").equalsIgnoreCase("id")
                    ? Long.valueOf(member.get("cohorttype[value]")) : cohortId(member.get("cohorttype[value]"));
            long user = Long.parseLong(member.get("usertype[value]"));
            if (cohort == null || !users.containsKey(user) || cohortWarnings.contains(user)) {
                warnings.addObject().put("warningcode", "1").put("message", "invalid parameter: usertype=id");
                continue;
            }
            members.add(List.of(cohort, user));
        }
        return answer(JSON.createObjectNode().set("warnings", warnings).toString());
    }

    private ResponseDefinition deleteMembers(Map<String, String> form) {
        for (Map<String, String> member : indexed(form, "members")) {
            members.remove(List.of(Long.valueOf(member.get("cohortid")), Long.valueOf(member.get("userid"))));
        }
        return answer("null");
    }

    private static void customFields(Map<String, String> fields, ArrayNode into) {
        for (int i = 0; fields.containsKey("customfields[" + i + "][type]"); i++) {
            String value = fields.get("customfields[" + i + "][value]");
            into.addObject().put("type", "text").put("value", value).put("displayvalue", value)
                    .put("name", fields.get("customfields[" + i + "][type]"))
                    .put("shortname", fields.get("customfields[" + i + "][type]"));
        }
    }

    /** {@code users[0][username]=a&users[1][username]=b} as [{username=a}, {username=b}]. */
    private static List<Map<String, String>> indexed(Map<String, String> form, String name) {
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(name + "[")) {
                int close = key.indexOf(']');
                int index = Integer.parseInt(key.substring(name.length() + 1, close));
                String rest = key.substring(close + 1);
                String field = rest.substring(1, rest.indexOf(']')) + rest.substring(rest.indexOf(']') + 1);
                rows.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, value);
            }
        });
        return new ArrayList<>(rows.values());
    }

    private static List<String> values(Map<String, String> form, String prefix) {
        return form.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    private static ResponseDefinition answer(String body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-type", "application/json")
                .withBody(body).build();
    }

    private static String recorded(String name) {
        try (InputStream in = FakeMoodle.class.getResourceAsStream("/profiles/ws/" + name + ".json")) {
            return JSON.readTree(in).path("response").path("body_raw").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
