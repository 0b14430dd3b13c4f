package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The state-changing web service calls the bridge makes (accounts, cohorts, enrolments, messages): each returns the
 * changed site and Moodle's answer in the recorded shape. Like Moodle, a call that fails validation changes nothing
 * (Moodle runs these functions in one database transaction).
 *
 * <p>Answer shapes, from the recorded real answers in the shared fixtures: {@code core_user_create_users__ok}
 * ({@code [{"id":13,"username":"yoga.pratama"}]}), {@code core_user_update_users__ok} and
 * {@code __nonexistent_id} ({@code {"warnings":[...invaliduserid...]}}), {@code core_cohort_create_cohorts__ok}
 * and {@code __error_duplicate_idnumber} ({@code invalidparameter}), {@code core_cohort_get_cohorts__all} (with
 * {@code customfields}) and {@code __error_nonexistent_id} ({@code []}), {@code core_cohort_add_cohort_members__*}
 * ({@code {"warnings":[]}}, or {@code {"warningcode":"1","message":"invalid parameter: usertype=idnumber"}} for an
 * unknown user), {@code core_cohort_delete_cohort_members} ({@code null}), {@code enrol_manual_enrol_users__ok}
 * ({@code null}), {@code __error_nonexistent_user} ({@code invaliduser}) and {@code __error_nonexistent_course}
 * ({@code invalidparameter}), {@code core_message_send_instant_messages__ok} and {@code __error_nonexistent_user}.
 */
final class WsChanges {

    /** What a state-changing call did: the site after it and Moodle's answer. */
    record Change(SandboxData after, JsonNode answer) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonNode INVALID_USER_ENROL = PhpJson.parse("{\"exception\":\"dml_missing_record_exception\","
            + "\"errorcode\":\"invaliduser\",\"message\":\"Invalid user\"}");
    private static final int STUDENT_ROLE = 5;

    private final Map<String, BiFunction<SandboxData, FormFields, Change>> functions = new LinkedHashMap<>();
    private final List<SandboxMessage> messages = new ArrayList<>();
    private final Set<Long> refusingMessages = new HashSet<>();
    private final Clock clock;
    private long nextMessageId = 1;

    WsChanges(Clock clock) {
        this.clock = clock;
        functions.put("core_user_create_users", this::createUsers);
        functions.put("core_user_update_users", this::updateUsers);
        functions.put("core_cohort_get_cohorts", this::cohorts);
        functions.put("core_cohort_create_cohorts", this::createCohorts);
        functions.put("core_cohort_add_cohort_members", this::addMembers);
        functions.put("core_cohort_delete_cohort_members", this::deleteMembers);
        functions.put("enrol_manual_enrol_users", this::enrol);
        functions.put("core_message_send_instant_messages", this::sendMessages);
    }

    /** Whether {@code wsfunction} is one of these. */
    boolean handles(String wsfunction) {
        return functions.containsKey(wsfunction);
    }

    /** Users who do not accept messages (their preferences block the web-service account) until cleared. */
    synchronized void refuseMessagesTo(Collection<Long> userIds) {
        refusingMessages.clear();
        refusingMessages.addAll(userIds);
    }

    /** The messages sent so far, in order. */
    synchronized List<SandboxMessage> messages() {
        return List.copyOf(messages);
    }

    /** Runs {@code wsfunction}, the token checked: {@code accessexception} when the service does not offer it. */
    synchronized Change apply(SandboxData data, String wsfunction, FormFields params) {
        if (!data.offers(wsfunction)) {
            return new Change(data, WsAnswers.ACCESS_EXCEPTION);
        }
        try {
            return functions.get(wsfunction).apply(data, params);
        } catch (NumberFormatException e) {
            return new Change(data, WsAnswers.INVALID_PARAMETER);
        } catch (Refused e) {
            return new Change(data, e.body);
        }
    }

    /** Moodle refused the call; nothing changed. */
    private static final class Refused extends RuntimeException {

        private final transient JsonNode body;

        Refused(JsonNode body) {
            super(body.path("errorcode").asText(), null, false, false);
            this.body = body;
        }
    }

    private Change createUsers(SandboxData data, FormFields p) {
        List<Map<String, String>> users = rows(p, "users");
        if (users.isEmpty()) {
            throw new Refused(WsAnswers.INVALID_PARAMETER);
        }
        long id = data.nextUserId();
        Set<String> usernames = new HashSet<>();
        Map<Long, ObjectNode> created = new TreeMap<>();
        ArrayNode answer = JSON.arrayNode();
        for (Map<String, String> u : users) {
            String username = u.getOrDefault("username", "");
            if (username.isBlank() || !username.equals(username.toLowerCase(Locale.ROOT)) || blank(u, "firstname")
                    || blank(u, "lastname") || blank(u, "email") || !usernames.add(username)
                    || data.userIdByUsername(username).isPresent()) {
                throw new Refused(WsAnswers.INVALID_PARAMETER);
            }
            SandboxUser user = new SandboxUser(id, username, u.get("firstname"), u.get("lastname"), u.get("email"),
                    u.get("idnumber"), u.get("department"), profileField(u, "golongan"), profileField(u, "jabatan"),
                    "1".equals(u.get("suspended")));
            created.put(id, SandboxData.templates().user(user));
            answer.addObject().put("id", id).put("username", username);
            id++;
        }
        return new Change(data.withUserNodes(created), answer);
    }

