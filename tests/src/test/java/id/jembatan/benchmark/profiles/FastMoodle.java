package id.jembatan.benchmark.profiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * A Moodle that only keeps users, cohorts and cohort members in memory, indexed, and answers the functions of
 * {@code hr-profiles} in the shapes recorded from Moodle 4.5; it counts the calls, items and server time per
 * {@code wsfunction}. Run in its own JVM ({@link #main}) so that its 100,000 accounts are not counted in the
 * bridge's heap: it prints {@code port=<n>} on a line when ready; {@code GET /stats} answers the counts and
 * {@code POST /stats} answers them and starts new ones.
 */
public final class FastMoodle {

    static final String TOKEN = "BENCH-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Account(long id, String username, String firstname, String lastname, String email,
                           String idnumber, String institution, String department, String auth, boolean suspended) {
    }

    private static final class Count {
        long calls;
        long items;
        long maxItems;
        long nanos;
    }

    private final Map<Long, Account> users = new HashMap<>();
    private final Map<String, Long> byIdnumber = new HashMap<>();
    private final Map<Long, ObjectNode> cohorts = new TreeMap<>();
    private final Map<String, Long> cohortByIdnumber = new HashMap<>();
    private final Set<Long> members = new HashSet<>();
    private Map<String, Count> counts = new TreeMap<>();
    private long nextUser = 100;
    private long nextCohort = 10;

    private FastMoodle() {
    }

    public static void main(String[] args) throws IOException {
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        FastMoodle moodle = new FastMoodle();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/webservice/rest/server.php", moodle::serve);
        server.createContext("/stats", moodle::stats);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        System.out.println("port=" + server.getAddress().getPort());
        System.out.flush();
    }

    private void stats(HttpExchange exchange) throws IOException {
        String body;
        synchronized (this) {
            StringBuilder text = new StringBuilder();
            counts.forEach((function, count) -> text.append(function).append(' ').append(count.calls).append(' ')
                    .append(count.items).append(' ').append(count.maxItems).append(' ').append(count.nanos)
                    .append('\n'));
            text.append("#users ").append(users.size()).append(" cohorts ").append(cohorts.size())
                    .append(" members ").append(members.size()).append('\n');
            body = text.toString();
            if ("POST".equals(exchange.getRequestMethod())) {
                counts = new TreeMap<>();
            }
        }
        exchange.getRequestBody().readAllBytes();
        send(exchange, body);
    }

    private void serve(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Map<String, String> form = form(exchange.getRequestURI().getRawQuery());
        form.putAll(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        String body;
        synchronized (this) {
            if (!TOKEN.equals(form.remove("wstoken"))) {
                body = "{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":\"invalidtoken\","
                        + "\"message\":\"Invalid token - token not found\"}";
            } else {
                String function = form.remove("wsfunction");
                form.remove("moodlewsrestformat");
                Count count = counts.computeIfAbsent(function, f -> new Count());
                long items = 0;
                switch (function) {
                    case "core_user_get_users_by_field" -> {
                        List<String> values = indexedValues(form, "values");
                        items = values.size();
                        body = usersByField(form.get("field"), values);
                    }
                    case "core_user_create_users" -> {
                        List<Map<String, String>> rows = indexed(form, "users");
                        items = rows.size();
                        body = createUsers(rows);
                    }
                    case "core_user_update_users" -> {
                        List<Map<String, String>> rows = indexed(form, "users");
                        items = rows.size();
                        body = updateUsers(rows);
                    }
                    case "core_cohort_get_cohorts" -> {
                        items = cohorts.size();
                        body = JSON.createArrayNode().addAll(cohorts.values()).toString();
                    }
                    case "core_cohort_create_cohorts" -> {
                        List<Map<String, String>> rows = indexed(form, "cohorts");
                        items = rows.size();
                        body = createCohorts(rows);
                    }
                    case "core_cohort_add_cohort_members" -> {
                        List<Map<String, String>> rows = indexed(form, "members");
                        items = rows.size();
                        for (Map<String, String> member : rows) {
                            Long cohort = cohortByIdnumber.get(member.get("cohorttype[value]"));
                            members.add(cohort * 10_000_000L + Long.parseLong(member.get("usertype[value]")));
                        }
                        body = "{\"warnings\":[]}";
                    }
                    case "core_cohort_delete_cohort_members" -> {
                        List<Map<String, String>> rows = indexed(form, "members");
                        items = rows.size();
                        for (Map<String, String> member : rows) {
                            members.remove(Long.parseLong(member.get("cohortid")) * 10_000_000L
                                    + Long.parseLong(member.get("userid")));
                        }
                        body = "null";
                    }
                    default -> body = "{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":"
                            + "\"servicenotavailable\",\"message\":\"not simulated: " + function + "\"}";
                }
                count.calls++;
                count.items += items;
                count.maxItems = Math.max(count.maxItems, items);
                count.nanos += System.nanoTime() - start;
            }
        }
        send(exchange, body);
    }

    private String usersByField(String field, List<String> values) {
        ArrayNode found = JSON.createArrayNode();
        for (String value : values) {
            Account account = switch (field) {
                case "idnumber" -> {
                    Long id = byIdnumber.get(value);
                    yield id == null ? null : users.get(id);
                }
                case "id" -> users.get(Long.valueOf(value));
                default -> null;
            };
            if (account != null) {
                ObjectNode node = found.addObject().put("id", account.id()).put("username", account.username())
                        .put("firstname", account.firstname()).put("lastname", account.lastname())
                        .put("fullname", account.firstname() + " " + account.lastname())
                        .put("email", account.email()).put("department", account.department())
                        .put("institution", account.institution()).put("idnumber", account.idnumber())
                        .put("firstaccess", 0).put("lastaccess", 0).put("auth", account.auth())
                        .put("suspended", account.suspended()).put("confirmed", true).put("lang", "id")
                        .put("theme", "").put("timezone", "99").put("mailformat", 1);
                node.putArray("customfields");
            }
        }
        return found.toString();
    }

    private String createUsers(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            if (byIdnumber.containsKey(row.get("idnumber"))) {
                return "{\"exception\":\"invalid_parameter_exception\",\"errorcode\":\"invalidparameter\","
                        + "\"message\":\"Invalid parameter value detected (Username already exists: "
                        + row.get("username") + ")\"}";
            }
        }
        ArrayNode created = JSON.createArrayNode();
        for (Map<String, String> row : rows) {
            long id = nextUser++;
            Account account = new Account(id, row.get("username"), row.getOrDefault("firstname", ""),
                    row.getOrDefault("lastname", ""), row.getOrDefault("email", ""), row.getOrDefault("idnumber", ""),
                    row.getOrDefault("institution", ""), row.getOrDefault("department", ""),
                    row.getOrDefault("auth", "manual"), "1".equals(row.get("suspended")));
            users.put(id, account);
            byIdnumber.put(account.idnumber(), id);
            created.addObject().put("id", id).put("username", account.username());
        }
        return created.toString();
    }

    private String updateUsers(List<Map<String, String>> rows) {
        ArrayNode warnings = JSON.createArrayNode();
        for (Map<String, String> row : rows) {
            long id = Long.parseLong(row.get("id"));
            Account user = users.get(id);
            if (user == null) {
                warnings.addObject().put("item", "user").put("itemid", id).put("warningcode", "invaliduserid")
                        .put("message", "Invalid user ID");
                continue;
            }
            users.put(id, new Account(id, row.getOrDefault("username", user.username()),
                    row.getOrDefault("firstname", user.firstname()), row.getOrDefault("lastname", user.lastname()),
                    row.getOrDefault("email", user.email()), user.idnumber(),
                    row.getOrDefault("institution", user.institution()),
                    row.getOrDefault("department", user.department()), row.getOrDefault("auth", user.auth()),
                    row.containsKey("suspended") ? "1".equals(row.get("suspended")) : user.suspended()));
        }
        return JSON.createObjectNode().set("warnings", warnings).toString();
    }

    private String createCohorts(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            if (cohortByIdnumber.containsKey(row.get("idnumber"))) {
                return "{\"exception\":\"invalid_parameter_exception\",\"errorcode\":\"invalidparameter\","
                        + "\"message\":\"Invalid parameter value detected (Cohort idnumber already exists)\"}";
            }
        }
        ArrayNode created = JSON.createArrayNode();
        for (Map<String, String> row : rows) {
            long id = nextCohort++;
            ObjectNode node = JSON.createObjectNode().put("id", id).put("name", row.get("name"))
                    .put("idnumber", row.get("idnumber")).put("description", "").put("descriptionformat", 1)
                    .put("visible", true).put("theme", "");
            cohorts.put(id, node);
            cohortByIdnumber.put(row.get("idnumber"), id);
            created.add(node);
        }
        return created.toString();
    }

    private static List<String> indexedValues(Map<String, String> form, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; form.containsKey(name + "[" + i + "]"); i++) {
            values.add(form.get(name + "[" + i + "]"));
        }
        return values;
    }

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

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
