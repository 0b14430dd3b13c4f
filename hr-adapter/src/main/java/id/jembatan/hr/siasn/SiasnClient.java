package id.jembatan.hr.siasn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.hr.HttpCallListener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Pushes riwayat kursus to an HR HTTP API shaped like SIASN's ({@code POST} a JSON {@link RiwayatKursus}), with an
 * OAuth2 client-credentials token (<a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</a>)
 * fetched on first use, kept until shortly before it expires, and fetched again once when the API answers 401.
 *
 * <p>Failures are classified, never retried here beyond that one token refresh ({@link SiasnException.Kind}). The
 * client secret and the token never appear in a message. Thread-safe.
 */
public final class SiasnClient {

    /** A token is renewed this long before the expiry the server gave. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 300;

    private final SiasnConfig config;
    private final HttpClient http;
    private final Clock clock;
    private final HttpCallListener calls;
    private Token token;

    private record Token(String value, Instant renewAt) {
    }

    public SiasnClient(SiasnConfig config) {
        this(config, HttpCallListener.NONE);
    }

    /** With every call to SIASN told to {@code calls} (operations {@code POST token}, {@code POST riwayat kursus}). */
    public SiasnClient(SiasnConfig config, HttpCallListener calls) {
        this(config, HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build(),
                Clock.systemUTC(), calls);
    }

    public SiasnClient(SiasnConfig config, HttpClient http, Clock clock) {
        this(config, http, clock, HttpCallListener.NONE);
    }

    public SiasnClient(SiasnConfig config, HttpClient http, Clock clock, HttpCallListener calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.config = Objects.requireNonNull(config, "config");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Posts one riwayat kursus.
     *
     * @return the id the API gave the record ({@code mapData.rwKursusId}, {@code data.id} or {@code id}), if any
     * @throws SiasnException classified by {@link SiasnException#kind()}
     */
    public Optional<String> push(RiwayatKursus kursus) {
        String body = json(kursus);
        HttpResponse<String> response = send(kursus(body, token(false)), "POST riwayat kursus");
        if (response.statusCode() == 401) {
            response = send(kursus(body, token(true)), "POST riwayat kursus");
            if (response.statusCode() == 401) {
                throw new SiasnException(SiasnException.Kind.FATAL, 401, "SIASN menolak token baru / rejected a fresh"
                        + " token at " + config.kursusUrl() + ": check jembatan.siasn.client-id, client-secret and "
                        + "token-url (" + message(response.body()) + ")", null);
            }
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return accepted(response);
        }
        throw failure(status, "POST riwayat kursus", response.body(), "jembatan.siasn.url");
    }

    private Optional<String> accepted(HttpResponse<String> response) {
        JsonNode answer = tree(response.body());
        if (answer == null) {
            return Optional.empty();
        }
        if (answer.path("success").isBoolean() && !answer.path("success").asBoolean()) {
            throw new SiasnException(SiasnException.Kind.PERMANENT, response.statusCode(), "SIASN menolak riwayat "
                    + "kursus / refused the riwayat kursus: " + message(response.body()), null);
        }
        for (JsonNode id : new JsonNode[] {answer.path("mapData").path("rwKursusId"), answer.path("data").path("id"),
                answer.path("id")}) {
            if (id.isValueNode() && !id.asText().isBlank()) {
                return Optional.of(id.asText());
            }
        }
        return Optional.empty();
    }

    private HttpRequest kursus(String body, String bearer) {
        return HttpRequest.newBuilder(config.kursusUrl()).timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** The cached token, or a new one when there is none, it is about to expire, or {@code renew} is set. */
    private synchronized String token(boolean renew) {
        Instant now = clock.instant();
        if (!renew && token != null && now.isBefore(token.renewAt())) {
            return token.value();
        }
        String credentials = Base64.getEncoder().encodeToString((encode(config.clientId()) + ":"
                + encode(config.clientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl()).timeout(config.requestTimeout())
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> response = send(request, "POST token");
        int status = response.statusCode();
        if (status == 400 || status == 401) {
            throw new SiasnException(SiasnException.Kind.FATAL, status, "SIASN tidak memberi token / gave no token ("
                    + message(response.body()) + "): check jembatan.siasn.client-id and jembatan.siasn.client-secret",
                    null);
        }
        if (status != 200) {
            throw failure(status, "POST token", response.body(), "jembatan.siasn.token-url");
        }
        JsonNode answer = tree(response.body());
        String value = answer == null ? "" : answer.path("access_token").asText("");
        if (value.isBlank()) {
            throw new SiasnException(SiasnException.Kind.FATAL, status, "the token endpoint " + config.tokenUrl()
                    + " answered without access_token: check jembatan.siasn.token-url", null);
        }
        long expiresIn = answer.path("expires_in").asLong(300);
        Instant renewAt = now.plusSeconds(expiresIn).minus(EXPIRY_MARGIN);
        token = new Token(value, renewAt);
        return value;
    }

    private HttpResponse<String> send(HttpRequest request, String operation) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            calls.called(operation, Duration.ofNanos(System.nanoTime() - started), response.statusCode());
            return response;
        } catch (IOException e) {
            calls.called(operation, Duration.ofNanos(System.nanoTime() - started), 0);
            throw new SiasnException(SiasnException.Kind.TRANSIENT, 0, "SIASN di " + request.uri()
                    + " tidak menjawab / did not answer " + operation + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            calls.called(operation, Duration.ofNanos(System.nanoTime() - started), 0);
            Thread.currentThread().interrupt();
            throw new SiasnException(SiasnException.Kind.TRANSIENT, 0, "interrupted while waiting for SIASN", e);
        }
    }

    private static SiasnException failure(int status, String operation, String body, String setting) {
        String what = "SIASN answered " + operation + " with " + status + ": " + message(body);
        if (status == 429 || status >= 500) {
            return new SiasnException(SiasnException.Kind.TRANSIENT, status, what, null);
        }
        if (status == 403 || status == 404 || status == 405) {
            return new SiasnException(SiasnException.Kind.FATAL, status, what + " (check " + setting + ")", null);
        }
        return new SiasnException(SiasnException.Kind.PERMANENT, status, what, null);
    }

    private static String json(RiwayatKursus kursus) {
        try {
            return JSON.writeValueAsString(kursus.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String message(String body) {
        JsonNode answer = tree(body);
        String text = body == null ? "" : body;
        if (answer != null) {
            for (String field : new String[] {"message", "error_description", "error"}) {
                if (answer.path(field).isTextual()) {
                    text = answer.path(field).asText();
                    break;
                }
            }
        }
        text = text.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    URI kursusUrl() {
        return config.kursusUrl();
    }
}
