package id.jembatan.support.state;

/**
 * The state store could not be read or written (database down, connection lost, constraint the store
 * could not resolve). For a flow this is transient: the batch stops with its watermark unmoved.
 */
public class StateStoreException extends RuntimeException {

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StateStoreException(String message) {
        super(message);
    }
}
