package id.jembatan.flow.credits;

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
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiJson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LRS statements resource that answers queries as xAPI says: {@code verb}, {@code since} (stored after),
 * {@code ascending}, {@code limit}, a {@code more} link, voided statements left out, and
 * {@code X-Experience-API-Consistent-Through}; {@code statementId} answers one statement, or 404 when it is unknown or
 * voided. Statements are stored one millisecond apart. Used by the flow tests here and, from this module's test jar,
 * by the {@code lrs-credits} end-to-end tests of the {@code verify} tier (the real LRS replaces it under
 * {@code -Ppeers}).
 */
public final class PagedLrs implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> statements = new ArrayList<>();
    private final WireMockServer server;
    private final AtomicInteger queries = new AtomicInteger();
    private Instant clock = Instant.parse("2026-01-10T00:00:00Z");
    private volatile Instant consistentThrough;

    public PagedLrs() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Transformer()));
        server.start();
        server.stubFor(any(urlPathMatching("/xapi/.*")).willReturn(aResponse().withTransformers("paged-lrs")));
    }

    /** The xAPI endpoint, for {@code jembatan.lrs.endpoint}. */
    public URI endpoint() {
        return URI.create(server.baseUrl() + "/xapi/");
    }

    LrsClient client() {
        return new LrsClient(LrsConfig.of(endpoint(), "u", "p"));
    }

    /** Stores statements as if sent now, each a millisecond after the last; returns them as stored. */
    public synchronized List<Statement> store(Statement... sent) {
        List<Statement> stored = new ArrayList<>();
        for (Statement statement : sent) {
            clock = clock.plusMillis(1);
            ObjectNode node = (ObjectNode) XapiJson.toTree(statement.toBuilder().stored(clock.toString()).build());
            statements.add(node);
            stored.add(XapiJson.readStatement(node));
        }
        return stored;
    }

    /** Pretend statements after {@code instant} are not yet consistent; null = everything is. */
    void consistentThrough(Instant instant) {
        consistentThrough = instant;
    }

    int queries() {
        return queries.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private synchronized ResponseDefinition answer(Request request) {
        queries.incrementAndGet();
        String verb = param(request, "verb");
        String statementId = param(request, "statementId");
        String since = param(request, "since");
        int limit = param(request, "limit") == null ? 100 : Integer.parseInt(param(request, "limit"));
        int offset = param(request, "offset") == null ? 0 : Integer.parseInt(param(request, "offset"));
        Set<String> voided = new HashSet<>();
        for (ObjectNode statement : statements) {
            if (statement.path("verb").path("id").asText().equals("http://adlnet.gov/expapi/verbs/voided")) {
                voided.add(statement.path("object").path("id").asText());
            }
        }
        if (statementId != null) {
            ObjectNode found = voided.contains(statementId) ? null : statements.stream()
                    .filter(statement -> statement.path("id").asText().equals(statementId)).findFirst().orElse(null);
            return ResponseDefinitionBuilder.responseDefinition().withStatus(found == null ? 404 : 200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Experience-API-Version", "1.0.3")
                    .withBody(found == null ? "{\"error\":\"not found\"}" : found.toString()).build();
        }
        List<JsonNode> matching = new ArrayList<>();
        for (ObjectNode statement : statements) {
            if (voided.contains(statement.path("id").asText())
                    || (verb != null && !statement.path("verb").path("id").asText().equals(verb))
                    || (since != null && !Instant.parse(statement.path("stored").asText()).isAfter(
                            Instant.parse(since)))) {
                continue;
            }
            matching.add(statement);
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode list = result.putArray("statements");
        matching.stream().skip(offset).limit(limit).forEach(list::add);
        String more = "";
        if (offset + limit < matching.size()) {
            more = "/xapi/statements?" + (verb == null ? "" : "verb=" + verb + "&") + (since == null ? ""
                    : "since=" + since + "&") + "ascending=true&limit=" + limit + "&offset=" + (offset + limit);
        }
        result.put("more", more);
        Instant through = consistentThrough == null ? clock : consistentThrough;
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Experience-API-Version", "1.0.3")
                .withHeader("X-Experience-API-Consistent-Through", through.toString())
                .withBody(result.toString()).build();
    }

    private static String param(Request request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : null;
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest());
        }

        @Override
        public String getName() {
            return "paged-lrs";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
