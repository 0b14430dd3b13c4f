package id.jembatan.bridge.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiRequest;
import id.jembatan.lrs.store.XapiResource;
import id.jembatan.lrs.store.XapiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls an {@link XapiResource} as a client would, and builds statements as JSON text. */
final class Xapi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final XapiClient CLIENT = XapiClient.of("tester", "Penguji", URI.create("https://jembatan.invalid/xapi/clients"),
            false);

    private final XapiResource resource;

    Xapi(XapiResource resource) {
        this.resource = resource;
    }

    XapiResponse get(String query) {
        return send("GET", query, null, null, Map.of());
    }

    XapiResponse get(String query, Map<String, String> headers) {
        return send("GET", query, null, null, headers);
    }

    XapiResponse post(String json) {
        return send("POST", null, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    XapiResponse put(String query, String json) {
        return send("PUT", query, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    XapiResponse send(String method, String query, String contentType, byte[] body, Map<String, String> extra) {
        return send(method, "statements", query, contentType, body, extra);
    }

    /** A request to any resource below the xAPI base, e.g. {@code activities/state}. */
    XapiResponse send(String method, String resourceName, String query, String contentType, byte[] body,
            Map<String, String> extra) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(XapiResource.VERSION_HEADER, List.of("1.0.3"));
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        extra.forEach((name, value) -> {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, List.of(value));
            }
        });
        return resource.handle(new XapiRequest(method, resourceName, query, headers, body), CLIENT);
    }

    static JsonNode json(XapiResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(String name, String value) {
        return name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A statement by {@code actor} with {@code verb} on activity {@code activity}. */
    static ObjectNode statement(UUID id, String actorMbox, String verb, String activity) {
        ObjectNode statement = JSON.createObjectNode();
        if (id != null) {
            statement.put("id", id.toString());
        }
        statement.putObject("actor").put("objectType", "Agent").put("mbox", actorMbox).put("name", "ASN Uji");
        ObjectNode verbNode = statement.putObject("verb").put("id", verb);
        verbNode.putObject("display").put("en-US", "completed").put("id-ID", "menyelesaikan");
        ObjectNode object = statement.putObject("object").put("objectType", "Activity").put("id", activity);
        ObjectNode definition = object.putObject("definition");
        definition.putObject("name").put("en-US", "Course").put("id-ID", "Pelatihan");
        definition.put("type", "http://adlnet.gov/expapi/activities/course");
        statement.put("timestamp", "2025-03-01T09:15:00+07:00");
        return statement;
    }

    static ObjectNode voiding(UUID id, String actorMbox, UUID target) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", id.toString());
        statement.putObject("actor").put("objectType", "Agent").put("mbox", actorMbox);
        statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided").putObject("display")
                .put("en-US", "voided");
        statement.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
        return statement;
    }

    static String text(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
