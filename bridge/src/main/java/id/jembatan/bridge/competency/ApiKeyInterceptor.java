package id.jembatan.bridge.competency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The key check of {@code /api/**}, registered for that path only, so that the console, the actuator and
 * {@code /xapi/**} (with its own Basic auth) are untouched: no Spring Security filter chain that would lock every
 * endpoint. The key comes in {@code X-API-Key} or {@code Authorization: ApiKey <key>}; no key or an unknown one is
 * 401, a consumer without the operation's scope is 403. Refusals are audited by {@link ApiRefusalAdvice}; the key
 * itself is never logged or audited.
 */
final class ApiKeyInterceptor implements HandlerInterceptor {

    /** Request attribute holding the {@link ApiConsumer} once the key matched. */
    static final String CONSUMER = ApiKeyInterceptor.class.getName() + ".consumer";
    static final String HEADER = "X-API-Key";
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
        String subject = subject(request);
        String key = presentedKey(request);
        if (key == null) {
            throw new ApiRefusal(HttpStatus.UNAUTHORIZED, "missing-api-key", "Kunci API tidak ada / no API key: send "
                    + "it in the " + HEADER + " header (or Authorization: ApiKey <key>)", ANONYMOUS, action, subject);
        }
        ApiConsumer consumer = keys.find(key).orElseThrow(() -> new ApiRefusal(HttpStatus.UNAUTHORIZED,
                "unknown-api-key", "Kunci API tidak dikenal / unknown API key" + (keys.size() == 0
                        ? " (no consumer is configured: jembatan.api.clients[0].name, .key-hash, .scopes)" : ""),
                ANONYMOUS, action, subject));
        if (audited == null || !consumer.has(audited.scope())) {
            String scope = audited == null ? "(none)" : audited.scope();
            throw new ApiRefusal(HttpStatus.FORBIDDEN, "missing-scope", "Konsumen '" + consumer.name()
                    + "' tidak memiliki cakupan " + scope + " / consumer '" + consumer.name() + "' lacks the scope "
                    + scope + " (jembatan.api.clients[n].scopes)", consumer.name(), action, subject);
        }
        request.setAttribute(CONSUMER, consumer);
        return true;
    }

    private static String presentedKey(HttpServletRequest request) {
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
        String year = request.getParameter("year");
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

    private static String printable(String value) {
        String bounded = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return bounded.replaceAll("[\\p{Cntrl}\\s]", "_");
    }
}
