package id.jembatan.lrs;

/**
 * The LRS configuration is wrong (credentials refused, endpoint not an xAPI statements resource): nothing will
 * succeed until an admin fixes the setting the message names.
 */
public final class LrsFatalException extends LrsException {

    LrsFatalException(String message, int status, Throwable cause) {
        super(message, status, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
