package id.jembatan.bridge.competency;

import id.jembatan.bridge.secret.Secrets;
import id.jembatan.support.state.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refused request under {@code /api/**} as {@code application/problem+json} (RFC 9457) with a bilingual reason
 * and a stable {@code code}, written to the audit log first: the {@link ApiRefusal}s of the key check and the
 * controller, and what Spring MVC refuses before a controller runs (405 wrong method, 404 unknown path, 406, 415, a
 * missing parameter). A caller without a valid key learns nothing about the paths: 401 comes before 404 and 405.
 * A resolver rather than a {@code @RestControllerAdvice}, because an advice is not asked when the handler is not a
 * controller method (a CORS preflight, an unknown path) or when no handler was found. Other paths are left to Spring.
 */
final class ApiRefusals implements HandlerExceptionResolver, Ordered {

    static final String PREFIX = "/api/";
    private static final Logger LOG = LoggerFactory.getLogger(ApiRefusals.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog audit;
    private final ApiKeys keys;

    ApiRefusals(AuditLog audit, ApiKeys keys) {
        this.audit = audit;
        this.keys = keys;
    }

    @Override
    public int getOrder() {
        // After Spring Boot's DefaultErrorAttributes (which only records the exception), before Spring MVC's own.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Whether {@code request} is for the API. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX) || path.equals("/api");
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!isApi(request)) {
            return null;
        }
        ApiRefusal refusal = exception instanceof ApiRefusal given ? given : translated(request, exception);
        if (refusal == null) {
            return null;
        }
        try {
            write(refusal, request, response);
        } catch (IOException e) {
            LOG.debug("The refusal could not be written: the caller went away", e);
        }
        return new ModelAndView();
    }

    /** What Spring MVC refused, as a refusal; a caller without a valid key gets 401 instead. */
    private ApiRefusal translated(HttpServletRequest request, Exception exception) {
        HttpStatus status;
        String code;
        String reason;
        String allow = null;
        if (exception instanceof HttpRequestMethodNotSupportedException e) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            code = "method-not-allowed";
            Set<?> allowed = e.getSupportedHttpMethods();
            allow = allowed == null || allowed.isEmpty() ? null : allowed.stream().map(String::valueOf).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse(null);
            reason = "metode " + ApiKeyInterceptor.printable(e.getMethod()) + " tidak didukung / method "
                    + ApiKeyInterceptor.printable(e.getMethod()) + " is not supported"
                    + (allow == null ? "" : " (allowed: " + allow + ")");
        } else if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            status = HttpStatus.NOT_FOUND;
            code = "unknown-path";
            reason = "alamat API tidak dikenal / unknown API path: " + ApiKeyInterceptor.printable(
                    request.getRequestURI()) + " (see /v3/api-docs)";
        } else if (exception instanceof HttpMediaTypeNotAcceptableException) {
            status = HttpStatus.NOT_ACCEPTABLE;
            code = "not-acceptable";
            reason = "format jawaban tidak tersedia / no answer in the accepted format: use application/json or "
                    + "text/csv";
        } else if (exception instanceof HttpMediaTypeNotSupportedException) {
            status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            code = "unsupported-media-type";
            reason = "jenis isi tidak didukung / unsupported content type";
        } else if (exception instanceof MissingServletRequestParameterException
                || exception instanceof MethodArgumentTypeMismatchException) {
            status = HttpStatus.BAD_REQUEST;
            code = "invalid-parameter";
            reason = "parameter tidak valid / invalid parameter: " + exception.getMessage();
        } else {
            return null;
        }
        String subject = ApiKeyInterceptor.subject(request);
        String key = ApiKeyInterceptor.presentedKey(request);
        ApiConsumer consumer = key == null ? null : keys.find(key).orElse(null);
        if (consumer == null) {
            return ApiKeyInterceptor.unauthenticated(key, keys, "api.request", subject);
        }
        return new ApiRefusal(status, code, reason, consumer.name(), "api.request", subject, allow);
    }

    private void write(ApiRefusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String reason = Secrets.mask(refusal.getMessage());
        try {
            audit.record(refusal.actor(), refusal.action(), refusal.subject(),
                    "refused " + refusal.status().value() + " " + refusal.code() + ": " + reason);
        } catch (RuntimeException e) {
            LOG.error("Audit log tidak dapat ditulis / cannot write the audit log for a refused API request: {}",
                    e.getMessage());
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("detail", reason);
        problem.put("instance", ApiKeyInterceptor.printable(request.getRequestURI()));
        problem.put("status", refusal.status().value());
        problem.put("title", title(refusal.status()));
        problem.put("code", refusal.code());
        response.resetBuffer();
        response.setStatus(refusal.status().value());
        response.setContentType("application/problem+json");
        if (refusal.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyInterceptor.HEADER + "\"");
        }
        if (refusal.allow() != null) {
            response.setHeader(HttpHeaders.ALLOW, refusal.allow());
        }
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Permintaan tidak valid / Bad request";
            case UNAUTHORIZED -> "Tidak terautentikasi / Unauthorized";
            case FORBIDDEN -> "Tidak diizinkan / Forbidden";
            case NOT_FOUND -> "Tidak ditemukan / Not found";
            case METHOD_NOT_ALLOWED -> "Metode tidak diizinkan / Method not allowed";
            case SERVICE_UNAVAILABLE -> "Layanan belum tersedia / Service unavailable";
            default -> status.getReasonPhrase();
        };
    }
}
