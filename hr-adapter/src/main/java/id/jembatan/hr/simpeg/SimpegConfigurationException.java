package id.jembatan.hr.simpeg;

/**
 * The configured SQL does not fit: a file is missing, a parameter or a column alias of the contract is
 * missing, or the database rejects the query. Fatal for the flow until an admin fixes the named file.
 */
public final class SimpegConfigurationException extends SimpegException {

    SimpegConfigurationException(String message) {
        super(message, null);
    }

    SimpegConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
