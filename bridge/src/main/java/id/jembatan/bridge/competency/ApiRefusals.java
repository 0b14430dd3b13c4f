package id.jembatan.bridge.competency;

import id.jembatan.support.state.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every {@link ApiRefusal} as {@code application/problem+json} (RFC 9457) with the bilingual reason and a
 * stable {@code code}, and writes it to the audit log. Handles only {@link ApiRefusal}, which only this package
 * throws, so other controllers keep their own error handling.
 */
@RestControllerAdvice
final class ApiRefusalAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRefusalAdvice.class);

    private final AuditLog audit;

    ApiRefusalAdvice(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<ProblemDetail> refused(ApiRefusal refusal, HttpServletRequest request) {
        try {
            audit.record(refusal.actor(), refusal.action(), refusal.subject(),
                    "refused " + refusal.status().value() + " " + refusal.code() + ": " + refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Audit log tidak dapat ditulis / cannot write the audit log for a refused API request: {}",
                    e.getMessage());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setTitle(title(refusal.status()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", refusal.code());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refusal.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyInterceptor.HEADER + "\"");
        }
        return response.body(problem);
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Permintaan tidak valid / Bad request";
            case UNAUTHORIZED -> "Tidak terautentikasi / Unauthorized";
            case FORBIDDEN -> "Tidak diizinkan / Forbidden";
            case NOT_FOUND -> "Tidak ditemukan / Not found";
            case SERVICE_UNAVAILABLE -> "Layanan belum tersedia / Service unavailable";
            default -> status.getReasonPhrase();
        };
    }
}
