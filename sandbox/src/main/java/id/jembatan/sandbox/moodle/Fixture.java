package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One recorded exchange with the real Moodle, from {@code src/main/resources/sandbox/moodle/ws/<name>.json}.
 *
 * @param name the file name without {@code .json}, {@code <wsfunction>__<case>}
 * @param method the HTTP method of the recorded call
 * @param wsfunction the function called
 * @param query the query string fields as sent
 * @param params the function's parameters as sent (form fields, or query fields for a GET)
 * @param formBody the exact form body sent
 * @param status the HTTP status Moodle answered
 * @param headers the headers Moodle set
 * @param body the parsed answer
 * @param bodyRaw Moodle's exact answer text
 */
record Fixture(String name, String method, String wsfunction, Map<String, String> query, Map<String, String> params,
        String formBody, int status,
        Map<String, String> headers, JsonNode body, String bodyRaw) {

    private static final Map<String, Fixture> LOADED = new ConcurrentHashMap<>();

    /** The recorded fixture {@code name}; fails when it is not on the class path. */
    static Fixture load(String name) {
        return LOADED.computeIfAbsent(name, Fixture::read);
    }

    private static Fixture read(String name) {
        String path = "sandbox/moodle/ws/" + name + ".json";
        InputStream in = Fixture.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no recorded fixture " + path + " on the class path");
        }
        JsonNode json = PhpJson.parse(in);
        JsonNode request = json.path("request");
        JsonNode response = json.path("response");
        return new Fixture(name, request.path("method").asText("POST"), request.path("wsfunction").asText(),
                strings(request.path("query")), strings(request.path("params")), request.path("form_body").asText(""),
                response.path("status").asInt(), strings(response.path("headers")),
                response.path("body"), response.path("body_raw").asText());
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