    private Change updateUsers(SandboxData data, FormFields p) {
        Map<Long, ObjectNode> changed = new TreeMap<>();
        ArrayNode warnings = JSON.arrayNode();
        for (Map<String, String> u : rows(p, "users")) {
            long id = Long.parseLong(u.getOrDefault("id", "").trim());
            Optional<ObjectNode> stored = Optional.ofNullable(changed.get(id)).or(() -> data.userNode(id));
            if (stored.isEmpty()) {
                warnings.addObject().put("item", "user").put("itemid", id).put("warningcode", "invaliduserid")
                        .put("message", "Invalid user ID");
                continue;
            }
            SandboxUser was = Templates.userView(stored.get());
            String username = u.getOrDefault("username", was.username());
            if (!username.equals(was.username()) && data.userIdByUsername(username).filter(o -> o != id).isPresent()) {
                throw new Refused(WsAnswers.INVALID_PARAMETER);
            }
            SandboxUser now = new SandboxUser(id, username, u.getOrDefault("firstname", was.firstname()),
                    u.getOrDefault("lastname", was.lastname()), u.getOrDefault("email", was.email()),
                    u.getOrDefault("idnumber", was.idnumber()), u.getOrDefault("department", was.department()),
                    Optional.ofNullable(profileField(u, "golongan")).orElse(was.golongan()),
                    Optional.ofNullable(profileField(u, "jabatan")).orElse(was.jabatan()),
                    u.containsKey("suspended") ? "1".equals(u.get("suspended")) : was.suspended());
            changed.put(id, SandboxData.templates().user(now));
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("warnings", warnings);
        return new Change(data.withUserNodes(changed), answer);
    }

    private Change cohorts(SandboxData data, FormFields p) {
        List<String> ids = p.list("cohortids");
        ArrayNode answer = JSON.arrayNode();
        if (ids.isEmpty()) {
            data.cohortModel().all().forEach(answer::add);
        } else {
            for (String id : ids) {
                data.cohortModel().byId(Long.parseLong(id.trim())).ifPresent(answer::add);
            }
        }
        return new Change(data, answer);
    }

    private Change createCohorts(SandboxData data, FormFields p) {
        List<Map<String, String>> cohorts = rows(p, "cohorts");
        if (cohorts.isEmpty()) {
            throw new Refused(WsAnswers.INVALID_PARAMETER);
        }
        Cohorts model = data.cohortModel();
        ArrayNode answer = JSON.arrayNode();
        for (Map<String, String> c : cohorts) {
            String idnumber = c.getOrDefault("idnumber", "");
            if (blank(c, "name") || (!idnumber.isEmpty() && model.byIdnumber(idnumber).isPresent())) {
                throw new Refused(WsAnswers.INVALID_PARAMETER);
            }
            ObjectNode created = JSON.objectNode().put("id", model.nextId()).put("name", c.get("name"))
                    .put("idnumber", idnumber).put("description", c.getOrDefault("description", ""))
                    .put("descriptionformat", Integer.parseInt(c.getOrDefault("descriptionformat", "1").trim()))
                    .put("visible", !"0".equals(c.get("visible"))).put("theme", c.getOrDefault("theme", ""));
            answer.add(created.deepCopy());
            created.putArray("customfields");
            model = model.with(created);
        }
        return new Change(data.withCohortModel(model), answer);
    }

    private Change addMembers(SandboxData data, FormFields p) {
        Cohorts model = data.cohortModel();
        ArrayNode warnings = JSON.arrayNode();
        for (Map<String, String> m : rows(p, "members")) {
            Optional<ObjectNode> cohort = switch (m.getOrDefault("cohorttype[type]", "")) {
                case "id" -> model.byId(Long.parseLong(m.getOrDefault("cohorttype[value]", "").trim()));
                case "idnumber" -> model.byIdnumber(m.getOrDefault("cohorttype[value]", ""));
                default -> Optional.empty();
            };
            String userType = m.getOrDefault("usertype[type]", "");
            String userValue = m.getOrDefault("usertype[value]", "");
            Optional<Long> user = switch (userType) {
                case "id" -> Optional.of(Long.parseLong(userValue.trim())).filter(id -> data.userNode(id).isPresent());
                case "idnumber" -> data.userIdByIdnumber(userValue);
                case "username" -> data.userIdByUsername(userValue);
                default -> Optional.empty();
            };
            if (cohort.isEmpty()) {
                warnings.addObject().put("warningcode", "1").put("message", "invalid parameter: cohorttype="
                        + m.getOrDefault("cohorttype[type]", ""));
            } else if (user.isEmpty()) {
                warnings.addObject().put("warningcode", "1").put("message", "invalid parameter: usertype="
                        + userType);
            } else {
                model = model.withMember(cohort.get().path("id").asLong(), user.get(), true);
            }
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("warnings", warnings);
        return new Change(data.withCohortModel(model), answer);
    }

    private Change deleteMembers(SandboxData data, FormFields p) {
        Cohorts model = data.cohortModel();
        for (Map<String, String> m : rows(p, "members")) {
            long cohortId = Long.parseLong(m.getOrDefault("cohortid", "").trim());
            long userId = Long.parseLong(m.getOrDefault("userid", "").trim());
            if (model.byId(cohortId).isEmpty()) {
                throw new Refused(WsAnswers.INVALID_PARAMETER);
            }
            model = model.withMember(cohortId, userId, false);
        }
        return new Change(data.withCohortModel(model), NullNode.getInstance());
    }

    private Change enrol(SandboxData data, FormFields p) {
        List<Enrolment> added = new ArrayList<>();
        for (Map<String, String> e : rows(p, "enrolments")) {
            long roleId = Long.parseLong(e.getOrDefault("roleid", "").trim());
            long userId = Long.parseLong(e.getOrDefault("userid", "").trim());
            long courseId = Long.parseLong(e.getOrDefault("courseid", "").trim());
            if (data.course(courseId).isEmpty() || courseId == SandboxData.SITE_COURSE) {
                throw new Refused(WsAnswers.INVALID_PARAMETER);
            }
            if (data.userNode(userId).isEmpty()) {
                throw new Refused(INVALID_USER_ENROL);
            }
            Enrolment.Role role = roleId == STUDENT_ROLE ? Enrolment.Role.STUDENT : Enrolment.Role.EDITING_TEACHER;
            Enrolment.Progress progress = data.enrolments().find(courseId, userId).map(Enrolment::progress)
                    .orElse(Enrolment.Progress.NONE);
            long lastAccess = data.enrolments().find(courseId, userId).map(Enrolment::lastCourseAccess).orElse(0L);
            added.add(new Enrolment(courseId, userId, role, lastAccess, progress));
        }
        return new Change(data.withListedEnrolments(added), NullNode.getInstance());
    }

    private Change sendMessages(SandboxData data, FormFields p) {
        ArrayNode answer = JSON.arrayNode();
        long now = clock.instant().getEpochSecond();
        for (Map<String, String> m : rows(p, "messages")) {
            long to = Long.parseLong(m.getOrDefault("touserid", "").trim());
            if (data.userNode(to).isEmpty()) {
                answer.addObject().put("msgid", -1).put("errormessage", "You cannot send a message to a user ID ("
                        + to + ") that doesn't exist.").put("candeletemessagesforallusers", false);
                continue;
            }
            if (refusingMessages.contains(to)) {
                // what Moodle answers when the recipient's message preferences do not allow the sender
                answer.addObject().put("msgid", -1).put("errormessage", "The user " + to
                        + " does not accept messages from you.").put("candeletemessagesforallusers", false);
                continue;
            }
            String text = m.getOrDefault("text", "");
            long id = nextMessageId++;
            messages.add(new SandboxMessage(to, text, m.get("clientmsgid")));
            ObjectNode sent = answer.addObject().put("msgid", id);
            if (m.containsKey("clientmsgid")) {
                sent.put("clientmsgid", m.get("clientmsgid"));
            }
            sent.put("text", "2".equals(m.get("textformat")) || m.get("textformat") == null ? "<p>" + text + "</p>"
                    : text).put("timecreated", now).put("conversationid", id).put("useridfrom", SandboxData.WS_ACCOUNT)
                    .put("candeletemessagesforallusers", true);
        }
        return new Change(data, answer);
    }

    private static boolean blank(Map<String, String> row, String field) {
        String value = row.get(field);
        return value == null || value.isBlank();
    }

    /** The value of custom profile field {@code shortname} in {@code customfields[j][type|value]}; null if absent. */
    private static String profileField(Map<String, String> row, String shortname) {
        for (int j = 0; row.containsKey("customfields[" + j + "][type]"); j++) {
            if (shortname.equals(row.get("customfields[" + j + "][type]"))) {
                return row.get("customfields[" + j + "][value]");
            }
        }
        return null;
    }

    /**
     * The rows {@code name[i][...]}: for each index, in order, the rest of the field name after {@code name[i]}
     * without its outer brackets ({@code users[0][customfields][1][type]} gives {@code customfields[1][type]}).
     */
    static List<Map<String, String>> rows(FormFields p, String name) {
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        String prefix = name + "[";
        p.all().forEach((key, value) -> {
            if (!key.startsWith(prefix)) {
                return;
            }
            int close = key.indexOf(']', prefix.length());
            if (close < 0 || close + 1 >= key.length() || key.charAt(close + 1) != '[') {
                return;
            }
            int index;
            try {
                index = Integer.parseInt(key.substring(prefix.length(), close));
            } catch (NumberFormatException e) {
                return;
            }
            String rest = key.substring(close + 1);
            int end = rest.indexOf(']');
            String field = rest.substring(1, end) + rest.substring(end + 1);
            rows.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, value);
        });
        return new ArrayList<>(rows.values());
    }
}
