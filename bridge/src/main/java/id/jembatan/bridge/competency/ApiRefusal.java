package id.jembatan.bridge.competency;

import org.springframework.http.HttpStatus;

/**
 * An API request refused (401, 403, 400, 404, 503), with the bilingual reason the caller gets and the audit log
 * keeps. Thrown by the key check and the controller, answered as {@code application/problem+json} by
 * {@link ApiRefusals}.
 */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String actor;
    private final String action;
    private final String subject;
    private final String allow;

    /**
     * @param code    a stable machine-readable reason, e.g. {@code invalid-year}
     * @param reason  "Bahasa Indonesia / English", naming the setting or value at fault
     */
    ApiRefusal(HttpStatus status, String code, String reason, String actor, String action, String subject) {
        this(status, code, reason, actor, action, subject, null);
    }

    /** @param allow the methods the path allows, for the {@code Allow} header of a 405 */
    ApiRefusal(HttpStatus status, String code, String reason, String actor, String action, String subject,
            String allow) {
        super(reason, null, false, false);
        this.status = status;
        this.code = code;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.allow = allow;
    }

    String allow() {
        return allow;
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
