package id.jembatan.support.lrs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory stand-in for an LRS's statements resource, for the {@code verify} tier: it stores what is
 * POSTed, answers GET by {@code statementId} and lists everything, checks Basic credentials and the version
 * header, answers 409 for a different statement under a stored id (and, like the ADL LRS, optionally for an
 * identical one), and can fail the next POSTs with 503. The real LRS replaces it under {@code -Ppeers}.
 */
public final class FakeLrs implements AutoCloseable {

    public static final String USERNAME = "jembatan";
    public static final String PASSWORD = "fake-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> statements = new LinkedHashMap<>();
    private final AtomicInteger failNextPosts = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger failedPosts = new AtomicInteger();
    private volatile boolean conflictOnIdentical;
    private final WireMockServer server;

    public FakeLrs() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Transformer()));
        server.start();
        server.stubFor(any(urlPathMatching("/xapi/.*")).willReturn(aResponse().withTransformers("fake-lrs")));
    }

    /** The xAPI endpoint, e.g. {@code http://127.0.0.1:PORT/xapi/}. */
    public URI endpoint() {
        return URI.create(server.baseUrl() + "/xapi/");
    }

    /** The next {@code n} POSTs answer 503. */
    public void failNextPosts(int n) {
        failNextPosts.set(n);
    }

    /** Answer 409 even when the stored statement equals the posted one (the ADL LRS does). */
    public void conflictOnIdentical(boolean on) {
        conflictOnIdentical = on;
    }

    /** Stores a statement directly, as if another system had sent it. */
    public synchronized void store(JsonNode statement) {
        statements.put(statement.get("id").asText(), stamped(statement));
    }

    /** The statements held, in the order they were first stored. */
    public synchronized List<JsonNode> statements() {
        return new ArrayList<>(statements.values());
    }

    /** POST requests received, failed ones included. */
    public int posts() {
        return posts.get();
    }

    /** POST requests answered 503. */
    public int failedPosts() {
        return failedPosts.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private synchronized ResponseDefinition answer(Request request) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes());
        if (!expected.equals(request.getHeader("Authorization"))) {
            return status(401, "{\"message\":\"Unauthorised\"}");
        }
        if (!"1.0.3".equals(request.getHeader("X-Experience-API-Version"))) {
            return status(400, "{\"warnings\":[\"Missing required value in 'header.X-Experience-API-Version'\"]}");
        }
        String path = URI.create(request.getUrl()).getPath();
        if (!path.equals("/xapi/statements")) {
            return status(404, "{\"message\":\"not found\"}");
        }
        return switch (request.getMethod().getName()) {
            case "POST" -> post(request);
            case "GET" -> get(request);
            default -> status(405, "{\"message\":\"method not allowed\"}");
        };
    }

    private ResponseDefinition post(Request request) throws IOException {
        posts.incrementAndGet();
        if (failNextPosts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failedPosts.incrementAndGet();
            return status(503, "{\"message\":\"Service Unavailable\"}");
        }
        JsonNode body = JSON.readTree(request.getBodyAsString());
        List<JsonNode> batch = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(batch::add);
        } else {
            batch.add(body);
        }
        for (JsonNode statement : batch) {
            JsonNode stored = statements.get(statement.get("id").asText());
            if (stored != null && (conflictOnIdentical || !withoutStoredFields(stored).equals(statement))) {
                return status(409, "{\"message\":\"" + statement.get("id").asText() + " is conflicting\"}");
            }
        }
        ArrayNode ids = JSON.createArrayNode();
        for (JsonNode statement : batch) {
            statements.putIfAbsent(statement.get("id").asText(), stamped(statement));
            ids.add(statement.get("id").asText());
        }
        return status(200, ids.toString());
    }

    private ResponseDefinition get(Request request) {
        String id = request.queryParameter("statementId").isPresent()
                ? request.queryParameter("statementId").firstValue() : null;
        if (id != null) {
            JsonNode stored = statements.get(id);
            return stored == null ? status(404, "{\"message\":\"no statement " + id + "\"}")
                    : status(200, stored.toString());
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode list = result.putArray("statements");
        statements.values().forEach(list::add);
        result.put("more", "");
        return status(200, result.toString());
    }

    private static JsonNode stamped(JsonNode statement) {
        ObjectNode copy = statement.deepCopy();
        copy.put("stored", Instant.now().toString());
        copy.putObject("authority").put("objectType", "Agent").put("mbox", "mailto:fake@lrs.invalid");
        copy.put("version", "1.0.0");
        return copy;
    }

    private static JsonNode withoutStoredFields(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove(List.of("stored", "authority", "version"));
        return copy;
    }

    private static ResponseDefinition status(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Experience-API-Version", "1.0.3")
                .withHeader("X-Experience-API-Consistent-Through", Instant.now().toString())
                .withBody(body)
                .build();
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                return answer(serveEvent.getRequest());
            } catch (IOException | RuntimeException e) {
                return status(400, "{\"message\":\"" + e.getClass().getSimpleName() + "\"}");
            }
        }

        @Override
        public String getName() {
            return "fake-lrs";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
