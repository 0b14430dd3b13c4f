package id.jembatan.lrs.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.xapi.Attachment;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.SubStatement;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The xAPI 1.0.3 statements resource and about resource over a {@link StatementStore}
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#21-statement-resource-statements">xAPI
 * Communication 2.1</a>): request in, status, headers and body out. The bridge's HTTP layer and
 * {@link InProcessTransport} both call this, so an HTTP client and the bridge's own flows see the same answers.
 * Authentication happens before: the caller passes the {@link XapiClient} it established.
 */
public final class XapiResource {

    /** The version this resource answers with. */
    public static final String VERSION = "1.0.3";
    public static final String VERSION_HEADER = "X-Experience-API-Version";
    public static final String CONSISTENT_THROUGH_HEADER = "X-Experience-API-Consistent-Through";
    public static final String HASH_HEADER = "X-Experience-API-Hash";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern ACCEPTED_VERSION = Pattern.compile("1\\.0(\\.[0-3])?");
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");
    private static final Set<String> QUERY_PARAMETERS = Set.of("statementId", "voidedStatementId", "agent", "verb",
            "activity", "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending", "cursor");
    private static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "attachments",
            "format");
    /** The longest attachment Content-Type the store keeps (V4: {@code xapi_attachment.content_type VARCHAR(255)}). */
    static final int MAX_CONTENT_TYPE = 255;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** The most statements one POST may carry unless configured otherwise. */
    public static final int DEFAULT_MAX_STATEMENTS_PER_REQUEST = 1_000;

    private final StatementStore store;
    private final DocumentResources documents;
    private final String basePath;
    private final int maxPageSize;
    private final int maxStatementsPerRequest;

    /** Statements and about only (no document resources), at most {@value #DEFAULT_MAX_STATEMENTS_PER_REQUEST} per POST. */
    public XapiResource(StatementStore store, String basePath, int maxPageSize) {
        this(store, null, basePath, maxPageSize, DEFAULT_MAX_STATEMENTS_PER_REQUEST);
    }

    /**
     * @param documents               the state, activity profile and agent profile documents, or null to serve
     *                                statements and about only
     * @param basePath                the path of the xAPI base as clients see it, e.g. {@code /xapi/}; {@code more}
     *                                links start with it
     * @param maxPageSize             the most statements one page holds (also the page size of {@code limit=0} and no
     *                                limit)
     * @param maxStatementsPerRequest the most statements one POST may carry; more is 413 before anything is stored,
     *                                so one huge batch cannot hold the store's write lock for minutes
     */
    public XapiResource(StatementStore store, DocumentStore documents, String basePath, int maxPageSize,
            int maxStatementsPerRequest) {
        this.store = Objects.requireNonNull(store, "store");
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("the maximum page size must be positive, was " + maxPageSize);
        }
        if (maxStatementsPerRequest < 1) {
            throw new IllegalArgumentException("the most statements per request must be positive, was "
                    + maxStatementsPerRequest);
        }
        this.maxPageSize = maxPageSize;
        this.maxStatementsPerRequest = maxStatementsPerRequest;
        this.documents = documents == null ? null : new DocumentResources(documents, store, maxPageSize);
    }

    public StatementStore store() {
        return store;
    }

    /** Answers one request from {@code client}. Never throws for a bad request: that is a 4xx answer. */
    public XapiResponse handle(XapiRequest received, XapiClient client) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(VERSION_HEADER, VERSION);
        XapiRequest request = received;
        try {
            if (AlternateSyntax.applies(received.method(), received.rawQuery())) {
                request = AlternateSyntax.translate(received);
            }
            if (request.resource().equals("about")) {
                return about(request, headers);
            }
            if (request.resource().equals("statements")) {
                return statements(request, client, headers);
            }
            if (documents != null && DocumentResources.serves(request.resource())) {
                Optional<XapiResponse> problem = versionProblem(request, headers);
                return problem.isPresent() ? problem.get() : documents.handle(request, client, headers);
            }
            return error(404, headers, "sumber daya tidak ada di penyimpanan bawaan / resource not provided by the "
                    + "embedded store: " + request.resource());
        } catch (StoreRejection e) {
            if (request.resource().equals("statements")) {
                headers.put(CONSISTENT_THROUGH_HEADER, iso(store.consistentThrough()));
            }
            return error(e.reason().status(), headers, e.getMessage());
        } catch (StatementStoreException e) {
            headers.put("Retry-After", "5");
            return error(503, headers, e.getMessage());
        }
    }

    private XapiResponse about(XapiRequest request, Map<String, String> headers) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            headers.put("Allow", "GET, HEAD");
            return error(405, headers, "metode tidak didukung / method not allowed: " + request.method());
        }
        ObjectNode about = JSON.createObjectNode();
        about.putArray("version").add("1.0.0").add("1.0.1").add("1.0.2").add("1.0.3");
        about.putObject("extensions").put("https://jembatan.id/xapi/extensions/embedded-store", true);
        return json(200, headers, about, request.method().equals("HEAD"));
    }

    /** xAPI Communication 3.3: every resource but about needs {@code X-Experience-API-Version} 1.0.x. */
    private static Optional<XapiResponse> versionProblem(XapiRequest request, Map<String, String> headers) {
        String version = request.header(VERSION_HEADER).map(String::trim).orElse(null);
        if (version == null) {
            return Optional.of(error(400, headers, "header " + VERSION_HEADER + " wajib ada / the " + VERSION_HEADER
                    + " header is required (e.g. 1.0.3)"));
        }
        if (!ACCEPTED_VERSION.matcher(version).matches()) {
            return Optional.of(error(400, headers, "versi xAPI tidak didukung / unsupported xAPI version '" + version
                    + "': this store speaks 1.0.0 to 1.0.3"));
        }
        return Optional.empty();
    }

    private XapiResponse statements(XapiRequest request, XapiClient client, Map<String, String> headers) {
        Optional<XapiResponse> problem = versionProblem(request, headers);
        if (problem.isPresent()) {
            return problem.get();
        }
        headers.put(CONSISTENT_THROUGH_HEADER, iso(store.consistentThrough()));
        switch (request.method()) {
            case "GET", "HEAD" -> {
                return get(request, headers);
            }
            case "POST", "PUT" -> {
                if (client.readOnly()) {
                    return error(403, headers, "klien " + client.username() + " hanya boleh membaca / client "
                            + client.username() + " may only read statements");
                }
                return request.method().equals("POST") ? post(request, client, headers) : put(request, client, headers);
            }
            default -> {
                headers.put("Allow", "GET, HEAD, POST, PUT");
                return error(405, headers, "metode tidak didukung / method not allowed: " + request.method());
            }
        }
    }

    private XapiResponse post(XapiRequest request, XapiClient client, Map<String, String> headers) {
        if (!request.parameters().isEmpty()) {
            return error(400, headers, "POST statements tidak menerima parameter (sintaks permintaan alternatif tidak "
                    + "didukung) / POST statements takes no parameters (the alternate request syntax is not "
                    + "supported): " + request.parameters().keySet());
        }
        Body body = body(request);
        List<ReceivedStatement> statements = new ArrayList<>();
        if (body.json().isArray()) {
            if (body.json().size() > maxStatementsPerRequest) {
                throw new StoreRejection(StoreRejection.Reason.TOO_LARGE, "terlalu banyak pernyataan dalam satu "
                        + "permintaan (" + body.json().size() + ", paling banyak " + maxStatementsPerRequest
                        + "); kirim dalam beberapa permintaan / too many statements in one request ("
                        + body.json().size() + ", at most " + maxStatementsPerRequest + "): send them in several "
                        + "requests (jembatan.lrs.embedded.max-statements-per-request)");
            }
            int index = 0;
            for (JsonNode statement : body.json()) {
                statements.add(ReceivedStatement.check(statement, index++));
            }
        } else {
            statements.add(ReceivedStatement.check(body.json(), -1));
        }
        Map<String, AttachmentContent> attachments = attachments(statements, body.parts());
        List<UUID> ids = store.store(statements, attachments, client.authority());
        ArrayNode result = JSON.createArrayNode();
        ids.forEach(id -> result.add(id.toString()));
        return json(200, headers, result, false);
    }

    private XapiResponse put(XapiRequest request, XapiClient client, Map<String, String> headers) {
        Map<String, List<String>> parameters = request.parameters();
        List<String> ids = parameters.get("statementId");
        if (ids == null || ids.size() != 1 || parameters.size() != 1) {
            return error(400, headers, "PUT statements perlu tepat satu parameter statementId / PUT statements needs "
                    + "exactly one statementId parameter and no other");
        }
        UUID id = uuid("statementId", ids.get(0));
        Body body = body(request);
        if (!body.json().isObject()) {
            return error(400, headers, "PUT statements menerima satu pernyataan / PUT statements takes one statement "
                    + "object");
        }
        ObjectNode json = (ObjectNode) body.json();
        if (json.has("id") && !json.get("id").asText().equalsIgnoreCase(id.toString())) {
            return error(400, headers, "id pernyataan " + json.get("id").asText() + " berbeda dari statementId "
                    + id + " / the statement id differs from the statementId parameter " + id);
        }
        if (!json.has("id")) {
            ObjectNode withId = JSON.createObjectNode().put("id", id.toString());
            withId.setAll(json);
            json = withId;
        }
        ReceivedStatement statement = ReceivedStatement.check(json, -1);
        store.store(List.of(statement), attachments(List.of(statement), body.parts()), client.authority());
        return new XapiResponse(204, headers, null);
    }

    private record Body(JsonNode json, List<Multipart.Part> parts) {
    }

    private static Body body(XapiRequest request) {
        String contentType = request.header("Content-Type").orElse("application/json");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals("multipart/mixed")) {
            String boundary = Multipart.boundary(contentType).orElseThrow(() -> StoreRejection.invalid(
                    "Content-Type multipart/mixed tanpa boundary", "multipart/mixed Content-Type has no boundary"));
            List<Multipart.Part> parts = Multipart.parse(request.body(), boundary);
            if (parts.isEmpty() || !parts.get(0).contentType().toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw StoreRejection.invalid("bagian pertama multipart harus application/json",
                        "the first part of a multipart/mixed request must be the statements as application/json");
            }
            return new Body(parse(parts.get(0).content()), parts.subList(1, parts.size()));
        }
        if (!mediaType.equals("application/json")) {
            throw StoreRejection.invalid("Content-Type tidak didukung: " + mediaType, "unsupported Content-Type "
                    + mediaType + ": send application/json or multipart/mixed");
        }
        return new Body(parse(request.body()), List.of());
    }

    /**
     * Well-formed UTF-8 only (RFC 3629): Java's decoder refuses overlong forms such as {@code C0 AF} for "/", which
     * Jackson's parser would read as that character, and surrogates and bytes that start no character.
     */
    static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw StoreRejection.invalid("badan permintaan bukan UTF-8 yang sah", "the request body is not well-formed "
                    + "UTF-8 (RFC 3629; overlong forms such as C0 AF are refused)");
        }
    }

    private static JsonNode parse(byte[] body) {
        requireUtf8(body);
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw StoreRejection.invalid("badan permintaan kosong", "the request body is empty");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw StoreRejection.invalid("badan permintaan bukan JSON", "the request body is not JSON: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw StoreRejection.invalid("badan permintaan tidak terbaca", "the request body cannot be read");
        }
    }

    /**
     * Matches attachment parts with the attachments the statements declare (xAPI Data 2.4.11): each part needs
     * {@code X-Experience-API-Hash} and {@code Content-Transfer-Encoding: binary}, its content must have that SHA-2
     * hash, and a statement must declare it; each declared attachment without {@code fileUrl} needs its part. Then
     * the signature of signed statements ({@link SignedStatements}).
     */
    private static Map<String, AttachmentContent> attachments(List<ReceivedStatement> statements,
            List<Multipart.Part> parts) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> needed = new LinkedHashSet<>();
        for (ReceivedStatement statement : statements) {
            List<Attachment> all = new ArrayList<>(statement.model().attachments());
            if (statement.model().object() instanceof SubStatement sub) {
                all.addAll(sub.attachments());
            }
            for (Attachment attachment : all) {
                String sha2 = attachment.sha2().toLowerCase(Locale.ROOT);
                declared.add(sha2);
                if (attachment.fileUrl() == null) {
                    needed.add(sha2);
                }
            }
        }
        Map<String, AttachmentContent> contents = new LinkedHashMap<>();
        for (Multipart.Part part : parts) {
            String hash = part.header(HASH_HEADER).map(h -> h.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    StoreRejection.invalid("bagian lampiran tanpa header " + HASH_HEADER,
                            "an attachment part has no " + HASH_HEADER + " header"));
            String encoding = part.header("Content-Transfer-Encoding").map(String::trim).orElse("");
            if (!encoding.equalsIgnoreCase("binary")) {
                throw StoreRejection.invalid("bagian lampiran " + hash + " harus Content-Transfer-Encoding: binary",
                        "attachment part " + hash + " must have Content-Transfer-Encoding: binary");
            }
            String actual = sha2(part.content(), hash.length()).orElseThrow(() -> StoreRejection.invalid(
                    "hash lampiran bukan SHA-2: " + hash, "attachment hash is not a SHA-256, SHA-384 or SHA-512 hex "
                            + "digest: " + hash));
            if (!actual.equals(hash)) {
                throw StoreRejection.invalid("isi lampiran tidak cocok dengan hash " + hash,
                        "attachment content does not match its hash " + hash + " (computed " + actual + ")");
            }
            if (!declared.contains(hash)) {
                throw StoreRejection.invalid("lampiran " + hash + " tidak dinyatakan dalam pernyataan mana pun",
                        "attachment part " + hash + " is not declared by any statement");
            }
            if (part.contentType().length() > MAX_CONTENT_TYPE) {
                throw StoreRejection.invalid("Content-Type bagian lampiran " + hash + " lebih dari " + MAX_CONTENT_TYPE
                        + " karakter", "the Content-Type of attachment part " + hash + " is longer than "
                        + MAX_CONTENT_TYPE + " characters (" + part.contentType().length() + ")");
            }
            contents.put(hash, new AttachmentContent(hash, part.contentType(), part.content()));
        }
        for (String sha2 : needed) {
            if (!contents.containsKey(sha2)) {
                throw StoreRejection.invalid("data lampiran " + sha2 + " tidak dikirim",
                        "attachment " + sha2 + " has no fileUrl and its data was not sent: send multipart/mixed with "
                                + "a part for it");
            }
        }
        Instant now = Instant.now();
        for (int i = 0; i < statements.size(); i++) {
            SignedStatements.check(statements.get(i).json(), contents, now, statements.size() > 1
                    ? "statement[" + i + "] " : "");
        }
        return contents;
    }

    static Optional<String> sha2(byte[] content, int hexLength) {
        String algorithm = switch (hexLength) {
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    private XapiResponse get(XapiRequest request, Map<String, String> headers) {
        Map<String, List<String>> parameters = request.parameters();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!QUERY_PARAMETERS.contains(parameter.getKey())) {
                return error(400, headers, "parameter tidak dikenal / unknown parameter: " + parameter.getKey());
            }
            if (parameter.getValue().size() > 1) {
                return error(400, headers, "parameter diulang / parameter repeated: " + parameter.getKey());
            }
        }
        Map<String, String> p = new LinkedHashMap<>();
        parameters.forEach((name, values) -> p.put(name, values.get(0)));
        boolean head = request.method().equals("HEAD");
        StatementFormats.Format format = format(p.get("format"));
        boolean withAttachments = bool(p, "attachments");
        List<String> languages = StatementFormats.languages(request.header("Accept-Language").orElse(null));
        if (p.containsKey("statementId") || p.containsKey("voidedStatementId")) {
            if (p.containsKey("statementId") && p.containsKey("voidedStatementId")) {
                return error(400, headers, "statementId dan voidedStatementId tidak boleh bersama / statementId and "
                        + "voidedStatementId cannot be used together");
            }
            for (String name : p.keySet()) {
                if (!SINGLE_PARAMETERS.contains(name)) {
                    return error(400, headers, "dengan statementId atau voidedStatementId hanya attachments dan format "
                            + "yang boleh / with statementId or voidedStatementId only attachments and format are "
                            + "allowed, not " + name);
                }
            }
            boolean voided = p.containsKey("voidedStatementId");
            UUID id = uuid(voided ? "voidedStatementId" : "statementId", p.get(voided ? "voidedStatementId"
                    : "statementId"));
            Optional<StoredStatement> statement = store.statement(id, voided);
            if (statement.isEmpty()) {
                return error(404, headers, "pernyataan tidak ditemukan / no " + (voided ? "voided " : "")
                        + "statement with id " + id);
            }
            headers.put("Last-Modified", HTTP_DATE.format(statement.get().stored()));
            JsonNode json = StatementFormats.apply(tree(statement.get().json()), format, languages);
            return withAttachments ? multipart(headers, json, List.of(json), head) : json(200, headers, json, head);
        }
        StoreQuery query = query(p);
        StoredPage page = store.query(query);
        ObjectNode result = JSON.createObjectNode();
        ArrayNode list = result.putArray("statements");
        List<JsonNode> statements = new ArrayList<>();
        Instant lastModified = null;
        for (StoredStatement statement : page.statements()) {
            JsonNode json = StatementFormats.apply(tree(statement.json()), format, languages);
            list.add(json);
            statements.add(json);
            if (lastModified == null || statement.stored().isAfter(lastModified)) {
                lastModified = statement.stored();
            }
        }
        result.put("more", page.next().map(next -> more(p, next)).orElse(""));
        if (lastModified != null) {
            headers.put("Last-Modified", HTTP_DATE.format(lastModified));
        }
        return withAttachments ? multipart(headers, result, statements, head) : json(200, headers, result, head);
    }

    private StoreQuery query(Map<String, String> p) {
        String agent = null;
        if (p.containsKey("agent")) {
            JsonNode json;
            try {
                json = JSON.readTree(p.get("agent"));
            } catch (JsonProcessingException e) {
                throw StoreRejection.invalid("parameter agent bukan JSON", "the agent parameter is not JSON");
            }
            agent = agentFilter(json);
        }
        String verb = iri("verb", p.get("verb"));
        String activity = iri("activity", p.get("activity"));
        String registration = p.containsKey("registration") ? uuid("registration", p.get("registration")).toString()
                : null;
        Instant since = timestamp("since", p.get("since"));
        Instant until = timestamp("until", p.get("until"));
        int limit = maxPageSize;
        if (p.containsKey("limit")) {
            try {
                int asked = Integer.parseInt(p.get("limit"));
                if (asked < 0) {
                    throw new NumberFormatException();
                }
                limit = asked == 0 ? maxPageSize : Math.min(asked, maxPageSize);
            } catch (NumberFormatException e) {
                throw StoreRejection.invalid("limit harus bilangan bulat tak negatif", "limit must be a non-negative "
                        + "integer, was '" + p.get("limit") + "'");
            }
        }
        StoreQuery query = new StoreQuery(agent, verb, activity, registration, bool(p, "related_agents"),
                bool(p, "related_activities"), since, until, limit, bool(p, "ascending"), null, null);
        if (p.containsKey("cursor")) {
            var matcher = CURSOR.matcher(p.get("cursor"));
            if (!matcher.matches()) {
                throw StoreRejection.invalid("cursor tidak sah", "invalid cursor: follow the more link as given");
            }
            query = query.at(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        }
        return query;
    }

    /** The agent parameter: an Agent or identified Group with exactly one inverse functional identifier. */
    static String agentFilter(JsonNode json) {
        String type = json.path("objectType").asText("Agent");
        int identifiers = 0;
        for (String name : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (json.hasNonNull(name)) {
                identifiers++;
            }
        }
        if (!json.isObject() || !(type.equals("Agent") || type.equals("Group")) || identifiers != 1
                || json.has("account") && !json.get("account").isObject()) {
            throw StoreRejection.invalid("parameter agent harus Agent atau Group dengan tepat satu pengenal",
                    "the agent parameter must be an Agent or identified Group with exactly one of mbox, "
                            + "mbox_sha1sum, openid or account");
        }
        return FilterKeys.identifier(json).orElseThrow();
    }

    private String more(Map<String, String> parameters, StoreQuery next) {
        StringBuilder link = new StringBuilder(basePath).append("statements?");
        parameters.forEach((name, value) -> {
            if (!name.equals("cursor")) {
                link.append(encode(name)).append('=').append(encode(value)).append('&');
            }
        });
        return link.append("cursor=").append(next.position()).append('.').append(next.ceiling()).toString();
    }

    private XapiResponse multipart(Map<String, String> headers, JsonNode body, List<JsonNode> statements,
            boolean head) {
        String boundary = "jembatan-" + UUID.randomUUID();
        List<Multipart.Part> parts = new ArrayList<>();
        parts.add(new Multipart.Part(Map.of("Content-Type", "application/json"), text(body)));
        Set<String> hashes = new LinkedHashSet<>();
        for (JsonNode statement : statements) {
            collectHashes(statement, hashes);
        }
        for (String sha2 : hashes) {
            store.attachment(sha2).ifPresent(content -> {
                Map<String, String> partHeaders = new LinkedHashMap<>();
                partHeaders.put("Content-Type", content.contentType());
                partHeaders.put("Content-Transfer-Encoding", "binary");
                partHeaders.put(HASH_HEADER, content.sha2());
                parts.add(new Multipart.Part(partHeaders, content.content()));
            });
        }
        headers.put("Content-Type", "multipart/mixed; boundary=" + boundary);
        return new XapiResponse(200, headers, head ? null : Multipart.write(parts, boundary));
    }

    private static void collectHashes(JsonNode statement, Set<String> hashes) {
        statement.path("attachments").forEach(attachment -> {
            if (attachment.hasNonNull("sha2")) {
                hashes.add(attachment.get("sha2").asText().toLowerCase(Locale.ROOT));
            }
        });
        if (statement.path("object").path("objectType").asText("").equals("SubStatement")) {
            collectHashes(statement.get("object"), hashes);
        }
    }

    private static StatementFormats.Format format(String value) {
        if (value == null) {
            return StatementFormats.Format.EXACT;
        }
        return switch (value) {
            case "exact" -> StatementFormats.Format.EXACT;
            case "ids" -> StatementFormats.Format.IDS;
            case "canonical" -> StatementFormats.Format.CANONICAL;
            default -> throw StoreRejection.invalid("format harus exact, ids atau canonical",
                    "format must be exact, ids or canonical, was '" + value + "'");
        };
    }

    private static boolean bool(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw StoreRejection.invalid(name + " harus true atau false", name + " must be true or false, "
                    + "was '" + value + "'");
        };
    }

    static UUID uuid(String name, String value) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw StoreRejection.invalid(name + " bukan UUID", name + " is not a UUID: '" + value + "'");
        }
    }

    private static String iri(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (URI.create(value).isAbsolute()) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw StoreRejection.invalid(name + " harus IRI absolut", name + " must be an absolute IRI, was '" + value
                + "'");
    }

    static Instant timestamp(String name, String value) {
        if (value == null) {
            return null;
        }
        return Statement.builder().timestamp(value).build().timestampInstant().orElseThrow(() -> StoreRejection.invalid(name + " harus waktu ISO 8601 "
                + "dengan zona", name + " must be an ISO 8601 timestamp with a zone offset, was '" + value + "'"));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }

    static byte[] text(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static XapiResponse json(int status, Map<String, String> headers, JsonNode body, boolean head) {
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new XapiResponse(status, headers, head ? null : text(body));
    }

    static XapiResponse error(int status, Map<String, String> headers, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", true);
        body.put("code", status);
        body.put("message", message);
        return json(status, headers, body, false);
    }

    static String iso(Instant instant) {
        return StatementStore.formatStored(instant);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
