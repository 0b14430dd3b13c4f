package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers that mean the external service is set up wrong: fatal, naming the function to add. */
class ServiceSetupErrorsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void functionMissingFromTheServiceIsFatalAndNamesTheFunctionToAdd() {
        Fixture fixture = replay.answer("core_user_delete_users__error_function_not_in_service");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client()
                .invoke("core_user_delete_users", new FormParams().putValues("userids", List.of(3))));

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.errorcode()).isEqualTo("accessexception");
        assertThat(error.exceptionClass()).isEqualTo("webservice_access_exception");
        assertThat(error.getMessage()).contains("Add the function core_user_delete_users to the external service",
                "jembatan.moodle.token");
        replay.verifySent(fixture);
    }

    @Test
    void functionUnknownToMoodleIsFatalAndNamesTheFunction() {
        Fixture fixture = replay.answer("core_grades_get_grades__error_function_does_not_exist");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client()
                .invoke("core_grades_get_grades", new FormParams().put("courseid", 6).putValues("userids", List.of(3))));

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.errorcode()).isEqualTo("invalidrecord");
        assertThat(error.getMessage()).contains("no web service function core_grades_get_grades",
                "external service");
        replay.verifySent(fixture);
    }

    @Test
    void requiredFunctionsAreEveryFunctionTheClientCalls() {
        assertThat(MoodleClient.REQUIRED_FUNCTIONS).containsExactlyInAnyOrder(
                "core_webservice_get_site_info", "core_user_get_users_by_field", "core_user_get_users",
                "core_user_create_users", "core_user_update_users", "core_course_get_courses",
                "core_course_get_courses_by_field", "core_course_get_categories", "core_course_get_contents",
                "core_enrol_get_enrolled_users", "core_enrol_get_users_courses", "enrol_manual_enrol_users",
                "enrol_manual_unenrol_users", "core_completion_get_course_completion_status",
                "core_completion_get_activities_completion_status", "gradereport_user_get_grade_items",
                "core_cohort_create_cohorts", "core_cohort_add_cohort_members", "core_cohort_delete_cohort_members",
                "core_cohort_get_cohorts", "core_cohort_search_cohorts", "core_message_send_instant_messages",
                "core_competency_list_course_competencies", "mod_quiz_get_user_attempts");
    }
}
