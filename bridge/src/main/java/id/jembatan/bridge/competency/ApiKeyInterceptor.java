package id.jembatan.bridge.competency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The key check of {@code /api/**}, registered for that path only, so that the console, the actuator and
 * {@code /xapi/**} (with its own Basic auth) are untouched: no Spring Security filter chain that would lock every
 * endpoint. The key comes in {@code X-API-Key} or {@code Authorization: ApiKey <key>}; no key or an unknown one is
 * 401, a consumer without the operation's scope is 403. A CORS preflight is 403 (the API serves servers, not
 * browsers of other sites) and a query string the container cannot decode is 400. Refusals are answered and audited
 * by {@link ApiRefusals}; the key itself is never logged or audited.
 */
final class ApiKeyInterceptor implements HandlerInterceptor {

    /** Request attribute holding the {@link ApiConsumer} once the key matched. */
    static final String CONSUMER = ApiKeyInterceptor.class.getName() + ".consumer";
    static final String HEADER = "X-API-Key";
    private static final String PARAMETERS_READABLE = ApiKeyInterceptor.class.getName() + ".parametersReadable";
    static final String ANONYMOUS = "anonymous";
    private static final String SCHEME = "ApiKey ";

    private final ApiKeys keys;

    ApiKeyInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Audited audited = handler instanceof HandlerMethod method ? method.getMethodAnnotation(Audited.class) : null;
        String action = audited == null ? "api.request" : audited.action();
        if (CorsUtils.isPreFlightRequest(request)) {
            throw new ApiRefusal(HttpStatus.FORBIDDEN, "cross-origin-refused", "API ini tidak untuk peramban dari "
                    + "situs lain / the API does not serve browsers of other sites (no CORS): call it from a server "
                    + "with its key", ANONYMOUS, action, subject(request));
        }
        String subject = subject(request);
        String key = presentedKey(request);
        ApiConsumer consumer = key == null ? null : keys.find(key).orElse(null);
        if (consumer == null) {
            throw unauthenticated(key, keys, action, subject);
        }
        if (!parametersReadable(request)) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "invalid-query", "parameter tidak dapat dibaca / the query "
                    + "string cannot be decoded: percent-encode it as UTF-8 (e.g. year=2026)", consumer.name(),
                    action, subject);
        }
        request.setAttribute(CONSUMER, consumer);
        if (!(handler instanceof HandlerMethod)) {
            // Not an operation (an unknown path goes to the resource handler): Spring answers it, ApiRefusals words it.
            return true;
        }
        if (audited == null || !consumer.has(audited.scope())) {
            String scope = audited == null ? "(none)" : audited.scope();
            throw new ApiRefusal(HttpStatus.FORBIDDEN, "missing-scope", "Konsumen '" + consumer.name()
                    + "' tidak memiliki cakupan " + scope + " / consumer '" + consumer.name() + "' lacks the scope "
                    + scope + " (jembatan.api.clients.<name>.scopes)", consumer.name(), action, subject);
        }
        return true;
    }

    /** The 401 for a request without a key ({@code key} null) or with one no consumer has. */
    static ApiRefusal unauthenticated(String key, ApiKeys keys, String action, String subject) {
        if (key == null) {
            return new ApiRefusal(HttpStatus.UNAUTHORIZED, "missing-api-key", "Kunci API tidak ada / no API key: send "
                    + "it in the " + HEADER + " header (or Authorization: ApiKey <key>)", ANONYMOUS, action, subject);
        }
        return new ApiRefusal(HttpStatus.UNAUTHORIZED, "unknown-api-key", "Kunci API tidak dikenal / unknown API key"
                + (keys.size() == 0 ? " (no consumer is configured: jembatan.api.clients.<name>.key-hash, .scopes)"
                        : ""), ANONYMOUS, action, subject);
    }

    /**
     * Whether the servlet container could decode the query string. Tomcat refuses {@code %ZZ} on the first access
     * only, and then answers as if the parameter had not been sent, so the outcome of that first access is kept.
     */
    private static boolean parametersReadable(HttpServletRequest request) {
        if (request.getAttribute(PARAMETERS_READABLE) instanceof Boolean known) {
            return known;
        }
        boolean readable;
        try {
            request.getParameterMap();
            readable = true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            readable = false;
        }
        request.setAttribute(PARAMETERS_READABLE, readable);
        return readable;
    }

    static String presentedKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && !authorization.substring(SCHEME.length()).isBlank()) {
            return authorization.substring(SCHEME.length()).strip();
        }
        return null;
    }

    /** What the request is about, for the audit log: path variables and the year, as sent (bounded, printable). */
    static String subject(HttpServletRequest request) {
        Map<String, String> parts = new TreeMap<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> parts.put(String.valueOf(name), String.valueOf(value)));
        }
        String year = parametersReadable(request) ? request.getParameter("year") : null;
        if (year != null) {
            parts.put("year", year);
        }
        StringBuilder subject = new StringBuilder();
        parts.forEach((name, value) -> {
            if (!subject.isEmpty()) {
                subject.append(' ');
            }
            subject.append(name).append('=').append(printable(value));
        });
        return subject.isEmpty() ? null : subject.toString();
    }

    static String printable(String value) {
        String bounded = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return bounded.replaceAll("[\\p{Cntrl}\\s]", "_");
    }
}
