package id.jembatan.lrs.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources beside statements (xAPI Communication 2.3 to 2.7): state, activity profile and agent profile
 * documents over a {@link DocumentStore}, and the activities and agents resources read from the statements. Single
 * and multiple documents, {@code since}, JSON merge on POST (Communication 2.2), and ETag concurrency with
 * {@code If-Match} / {@code If-None-Match} (Communication 3.1). Called by {@link XapiResource}, which has checked the
 * version header and the client.
 */
final class DocumentResources {

    /** Statements read to build one activity's definition (newest first): bounds the activities resource's work. */
    static final int ACTIVITY_STATEMENTS = 1_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final DocumentStore documents;
    private final StatementStore statements;
    private final int pageSize;

    DocumentResources(DocumentStore documents, StatementStore statements, int pageSize) {
        this.documents = documents;
        this.statements = statements;
        this.pageSize = pageSize;
    }

    /** Whether {@code resource} is one of these. */
    static boolean serves(String resource) {
        return switch (resource) {
            case "activities/state", "activities/profile", "agents/profile", "activities", "agents" -> true;
            default -> false;
        };
    }

    XapiResponse handle(XapiRequest request, XapiClient client, Map<String, String> headers) {
        String method = request.method();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!read && client.readOnly()) {
            return XapiResource.error(403, headers, "klien " + client.username() + " hanya boleh membaca / client "
                    + client.username() + " may only read");
        }
        Map<String, String> p = single(request.parameters());
        return switch (request.resource()) {
            case "activities" -> activity(request, p, headers);
            case "agents" -> person(request, p, headers);
            default -> document(request, p, headers);
        };
    }

    private XapiResponse document(XapiRequest request, Map<String, String> p, Map<String, String> headers) {
        String resource = request.resource();
        DocumentStore.Kind kind;
        String idName;
        Set<String> allowed;
        StringBuilder scope = new StringBuilder();
        switch (resource) {
            case "activities/state" -> {
                kind = DocumentStore.Kind.STATE;
                idName = "stateId";
                allowed = Set.of("activityId", "agent", "registration", "stateId", "since");
                scope.append("activity ").append(activityId(p)).append('\n').append("agent ").append(agent(p));
                if (p.containsKey("registration")) {
                    scope.append('\n').append("registration ").append(uuid(p.get("registration")));
                }
            }
            case "activities/profile" -> {
                kind = DocumentStore.Kind.ACTIVITY_PROFILE;
                idName = "profileId";
                allowed = Set.of("activityId", "profileId", "since");
                scope.append("activity ").append(activityId(p));
            }
            default -> {
                kind = DocumentStore.Kind.AGENT_PROFILE;
                idName = "profileId";
                allowed = Set.of("agent", "profileId", "since");
                scope.append("agent ").append(agent(p));
            }
        }
        for (String name : p.keySet()) {
            if (!allowed.contains(name)) {
                throw StoreRejection.invalid("parameter tidak dikenal: " + name, "unknown parameter for " + resource
                        + ": " + name + " (allowed: " + allowed.stream().sorted().toList() + ")");
            }
        }
        String id = p.get(idName);
        String method = request.method();
        if (id == null) {
            return switch (method) {
                case "GET", "HEAD" -> ids(kind, scope.toString(), p, headers, method.equals("HEAD"));
                case "DELETE" -> {
                    if (kind != DocumentStore.Kind.STATE) {
                        throw StoreRejection.invalid(idName + " wajib untuk DELETE", idName + " is required to "
                                + "DELETE from " + resource);
                    }
                    documents.deleteAll(kind, scope.toString());
                    yield new XapiResponse(204, headers, null);
                }
                case "PUT", "POST" -> throw StoreRejection.invalid(idName + " wajib", idName + " is required to "
                        + method + " to " + resource);
                default -> notAllowed(headers, method);
            };
        }
        if (p.containsKey("since")) {
            throw StoreRejection.invalid("since hanya tanpa " + idName, "since is only allowed without " + idName);
        }
        DocumentStore.Key key = new DocumentStore.Key(kind, scope.toString(), id);
        boolean concurrency = kind != DocumentStore.Kind.STATE;
        return switch (method) {
            case "GET", "HEAD" -> get(key, headers, method.equals("HEAD"));
            case "PUT" -> put(request, key, concurrency, headers);
            case "POST" -> post(request, key, headers);
            case "DELETE" -> {
                documents.delete(key, current -> preconditions(request, current, false));
                yield new XapiResponse(204, headers, null);
            }
            default -> notAllowed(headers, method);
        };
    }

    private XapiResponse ids(DocumentStore.Kind kind, String scope, Map<String, String> p, Map<String, String> headers,
            boolean head) {
        Instant since = p.containsKey("since") ? XapiResource.timestamp("since", p.get("since")) : null;
        ArrayNode ids = JSON.createArrayNode();
        documents.ids(kind, scope, since).forEach(ids::add);
        return XapiResource.json(200, headers, ids, head);
    }

    private XapiResponse get(DocumentStore.Key key, Map<String, String> headers, boolean head) {
        Optional<DocumentStore.Document> document = documents.document(key);
        if (document.isEmpty()) {
            return XapiResource.error(404, headers, "dokumen tidak ditemukan / no document with id " + key.id());
        }
        headers.put("Content-Type", document.get().contentType());
        headers.put("ETag", quoted(document.get().etag()));
        headers.put("Last-Modified", HTTP_DATE.format(document.get().updated()));
        return new XapiResponse(200, headers, head ? null : document.get().content());
    }

    private XapiResponse put(XapiRequest request, DocumentStore.Key key, boolean concurrency,
            Map<String, String> headers) {
        String contentType = contentType(request);
        byte[] body = request.body();
        if (isJson(contentType)) {
            XapiResource.requireUtf8(body);
        }
        DocumentStore.Document stored = documents.write(key, current -> {
            preconditions(request, current, concurrency);
            return new DocumentStore.Content(contentType, body);
        });
        headers.put("ETag", quoted(stored.etag()));
        return new XapiResponse(204, headers, null);
    }

    /** Communication 2.2, "JSON Procedure with Requirements": both JSON objects, merged one level deep. */
    private XapiResponse post(XapiRequest request, DocumentStore.Key key, Map<String, String> headers) {
        String contentType = contentType(request);
        byte[] body = request.body();
        ObjectNode posted = isJson(contentType) ? jsonObject(body, "dokumen yang dikirim", "the document sent") : null;
        DocumentStore.Document stored = documents.write(key, current -> {
            preconditions(request, current, false);
            if (current.isEmpty()) {
                return new DocumentStore.Content(contentType, body);
            }
            if (posted == null || !isJson(current.get().contentType())) {
                throw StoreRejection.invalid("POST menggabungkan hanya dokumen JSON", "POST merges JSON documents "
                        + "only: the stored document is " + current.get().contentType() + " and the one sent is "
                        + contentType + "; both must be application/json objects (use PUT to replace)");
            }
            ObjectNode merged = jsonObject(current.get().content(), "dokumen tersimpan", "the stored document");
            merged.setAll(posted);
            return new DocumentStore.Content(current.get().contentType(), XapiResource.text(merged));
        });
        headers.put("ETag", quoted(stored.etag()));
        return new XapiResponse(204, headers, null);
    }

    /**
     * {@code If-Match} and {@code If-None-Match} (RFC 2616 14.24, 14.26) as Communication 3.1 applies them: a failed
     * precondition is 412; with {@code required} (a PUT of a profile), neither header is 409 over an existing document
     * and 400 otherwise, as ADL's conformance suite for 1.0.3 expects.
     */
    private static void preconditions(XapiRequest request, Optional<DocumentStore.Document> current,
            boolean required) {
        Optional<String> ifMatch = request.header("If-Match");
        Optional<String> ifNoneMatch = request.header("If-None-Match");
        if (ifMatch.isPresent() && (current.isEmpty() || !matches(ifMatch.get(), current.get().etag()))) {
            throw new StoreRejection(StoreRejection.Reason.PRECONDITION_FAILED, "If-Match tidak cocok / If-Match "
                    + "does not match the document's ETag" + current.map(d -> " " + quoted(d.etag()))
                    .orElse(" (no document)"));
        }
        if (ifNoneMatch.isPresent() && current.isPresent() && matches(ifNoneMatch.get(), current.get().etag())) {
            throw new StoreRejection(StoreRejection.Reason.PRECONDITION_FAILED, "dokumen sudah ada / If-None-Match: "
                    + "the document exists with ETag " + quoted(current.get().etag()));
        }
        if (required && ifMatch.isEmpty() && ifNoneMatch.isEmpty()) {
            if (current.isPresent()) {
                throw new StoreRejection(StoreRejection.Reason.CONFLICT, "dokumen sudah ada; kirim If-Match dengan "
                        + "ETag-nya / the document already exists: send If-Match with its ETag "
                        + quoted(current.get().etag()) + " to replace it");
            }
            throw StoreRejection.invalid("PUT profil perlu If-Match atau If-None-Match", "a PUT of a profile needs "
                    + "If-Match or If-None-Match (If-None-Match: * to create a new document), Communication 3.1");
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || unquoted(tag).equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
                : tag;
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    /**
     * The activities resource (Communication 2.5): the Activity with the definition gathered from the newest
     * {@value #ACTIVITY_STATEMENTS} statements that mention it; language maps are merged, newer statements win.
     */
    private XapiResponse activity(XapiRequest request, Map<String, String> p, Map<String, String> headers) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return notAllowed(headers, request.method(), "GET, HEAD");
        }
        String id = activityId(p);
        only(p, Set.of("activityId"), "activities");
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        StoreQuery query = new StoreQuery(null, null, id, null, false, true, null, null,
                Math.min(pageSize, ACTIVITY_STATEMENTS), false, null, null);
        int read = 0;
        List<JsonNode> newestFirst = new ArrayList<>();
        while (query != null && read < ACTIVITY_STATEMENTS) {
            StoredPage page = statements.query(query);
            for (StoredStatement statement : page.statements()) {
                newestFirst.add(XapiResource.tree(statement.json()));
                read++;
            }
            query = page.next().orElse(null);
        }
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            for (JsonNode activity : activities(newestFirst.get(i))) {
                if (id.equals(activity.path("id").asText()) && activity.get("definition") instanceof ObjectNode d) {
                    merge(definition, d);
                }
            }
        }
        ObjectNode activity = JSON.createObjectNode().put("objectType", "Activity").put("id", id);
        if (!definition.isEmpty()) {
            activity.set("definition", definition);
        }
        return XapiResource.json(200, headers, activity, request.method().equals("HEAD"));
    }

    private static List<JsonNode> activities(JsonNode statement) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode object = statement.path("object");
        switch (object.path("objectType").asText("Activity")) {
            case "Activity" -> found.add(object);
            case "SubStatement" -> found.addAll(activities(object));
            default -> {
            }
        }
        statement.path("context").path("contextActivities").elements().forEachRemaining(list -> {
            if (list.isArray()) {
                list.forEach(found::add);
            } else {
                found.add(list);
            }
        });
        return found;
    }

    private static void merge(ObjectNode into, ObjectNode newer) {
        newer.fields().forEachRemaining(field -> {
            if (field.getValue() instanceof ObjectNode map && into.get(field.getKey()) instanceof ObjectNode old
                    && (field.getKey().equals("name") || field.getKey().equals("description"))) {
                old.setAll(map);
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    /** The agents resource (Communication 2.6, Person object): what the store knows of the agent, its identifier. */
    private XapiResponse person(XapiRequest request, Map<String, String> p, Map<String, String> headers) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return notAllowed(headers, request.method(), "GET, HEAD");
        }
        only(p, Set.of("agent"), "agents");
        JsonNode agent = agentJson(p);
        XapiResource.agentFilter(agent);
        if (!agent.path("objectType").asText("Agent").equals("Agent")) {
            throw StoreRejection.invalid("agents menerima Agent, bukan Group", "the agents resource takes an Agent, "
                    + "not a Group");
        }
        ObjectNode person = JSON.createObjectNode().put("objectType", "Person");
        if (agent.hasNonNull("name")) {
            person.putArray("name").add(agent.get("name").asText());
        }
        for (String identifier : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.hasNonNull(identifier)) {
                person.putArray(identifier).add(agent.get(identifier));
            }
        }
        return XapiResource.json(200, headers, person, request.method().equals("HEAD"));
    }

    private static void only(Map<String, String> p, Set<String> allowed, String resource) {
        for (String name : p.keySet()) {
            if (!allowed.contains(name)) {
                throw StoreRejection.invalid("parameter tidak dikenal: " + name, "unknown parameter for " + resource
                        + ": " + name);
            }
        }
    }

    private static String activityId(Map<String, String> p) {
        String id = p.get("activityId");
        if (id == null) {
            throw StoreRejection.invalid("parameter activityId wajib", "the activityId parameter is required");
        }
        try {
            if (URI.create(id).isAbsolute()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw StoreRejection.invalid("activityId harus IRI absolut", "activityId must be an absolute IRI, was '" + id
                + "'");
    }

    private static JsonNode agentJson(Map<String, String> p) {
        String text = p.get("agent");
        if (text == null) {
            throw StoreRejection.invalid("parameter agent wajib", "the agent parameter is required");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw StoreRejection.invalid("parameter agent bukan JSON", "the agent parameter is not JSON");
        }
    }

    private static String agent(Map<String, String> p) {
        return XapiResource.agentFilter(agentJson(p));
    }

    private static String uuid(String text) {
        return XapiResource.uuid("registration", text).toString();
    }

    private static Map<String, String> single(Map<String, List<String>> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (values.size() > 1) {
                throw StoreRejection.invalid("parameter diulang: " + name, "parameter repeated: " + name);
            }
            p.put(name, values.get(0));
        });
        return p;
    }

    private static String contentType(XapiRequest request) {
        return request.header("Content-Type").map(String::trim).filter(type -> !type.isEmpty())
                .orElse("application/octet-stream");
    }

    private static boolean isJson(String contentType) {
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static ObjectNode jsonObject(byte[] content, String indonesian, String english) {
        XapiResource.requireUtf8(content);
        try {
            JsonNode json = JSON.readTree(content);
            if (json instanceof ObjectNode object) {
                return object;
            }
        } catch (java.io.IOException e) {
            // reported below
        }
        throw StoreRejection.invalid(indonesian + " bukan objek JSON", english + " is not a JSON object");
    }

    private static XapiResponse notAllowed(Map<String, String> headers, String method) {
        return notAllowed(headers, method, "GET, HEAD, PUT, POST, DELETE");
    }

    private static XapiResponse notAllowed(Map<String, String> headers, String method, String allow) {
        headers.put("Allow", allow);
        return XapiResource.error(405, headers, "metode tidak didukung / method not allowed: " + method);
    }
}
