package id.jembatan.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded exchange with Moodle, from {@code src/test/resources/moodle/ws/} (or {@code derived/}): the
 * function parameters that were sent and the answer as it came (status, headers, exact body).
 */
record Fixture(String name, String wsfunction, String token, List<Map.Entry<String, String>> params,
        String formBody, int status, Map<String, String> headers, String bodyRaw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Fixture load(String name) {
        JsonNode root = read("/moodle/ws/" + name + ".json");
        if (root == null) {
            root = read("/moodle/derived/" + name + ".json");
        }
        if (root == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        JsonNode request = root.path("request");
        JsonNode response = root.path("response");
        List<Map.Entry<String, String>> params = new ArrayList<>();
        request.path("params").properties()
                .forEach(field -> params.add(new SimpleImmutableEntry<>(field.getKey(), field.getValue().asText())));
        Map<String, String> headers = new LinkedHashMap<>();
        response.path("headers").properties().forEach(field -> headers.put(field.getKey(), field.getValue().asText()));
        return new Fixture(name, request.path("wsfunction").asText(), request.path("query").path("wstoken").asText(),
                List.copyOf(params), request.path("form_body").asText(), response.path("status").asInt(),
                headers, response.path("body_raw").asText());
    }

    /** The recorded answer body parsed, for comparing with what the client returns. */
    JsonNode body() {
        try {
            return JSON.readTree(bodyRaw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the recorded parameter {@code name}. */
    String param(String name) {
        return params.stream().filter(param -> param.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " sent no " + name));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
