package id.jembatan.lrs.store;

/**
 * The store refused a request; nothing of it was stored. The reason maps to an HTTP status in {@link XapiResource}.
 * Messages are bilingual ("Bahasa Indonesia / English") because partners read them.
 */
public final class StoreRejection extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** 400: the request or a statement in it breaks xAPI 1.0.3. */
        INVALID(400),
        /** 403: the credentials may not do this. */
        FORBIDDEN(403),
        /** 409: a statement id is already stored with other content. */
        CONFLICT(409),
        /** 412: an {@code If-Match} or {@code If-None-Match} precondition of a document write failed. */
        PRECONDITION_FAILED(412),
        /** 413: the request is larger than the store accepts. */
        TOO_LARGE(413);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public StoreRejection(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static StoreRejection invalid(String indonesian, String english) {
        return new StoreRejection(Reason.INVALID, indonesian + " / " + english);
    }

    public Reason reason() {
        return reason;
    }
}
