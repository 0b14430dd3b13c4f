package id.jembatan.lrs.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The alternate request syntax (xAPI Communication 1.3): a {@code POST} with only {@code method=<METHOD>} in its query
 * and an {@code application/x-www-form-urlencoded} body whose fields {@code Authorization},
 * {@code X-Experience-API-Version}, {@code Content-Type}, {@code Content-Length}, {@code If-Match} and
 * {@code If-None-Match} are headers, {@code content} is the body, and every other field a query parameter. Turned
 * into the ordinary request before authentication, so the rest of the store never sees the difference.
 */
public final class AlternateSyntax {

    private static final Set<String> HEADER_FIELDS = Set.of("authorization", "x-experience-api-version",
            "content-type", "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private AlternateSyntax() {
    }

    /** Whether {@code method} and {@code rawQuery} ask for the alternate syntax (a {@code method} parameter on POST). */
    public static boolean applies(String method, String rawQuery) {
        if (!"POST".equalsIgnoreCase(method) || rawQuery == null) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.equals("method") || pair.startsWith("method=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ordinary request the alternate one stands for.
     *
     * @throws StoreRejection {@code INVALID} when the query holds more than {@code method}, the method is unknown, or
     *                        the body is not form-encoded
     */
    public static XapiRequest translate(XapiRequest request) {
        Map<String, List<String>> query = request.parameters();
        if (query.size() != 1 || query.get("method").size() != 1) {
            throw StoreRejection.invalid("sintaks alternatif: kueri hanya boleh berisi method", "alternate request "
                    + "syntax: the query may hold only the method parameter, was " + query.keySet());
        }
        String method = query.get("method").get(0).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw StoreRejection.invalid("sintaks alternatif: method tidak dikenal", "alternate request syntax: "
                    + "unknown method '" + query.get("method").get(0) + "'");
        }
        String contentType = request.header("Content-Type").orElse("");
        if (!contentType.split(";")[0].trim().equalsIgnoreCase("application/x-www-form-urlencoded")) {
            throw StoreRejection.invalid("sintaks alternatif perlu badan application/x-www-form-urlencoded",
                    "alternate request syntax needs an application/x-www-form-urlencoded body, was '" + contentType
                            + "'");
        }
        XapiResource.requireUtf8(request.body());
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, values);
            }
        });
        StringBuilder parameters = new StringBuilder();
        byte[] content = new byte[0];
        for (Map.Entry<String, String> field : form(new String(request.body(), StandardCharsets.UTF_8)).entrySet()) {
            String name = field.getKey();
            if (HEADER_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                if (!name.equalsIgnoreCase("Content-Length")) {
                    headers.put(name, List.of(field.getValue()));
                }
            } else if (name.equals("content")) {
                content = field.getValue().getBytes(StandardCharsets.UTF_8);
            } else {
                if (!parameters.isEmpty()) {
                    parameters.append('&');
                }
                parameters.append(encode(name)).append('=').append(encode(field.getValue()));
            }
        }
        if (content.length > 0 && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", List.of("application/json"));
        }
        return new XapiRequest(method, request.resource(), parameters.isEmpty() ? null : parameters.toString(),
                headers, content);
    }

    /** The value of the {@code Authorization} form field, for authentication before translation. */
    public static Optional<String> authorization(byte[] body) {
        return form(new String(body, StandardCharsets.UTF_8)).entrySet().stream()
                .filter(field -> field.getKey().equalsIgnoreCase("Authorization")).map(Map.Entry::getValue)
                .findFirst();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (fields.put(name, value) != null) {
                    repeated.add(name);
                }
            } catch (IllegalArgumentException e) {
                throw StoreRejection.invalid("badan formulir tidak terurai", "the form body cannot be decoded");
            }
        }
        if (!repeated.isEmpty()) {
            throw StoreRejection.invalid("kolom formulir diulang: " + repeated, "form fields repeated: " + repeated);
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
