package id.jembatan.moodle;

/**
 * Moodle answered HTTP 200 with something the client cannot use: XML or HTML instead of JSON, text
 * that is not JSON, JSON of an unexpected shape, or a result Moodle itself flags as unfiltered (a
 * {@code core_user_get_users} criterion it ignored). Always {@link ErrorKind#FATAL}: the same call
 * will get the same answer until the setup (URL, proxy, Moodle version or debug display) is fixed.
 */
public final class MoodleResponseException extends MoodleClientException {

    MoodleResponseException(String wsfunction, String message, Throwable cause) {
        super(wsfunction, ErrorKind.FATAL, message, cause);
    }
}
