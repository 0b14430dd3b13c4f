package id.jembatan.moodle;

import java.util.Locale;
import java.util.Set;

/**
 * Classifies Moodle's exception bodies by {@code errorcode} and builds a message that tells an admin what
 * to fix. Codes not listed are {@link ErrorKind#PERMANENT}: a wrong record is dead-lettered rather than
 * retried forever or allowed to stop a flow.
 */
final class ErrorClassifier {

    private static final String SERVICE_FUNCTIONS =
            "Site administration > Server > Web services > External services > Functions";

    private static final Set<String> TOKEN_CODES = Set.of(
            "invalidtoken", "invalidtimedtoken", "invalidiptoken", "invalidtokensession");

    private static final Set<String> ACCOUNT_CODES = Set.of(
            "servicerequireslogin", "forcepasswordchangenotice", "usernotfullysetup", "sitepolicynotagreed",
            "wsaccessuserdeleted", "wsaccessusersuspended", "wsaccessusernologin", "wsaccessuserunconfirmed",
            "wsaccessuserexpired", "requireloginerror", "usernotallowed", "servicenotavailable",
            "enablewsdescription");

    private static final Set<String> TRANSIENT_CODES = Set.of(
            "sitemaintenance", "upgraderunning", "dbconnectionfailed");

    private ErrorClassifier() {
    }

    static MoodleException exception(String wsfunction, String errorcode, String exceptionClass,
            String moodleMessage, String debuginfo) {
        String code = errorcode == null ? "" : errorcode;
        ErrorKind kind = kind(code, moodleMessage);
        StringBuilder text = new StringBuilder(wsfunction).append(" failed: ");
        if (isPasswordPolicy(code)) {
            text.append("the password does not meet the site's password policy: ").append(plainText(code));
        } else {
            text.append(code).append(" (").append(exceptionClass).append("): ").append(moodleMessage);
        }
        if (debuginfo != null && !debuginfo.isBlank()) {
            text.append(" [debuginfo: ").append(debuginfo.strip()).append(']');
        }
        String hint = hint(wsfunction, code, moodleMessage);
        if (hint != null) {
            text.append(". ").append(hint);
        }
        return new MoodleException(wsfunction, kind, errorcode, exceptionClass, moodleMessage, debuginfo,
                text.toString());
    }

    static ErrorKind kind(String errorcode, String moodleMessage) {
        if (TOKEN_CODES.contains(errorcode) || ACCOUNT_CODES.contains(errorcode)
                || "accessexception".equals(errorcode) || "nopermissions".equals(errorcode)
                || isMissingFunction(errorcode, moodleMessage)) {
            return ErrorKind.FATAL;
        }
        if (TRANSIENT_CODES.contains(errorcode)) {
            return ErrorKind.TRANSIENT;
        }
        return ErrorKind.PERMANENT;
    }

    /** Moodle sends the HTML of its password policy as the errorcode when a password is too weak. */
    static boolean isPasswordPolicy(String errorcode) {
        return errorcode != null && errorcode.contains("<");
    }

    private static boolean isMissingFunction(String errorcode, String moodleMessage) {
        return "invalidrecord".equals(errorcode) && moodleMessage != null
                && moodleMessage.toLowerCase(Locale.ROOT).contains("external_functions");
    }

    private static String hint(String wsfunction, String errorcode, String moodleMessage) {
        if (TOKEN_CODES.contains(errorcode)) {
            return "Set jembatan.moodle.token to a valid, unexpired token of the bridge's external service"
                    + " (and allowed from this host's IP address, if the token is IP-restricted)";
        }
        if ("accessexception".equals(errorcode)) {
            return "Add the function " + wsfunction + " to the external service of the token configured in"
                    + " jembatan.moodle.token (" + SERVICE_FUNCTIONS + "), and make sure the token's user is"
                    + " an authorised user of that service";
        }
        if (isMissingFunction(errorcode, moodleMessage)) {
            return "This Moodle has no web service function " + wsfunction + ": the bridge needs Moodle 4.x"
                    + " with " + wsfunction + " added to the external service of jembatan.moodle.token ("
                    + SERVICE_FUNCTIONS + ")";
        }
        if ("nopermissions".equals(errorcode)) {
            return "Give the role of the web service account the capability named above, in the system"
                    + " context, so that it can call " + wsfunction;
        }
        if (ACCOUNT_CODES.contains(errorcode)) {
            return "The web service account of jembatan.moodle.token cannot use web services (" + errorcode
                    + "): fix that account in Moodle (password change, suspension, site policy, service"
                    + " settings)";
        }
        if (TRANSIENT_CODES.contains(errorcode)) {
            return "Moodle is in maintenance or upgrading; the call can be made again later";
        }
        return null;
    }

    private static String plainText(String html) {
        String text = html.replaceAll("(?i)</(div|p|li)>\\s*<(div|p|li)[^>]*>", "; ")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.strip();
    }
}
