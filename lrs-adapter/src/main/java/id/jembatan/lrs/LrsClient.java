package id.jembatan.lrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiJson;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The statements resource of an xAPI 1.0.3 LRS over {@code java.net.http}
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#21-statement-resource-statements">xAPI
 * Communication 2.1</a>). Every request carries {@code X-Experience-API-Version: 1.0.3} and Basic auth. Requests
 * travel through an {@link LrsTransport}: HTTP by default, or in process to the embedded statement store, which
 * answers with the same status codes, headers and bodies.
 *
 * <p>Failures are classified, never retried here: {@link LrsTransientException} (unreachable, timeout, 429, 5xx),
 * {@link LrsFatalException} (401/403 or an endpoint that is no statements resource), {@link LrsRejectedException}
 * and its subclasses for 409 and 413 (the LRS refused this request). Thread-safe.
 */
public final class LrsClient {

    /** The xAPI version this client speaks. */
    public static final String XAPI_VERSION = "1.0.3";

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH_HEADER = "X-Experience-API-Consistent-Through";

    private static final ObjectMapper JSON = XapiJson.newMapper();
    private static final int MAX_MESSAGE = 500;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final LrsConfig config;
    private final LrsTransport transport;
    private final String authorization;
    private final URI statements;

    public LrsClient(LrsConfig config) {
        this(config, HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    /** With a caller's {@link HttpClient}; it should not follow redirects, which would carry the credentials along. */
    public LrsClient(LrsConfig config, HttpClient http) {
        this(config, LrsTransport.http(http));
    }

    /**
     * With another way to reach the LRS, e.g. the embedded statement store in this JVM. Requests still carry the
     * configured endpoint, credentials and version header; only how they travel differs.
     */
    public LrsClient(LrsConfig config, LrsTransport transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.username() + ":" + config.password()).getBytes(StandardCharsets.UTF_8));
        this.statements = config.endpoint().resolve("statements");
    }

    public LrsConfig config() {
        return config;
    }

