package id.jembatan.hr.simpeg;

/** Reading SIMPEG failed as a whole (not one row: those come back as {@link RejectedRow}). */
public abstract sealed class SimpegException extends RuntimeException
        permits SimpegAccessException, SimpegConfigurationException {

    SimpegException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying again later can help; when false an admin has to change something first. */
    public abstract boolean retryable();
}
