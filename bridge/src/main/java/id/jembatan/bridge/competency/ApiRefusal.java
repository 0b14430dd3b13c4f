package id.jembatan.bridge.competency;

import org.springframework.http.HttpStatus;

/**
 * An API request refused (401, 403, 400, 404, 503), with the bilingual reason the caller gets and the audit log
 * keeps. Thrown by the key check and the controller, answered as {@code application/problem+json} by
 * {@link ApiRefusalAdvice}.
 */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String actor;
    private final String action;
    private final String subject;

    /**
     * @param code    a stable machine-readable reason, e.g. {@code invalid-year}
     * @param reason  "Bahasa Indonesia / English", naming the setting or value at fault
     */
    ApiRefusal(HttpStatus status, String code, String reason, String actor, String action, String subject) {
        super(reason, null, false, false);
        this.status = status;
        this.code = code;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    String subject() {
        return subject;
    }
}
