package id.jembatan.moodle;

import java.util.Optional;

/**
 * Moodle answered with an exception body, {@code {"exception": ..., "errorcode": ..., "message": ...}}
 * (always with HTTP 200). {@link #kind()} says what it means for the flow; for fatal errors the message
 * names the setting to fix.
 */
public final class MoodleException extends MoodleClientException {

    private final String errorcode;
    private final String exceptionClass;
    private final String moodleMessage;
    private final String debuginfo;

    MoodleException(String wsfunction, ErrorKind kind, String errorcode, String exceptionClass,
            String moodleMessage, String debuginfo, String message) {
        super(wsfunction, kind, message, null);
        this.errorcode = errorcode;
        this.exceptionClass = exceptionClass;
        this.moodleMessage = moodleMessage;
        this.debuginfo = debuginfo;
    }

    /**
     * Moodle's {@code errorcode}, as sent: e.g. {@code invalidtoken}, {@code invalidparameter}. A weak
     * password in {@code core_user_create_users} sends the HTML text of the password policy here.
     */
    public String errorcode() {
        return errorcode;
    }

    /** The PHP exception class, e.g. {@code core\exception\invalid_parameter_exception}. */
    public String exceptionClass() {
        return exceptionClass;
    }

    /** Moodle's own {@code message}, as sent. */
    public String moodleMessage() {
        return moodleMessage;
    }

    /** Moodle's {@code debuginfo}; only present when the site has debugging on. */
    public Optional<String> debuginfo() {
        return Optional.ofNullable(debuginfo);
    }

    /** Whether Moodle rejected a password for not meeting the site's password policy. */
    public boolean isPasswordPolicyViolation() {
        return ErrorClassifier.isPasswordPolicy(errorcode);
    }
}