    /**
     * Stores statements in one request, all or none
     * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#212-post-statements">xAPI
     * Communication 2.1.2, POST Statements</a>).
     *
     * @return the statement ids in request order, as the LRS reports them (it assigns ids that were missing)
     * @throws LrsConflictException 409: an id is stored with other content (or, for some LRSs, at all)
     * @throws LrsPayloadTooLargeException 413: the batch is too large
     * @throws LrsRejectedException 400 and other refusals of the request
     */
    public List<UUID> post(List<Statement> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return List.of();
        }
        LrsTransport.Request request = request("POST", statements, XapiJson.toJson(batch));
        LrsTransport.Response response = send(request, "POST statements");
        if (response.status() != 200) {
            throw failure(response, "POST statements");
        }
        JsonNode ids = parse(response, "POST statements");
        if (!ids.isArray()) {
            throw notAnLrs(response, "POST statements", "a JSON array of statement ids");
        }
        List<UUID> result = new ArrayList<>();
        for (JsonNode id : ids) {
            try {
                result.add(UUID.fromString(id.asText()));
            } catch (IllegalArgumentException e) {
                throw notAnLrs(response, "POST statements", "a JSON array of statement ids");
            }
        }
        return List.copyOf(result);
    }

    /**
     * Stores one statement under its id
     * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#211-put-statements">xAPI
     * Communication 2.1.1, PUT Statements</a>).
     *
     * @throws IllegalArgumentException when the statement has no id
     * @throws LrsConflictException 409: the id is stored with other content (or, for some LRSs, at all)
     */
    public void put(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        if (statement.id() == null) {
            throw new IllegalArgumentException("PUT needs a statement id");
        }
        LrsTransport.Request request = request("PUT",
                withQuery(statements, Map.of("statementId", statement.id().toString())), XapiJson.toJson(statement));
        LrsTransport.Response response = send(request, "PUT statement");
        if (response.status() != 204 && response.status() != 200) {
            throw failure(response, "PUT statement");
        }
    }

    /**
     * One statement by id, as stored (with {@code stored}, {@code authority}, {@code version})
     * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
     * Communication 2.1.3, statementId</a>). A voided statement is not returned; see {@link #getVoided}.
     */
    public Optional<Statement> get(UUID statementId) {
        return single("statementId", statementId);
    }

    /**
     * One voided statement by id
     * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
     * Communication 2.1.3, voidedStatementId</a>).
     */
    public Optional<Statement> getVoided(UUID voidedStatementId) {
        return single("voidedStatementId", voidedStatementId);
    }

    /**
     * The first page of a query
     * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
     * Communication 2.1.3</a>).
     */
    public StatementPage query(StatementQuery query) {
        Objects.requireNonNull(query, "query");
        return page(withQuery(statements, query.parameters()));
    }

    /**
     * The page a {@code more} IRL points to. A relative IRL (what LRSs send: {@code /xAPI/statements?...&cursor=...}
     * or {@code /xapi/statements/more/<hex>}) is resolved against the endpoint's origin; an absolute one must have
     * the endpoint's origin, so the credentials never go to another host.
     */
    public StatementPage more(URI more) {
        return page(resolveMore(more));
    }

    /** Every page of a query, fetched lazily: the next request is made only when the stream needs it. */
    public Stream<StatementPage> pages(StatementQuery query) {
        Objects.requireNonNull(query, "query");
        Iterator<StatementPage> iterator = new Iterator<>() {
            private StatementPage current;
            private boolean started;

            @Override
            public boolean hasNext() {
                return !started || (current != null && current.more().isPresent());
            }

            @Override
            public StatementPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                current = started ? more(repairAgent(current.more().orElseThrow(), query)) : query(query);
                started = true;
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every statement a query matches, following {@code more} lazily. */
    public Stream<Statement> statements(StatementQuery query) {
        return pages(query).flatMap(page -> page.statements().stream());
    }

    /**
     * Learning Locker's xapi-statements 5.0.1 writes the agent filter into {@code more} as {@code agent=[object Object]},
     * which it then refuses with 400; the agent of the original query is put back.
     */
    static URI repairAgent(URI more, StatementQuery query) {
        String rawQuery = more.getRawQuery();
        if (query.agent() == null || rawQuery == null) {
            return more;
        }
        String agent = "agent=" + encode(XapiJson.toJson(query.agent()));
        String repaired = Arrays.stream(rawQuery.split("&"))
                .map(parameter -> parameter.startsWith("agent=")
                        && !URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8).startsWith("{")
                        ? agent : parameter)
                .collect(Collectors.joining("&"));
        String text = more.toString();
        return URI.create(text.substring(0, text.indexOf('?') + 1) + repaired);
    }

    private Optional<Statement> single(String parameter, UUID id) {
        Objects.requireNonNull(id, parameter);
        LrsTransport.Request request = request("GET", withQuery(statements, Map.of(parameter, id.toString())), null);
        String operation = "GET statement by " + parameter;
        LrsTransport.Response response = send(request, operation);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw failure(response, operation);
        }
        return Optional.of(statement(parse(response, operation), response, operation));
    }

    private StatementPage page(URI uri) {
        LrsTransport.Request request = request("GET", uri, null);
        LrsTransport.Response response = send(request, "GET statements");
        if (response.status() != 200) {
            throw failure(response, "GET statements");
        }
        JsonNode body = parse(response, "GET statements");
        JsonNode list = body.get("statements");
        if (list == null || !list.isArray()) {
            throw notAnLrs(response, "GET statements", "a StatementResult object with a statements array");
        }
        List<Statement> page = new ArrayList<>();
        for (JsonNode statement : list) {
            page.add(statement(statement, response, "GET statements"));
        }
        String more = body.path("more").asText("");
        return new StatementPage(page, more.isBlank() ? Optional.empty() : Optional.of(resolveMore(lenientUri(more))),
                consistentThrough(response));
    }

    private Statement statement(JsonNode json, LrsTransport.Response response, String operation) {
        try {
            return XapiJson.readStatement(json);
        } catch (IllegalArgumentException e) {
            throw new LrsFatalException("the LRS at " + config.endpoint() + " answered " + operation
                    + " with a statement this client cannot read (" + e.getMessage() + ")", response.status(), e);
        }
    }

    URI resolveMore(URI more) {
        Objects.requireNonNull(more, "more");
        URI origin = config.origin();
        if (more.isAbsolute()) {
            URI moreOrigin = URI.create(more.getScheme() + "://" + more.getRawAuthority());
            if (!moreOrigin.equals(origin)) {
                throw new LrsFatalException("the LRS at " + config.endpoint() + " sent a 'more' link to another origin ("
                        + moreOrigin + "); refusing to send the credentials there", 0, null);
            }
            return more;
        }
        String path = more.toString();
        return URI.create(origin + (path.startsWith("/") ? "" : "/") + path);
    }

    /** Some LRSs put raw JSON (an agent filter) into {@code more}; characters a URI cannot hold are escaped. */
    static URI lenientUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            StringBuilder escaped = new StringBuilder();
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if (b >= 0 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) {
                    escaped.append(c);
                } else {
                    escaped.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
            return URI.create(escaped.toString());
        }
    }

    private LrsTransport.Request request(String method, URI uri, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(VERSION_HEADER, XAPI_VERSION);
        headers.put("Authorization", authorization);
        headers.put("Accept", "application/json");
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return new LrsTransport.Request(method, uri, headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), config.requestTimeout());
    }

    private LrsTransport.Response send(LrsTransport.Request request, String operation) {
        try {
            return transport.send(request);
        } catch (IOException e) {
            throw new LrsTransientException("the LRS at " + config.endpoint() + " did not answer " + operation + ": "
                    + describe(e), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsTransientException("interrupted while waiting for the LRS to answer " + operation, 0, null, e);
        }
    }

    private LrsException failure(LrsTransport.Response response, String operation) {
        int status = response.status();
        String lrsMessage = lrsMessage(response.body(), status);
        String where = "the LRS at " + config.endpoint() + " answered " + operation + " with " + status;
        if (status == 401 || status == 403) {
            return new LrsFatalException(where + " (" + lrsMessage + "): check jembatan.lrs.username and "
                    + "jembatan.lrs.password", status, null);
        }
        if (status == 404 || status == 405) {
            return new LrsFatalException(where + ": check that jembatan.lrs.endpoint is the xAPI base URL (the "
                    + "statements resource is <endpoint>statements)", status, null);
        }
        if (status == 429 || status >= 500) {
            return new LrsTransientException(where + ": " + lrsMessage, status, retryAfter(response), null);
        }
        if (status == 409) {
            return new LrsConflictException(where + ": " + lrsMessage, lrsMessage, firstUuid(lrsMessage));
        }
        if (status == 413) {
            return new LrsPayloadTooLargeException(where + ": " + lrsMessage, lrsMessage);
        }
        return new LrsRejectedException(where + ": " + lrsMessage, status, lrsMessage);
    }

    private LrsFatalException notAnLrs(LrsTransport.Response response, String operation, String expected) {
        return new LrsFatalException("the LRS at " + config.endpoint() + " answered " + operation + " with "
                + response.status() + " but not with " + expected + ": check that jembatan.lrs.endpoint is the "
                + "xAPI base URL; body starts: " + abbreviate(response.body()), response.status(), null);
    }

    private JsonNode parse(LrsTransport.Response response, String operation) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw notAnLrs(response, operation, "JSON");
        }
    }

    static String lrsMessage(String body, int status) {
        if (body == null || body.isBlank()) {
            return "HTTP " + status + " with an empty body";
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json.hasNonNull("message") && json.get("message").isTextual()) {
                return abbreviate(json.get("message").asText());
            }
            if (json.has("warnings") && json.get("warnings").isArray()) {
                List<String> warnings = new ArrayList<>();
                json.get("warnings").forEach(warning -> warnings.add(warning.isTextual() ? warning.asText()
                        : warning.toString()));
                return abbreviate(String.join("; ", warnings));
            }
            if (json.isTextual()) {
                return abbreviate(json.asText());
            }
        } catch (JsonProcessingException e) {
            return abbreviate(body);
        }
        return abbreviate(body);
    }

    private static UUID firstUuid(String text) {
        Matcher matcher = UUID_TEXT.matcher(text);
        return matcher.find() ? UUID.fromString(matcher.group()) : null;
    }

    private static Optional<Instant> consistentThrough(LrsTransport.Response response) {
        return response.header(CONSISTENT_THROUGH_HEADER).flatMap(value -> {
            try {
                return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Duration retryAfter(LrsTransport.Response response) {
        return response.header("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static URI withQuery(URI base, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return base;
        }
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
