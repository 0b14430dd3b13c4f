package id.jembatan.support.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.XapiJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StatementsSince} against a stand-in that pages as the peers' xapi-statements (memory models) does: sorted by
 * {@code stored}, {@code more} carrying the last row's internal id, a UUID v1 as text, compared as text. Those ids
 * start with the low 32 bits of a 100-ns clock, so they wrap every 429.5 s; the stand-in puts such a wrap in the middle.
 */
class StatementsSinceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-12-08T00:00:00Z");

    private final List<Row> rows = new ArrayList<>();
    private HttpServer server;
    private URI endpoint;

    private record Row(String internalId, Instant stored, ObjectNode statement) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/xAPI/statements", this::statements);
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xAPI/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void followingMoreEndsAtTheWrapOfTheLrsInternalIdsAndMissesWhatCameAfter() {
        storeBatchesAcrossTheWrap(30, 100);

        List<JsonNode> followed = new LrsClient(LrsConfig.of(endpoint, "u", "p"))
                .statements(StatementQuery.builder().since(START).ascending(true).limit(500).build())
                .map(XapiJson::toTree).map(JsonNode.class::cast).toList();

        assertThat(followed).as("what a query following more sees; the LRS holds 3,000").hasSize(1_500);
    }

    @Test
    void readsEveryStatementStoredAfterTheInstantAcrossTheWrapOnce() {
        storeBatchesAcrossTheWrap(30, 100);

        List<JsonNode> read = new StatementsSince(endpoint, "u", "p", 500).read(START, null);

        assertThat(read).hasSize(3_000);
        assertThat(ids(read)).hasSize(3_000).containsAll(ids(rows.stream().map(Row::statement)
                .map(JsonNode.class::cast).toList()));
    }

    @Test
    void aPageSmallerThanOneStoredInstantStillReadsOnPastIt() {
        storeBatchesAcrossTheWrap(4, 250);

        List<JsonNode> read = new StatementsSince(endpoint, "u", "p", 100).read(START, null);

        assertThat(ids(read)).hasSize(1_000);
    }

    @Test
    void leavesOutWhatWasStoredAtOrBeforeTheInstant() {
        storeBatchesAcrossTheWrap(10, 100);

        List<JsonNode> read = new StatementsSince(endpoint, "u", "p", 500).read(START.plusSeconds(4), null);

        assertThat(read).hasSize(600).allSatisfy(statement -> assertThat(Instant.parse(statement.path("stored")
                .asText())).isAfter(START.plusSeconds(4)));
    }

    /** {@code batches} POSTs, one a second, each of {@code size} statements sharing one stored instant. */
    private void storeBatchesAcrossTheWrap(int batches, int size) {
        long wrapAt = batches / 2;
        for (int b = 0; b < batches; b++) {
            Instant stored = START.plusSeconds(b + 1);
            for (int i = 0; i < size; i++) {
                // the first 32 bits of the id: high before the wrap, low after it, rising within each side
                long low = b < wrapAt ? 0xF0000000L + b * 1_000L + i : b * 1_000L + i;
                String internal = String.format("%08x-0000-1000-8000-000000000000", low);
                ObjectNode statement = JSON.createObjectNode().put("id", UUID.randomUUID().toString())
                        .put("stored", stored.toString().replace("Z", ".000Z"));
                statement.putObject("actor").put("mbox", "mailto:asn@kota.go.id");
                statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/completed");
                statement.putObject("object").put("id", "https://elearning.kota.go.id/course/view.php?id=" + b);
                rows.add(new Row(internal, stored, statement));
            }
        }
    }

    /**
     * As xapi-statements' memory repository: filter by cursor and since (both compared as text), sort by stored then
     * id, limit + 1.
     */
    private void statements(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        String since = query.getOrDefault("since", "");
        String cursor = query.get("cursor");
        List<Row> matching = rows.stream()
                .filter(row -> cursor == null || row.internalId().compareTo(cursor) > 0)
                .filter(row -> row.statement().path("stored").asText().compareTo(since) > 0)
                .sorted(Comparator.comparing(Row::stored).thenComparing(Row::internalId))
                .limit(limit + 1L).toList();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode statements = body.putArray("statements");
        matching.stream().limit(limit).forEach(row -> statements.add(row.statement()));
        if (matching.size() > limit) {
            body.put("more", "/xAPI/statements?since=" + query.getOrDefault("since", "") + "&ascending=true&limit="
                    + limit + "&cursor=" + matching.get(limit - 1).internalId());
        } else {
            body.put("more", "");
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static Set<String> ids(List<JsonNode> statements) {
        Set<String> ids = new HashSet<>();
        statements.forEach(statement -> ids.add(statement.path("id").asText()));
        return ids;
    }
}
