package id.jembatan.lrs.store;

/** The database under the store failed; the request may succeed later (HTTP 503). */
public final class StatementStoreException extends RuntimeException {

    public StatementStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
