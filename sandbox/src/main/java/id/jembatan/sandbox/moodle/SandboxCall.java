package id.jembatan.sandbox.moodle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call the sandbox received, in arrival order.
 *
 * @param method the HTTP method
 * @param wsfunction the function named in the form body (or, failing that, the query string); empty if none
 * @param query the query string fields, decoded
 * @param form the form body fields, decoded, in the order sent ({@code wstoken} included)
 */
public record SandboxCall(String method, String wsfunction, Map<String, String> query, Map<String, String> form) {

    public SandboxCall {
        query = Map.copyOf(query);
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    /** A parameter as Moodle reads it: from the body, else from the query string; null when absent. */
    public String param(String name) {
        String value = form.get(name);
        return value != null ? value : query.get(name);
    }

    /** Whether the token was put in the URL, where access logs keep it. */
    public boolean tokenInUrl() {
        return query.containsKey("wstoken");
    }
}
