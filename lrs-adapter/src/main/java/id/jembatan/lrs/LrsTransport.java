package id.jembatan.lrs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How {@link LrsClient} reaches an LRS: one request in, one response out. The default sends over HTTP with
 * {@code java.net.http}; the embedded statement store ({@code id.jembatan.lrs.store.InProcessTransport}) answers in
 * this JVM with the same status codes, headers and bodies as its HTTP resource, so that every flow treats the embedded
 * store exactly like an external LRS (docs/decisions/0009-embedded-statement-store.md).
 */
@FunctionalInterface
public interface LrsTransport {

    /**
     * Sends {@code request} and returns the LRS's answer, whatever its status.
     *
     * @throws IOException when no answer came (unreachable, timeout); {@link LrsClient} reports it as transient
     */
    Response send(Request request) throws IOException, InterruptedException;

    /** Over HTTP with {@code http}, which should not follow redirects (they would carry the credentials along). */
    static LrsTransport http(HttpClient http) {
        Objects.requireNonNull(http, "http");
        return request -> {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
            request.headers().forEach(builder::header);
            builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        };
    }

    /**
     * One request.
     *
     * @param method  {@code GET}, {@code POST} or {@code PUT}
     * @param uri     absolute, under the configured endpoint
     * @param headers request headers, one value each
     * @param body    the body, or {@code null} for none
     * @param timeout how long to wait for the answer
     */
    record Request(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {

        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        /** A header's value, the name compared without case. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /**
     * One answer.
     *
     * @param status  the HTTP status code
     * @param headers response headers, names compared without case
     * @param body    the body as text (UTF-8), empty when there was none
     */
    record Response(int status, Map<String, List<String>> headers, String body) {

        public Response {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            headers = java.util.Collections.unmodifiableMap(copy);
            body = body == null ? "" : body;
        }

        /** The first value of a header. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }
}
