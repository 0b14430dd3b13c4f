package id.jembatan.support.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back every statement an LRS stored after an instant, for tests that check what arrived, without following
 * {@code more} links.
 *
 * <p>Why not {@code more}: the xapi-statements LRS of the peers ({@code MODELS_REPO=memory}) sorts by {@code stored}
 * but pages with a cursor that is the last row's internal id, a UUID v1 compared as text ({@code _id > cursor}). The
 * text of a UUID v1 starts with the low 32 bits of its 100-ns timestamp, which wrap every 2^32 x 100 ns = 429.5 s; a
 * statement stored after a wrap has a smaller id than one stored before it, so a query whose pages straddle the wrap
 * ends at the wrap with no {@code more}. That is how {@code MoodleLearningPeersTest} once found 3,100 of 10,000
 * statements (the interrupted run's, stored before the wrap). So this reader moves a {@code since} window instead:
 * each request asks for the statements stored after the last {@code stored} it has seen minus a millisecond
 * ({@code since} is exclusive, and several statements share one {@code stored}), oldest first, and drops what it
 * already has; when a whole page shares one {@code stored} it asks for a bigger page.
 */
public final class StatementsSince {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * {@code since} as the LRS writes {@code stored}, always with milliseconds: xapi-statements compares the two as
     * text, and {@code Instant.toString()} leaves the fraction out of a whole second (":05Z" sorts after ":05.500Z").
     */
    private static final java.time.format.DateTimeFormatter STORED = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String authorization;
    private final int pageSize;

    /**
     * @param endpoint the xAPI endpoint, e.g. {@code http://127.0.0.1:8090/xAPI/}
     * @param pageSize statements per request (it grows when a whole page shares one {@code stored})
     */
    public StatementsSince(URI endpoint, String username, String password, int pageSize) {
        this.endpoint = endpoint;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.pageSize = pageSize;
    }

    /** Every statement stored after {@code since}, oldest first; {@code verb} null for any verb. */
    public List<JsonNode> read(Instant since, String verb) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        Instant after = since;
        int limit = pageSize;
        while (true) {
            List<JsonNode> page = page(after, verb, limit);
            int before = found.size();
            page.forEach(statement -> found.putIfAbsent(statement.path("id").asText(), statement));
            if (page.size() < limit) {
                return new ArrayList<>(found.values());
            }
            Instant first = stored(page.get(0));
            Instant last = stored(page.get(page.size() - 1));
            if (last.equals(first) || found.size() == before) {
                limit *= 2;
            } else {
                after = last.minusMillis(1);
                limit = pageSize;
            }
        }
    }

    private List<JsonNode> page(Instant since, String verb, int limit) {
        StringBuilder query = new StringBuilder("statements?ascending=true&limit=").append(limit)
                .append("&since=").append(URLEncoder.encode(STORED.format(since), StandardCharsets.UTF_8));
        if (verb != null) {
            query.append("&verb=").append(URLEncoder.encode(verb, StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(query.toString()))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", "1.0.3")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            List<JsonNode> statements = new ArrayList<>();
            JSON.readTree(response.body()).path("statements").forEach(statements::add);
            return statements;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + request.uri(), e);
        }
    }

    private static Instant stored(JsonNode statement) {
        return java.time.OffsetDateTime.parse(statement.path("stored").asText()).toInstant();
    }
}
