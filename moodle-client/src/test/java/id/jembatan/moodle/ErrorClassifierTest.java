package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(delimiter = '|', value = {
        "invalidtoken              | Invalid token - token not found                          | FATAL",
        "invalidtimedtoken         | Invalid token - token expired                            | FATAL",
        "invalidiptoken            | Invalid token - IP not supported                         | FATAL",
        "accessexception           | Access control exception                                 | FATAL",
        "invalidrecord             | Can't find data record in database table external_functions. | FATAL",
        "servicerequireslogin      | Service requires login                                   | FATAL",
        "forcepasswordchangenotice | You must change your password to proceed.                | FATAL",
        "wsaccessusersuspended     | Suspended user account                                   | FATAL",
        "nopermissions             | Sorry, but you do not currently have permissions (Create users) | FATAL",
        "invalidrecord             | Can't find data record in database table course.         | PERMANENT",
        "invalidparameter          | Invalid parameter value detected                         | PERMANENT",
        "invaliduser               | Invalid user                                             | PERMANENT",
        "usernotenroled            | User is not enrolled in this course                      | PERMANENT",
        "wsusercannotassign        | You don't have the permission to assign this role        | PERMANENT",
        "codingerror               | Coding error detected                                    | PERMANENT",
        "<div>Passwords must be at least 8 characters long.</div> | error/<div>...</div>        | PERMANENT",
        "somethingnew              | A code this client does not know                         | PERMANENT",
        "sitemaintenance           | The site is undergoing maintenance                       | TRANSIENT",
        "upgraderunning            | An upgrade is running                                    | TRANSIENT"})
    void errorcodesAreClassified(String errorcode, String message, ErrorKind kind) {
        assertThat(ErrorClassifier.kind(errorcode, message)).isEqualTo(kind);
        assertThat(ErrorClassifier.exception("core_user_create_users", errorcode, "moodle_exception", message, null).kind())
                .isEqualTo(kind);
    }

    @Test
    void messageSaysWhichFunctionFailedWithWhatCode() {
        MoodleException error = ErrorClassifier.exception("enrol_manual_enrol_users", "invaliduser",
                "dml_missing_record_exception", "Invalid user", null);

        assertThat(error.getMessage())
                .isEqualTo("enrol_manual_enrol_users failed: invaliduser (dml_missing_record_exception): Invalid user");
    }

    @Test
    void missingCapabilityTellsWhoNeedsIt() {
        MoodleException error = ErrorClassifier.exception("core_user_create_users", "nopermissions",
                "required_capability_exception", "Sorry, but you do not currently have permissions to do that (Create users).", null);

        assertThat(error.getMessage()).contains("(Create users)", "role of the web service account", "core_user_create_users");
    }

    @Test
    void passwordPolicyHtmlBecomesReadableText() {
        MoodleException error = ErrorClassifier.exception("core_user_create_users",
                "<div>Passwords must be at least 8 characters long.</div><div>The password must have at least 1 special character(s) such as *, -, or #.</div>",
                "core\\exception\\moodle_exception", "error/<div>...</div>", null);

        assertThat(error.isPasswordPolicyViolation()).isTrue();
        assertThat(error.getMessage()).isEqualTo("core_user_create_users failed: the password does not meet the site's"
                + " password policy: Passwords must be at least 8 characters long.; The password must have at least 1"
                + " special character(s) such as *, -, or #.");
    }
}
