package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SiteInfoTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void siteInfoListsTheSiteTheAccountAndTheServiceFunctions() {
        Fixture fixture = replay.answer("core_webservice_get_site_info__ok");

        SiteInfo info = replay.client().siteInfo();

        assertThat(info.siteName()).isEqualTo("LMS BPSDM Pemerintah Kabupaten Sukamaju (Lab)");
        assertThat(info.siteUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(info.release()).isEqualTo("4.5.6 (Build: 20250811)");
        assertThat(info.version()).isEqualTo("2024100706");
        assertThat(info.username()).isEqualTo("ws_simpeg_bridge");
        assertThat(info.userId()).isEqualTo(12);
        assertThat(info.userIsSiteAdmin()).isFalse();
        assertThat(info.functions()).hasSize(fixture.body().path("functions").size())
                .contains(new SiteInfo.ServiceFunction("enrol_manual_enrol_users", "2024100700"));
        assertThat(info.featureEnabled("enablecompletion")).isTrue();
        assertThat(info.featureEnabled("messagingallusers")).isFalse();
        assertThat(info.featureEnabled("nosuchfeature")).isFalse();
        replay.verifySent(fixture);
    }

    @Test
    void missingFunctionsNamesTheRequiredFunctionsTheServiceLacks() {
        replay.answer("core_webservice_get_site_info__ok");

        SiteInfo info = replay.client().siteInfo();

        assertThat(info.missingFunctions(MoodleClient.REQUIRED_FUNCTIONS))
                .containsExactly("core_cohort_delete_cohort_members");
        assertThat(info.missingFunctions(List.of("core_user_get_users", "core_grades_get_grades",
                "core_user_delete_users", "core_grades_get_grades")))
                .containsExactly("core_grades_get_grades", "core_user_delete_users");
        assertThat(info.offers("core_user_get_users")).isTrue();
    }

    @Test
    void invalidTokenIsFatalAndNamesTheTokenSettingWithoutShowingTheToken() {
        Fixture fixture = replay.answer("core_webservice_get_site_info__error_invalid_token");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client(fixture.token()).siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.errorcode()).isEqualTo("invalidtoken");
        assertThat(error.exceptionClass()).isEqualTo("core\\exception\\moodle_exception");
        assertThat(error.moodleMessage()).isEqualTo("Invalid token - token not found");
        assertThat(error.wsfunction()).isEqualTo("core_webservice_get_site_info");
        assertThat(error.debuginfo()).isEmpty();
        assertThat(error.getMessage()).contains("jembatan.moodle.token").doesNotContain(fixture.token());
        replay.verifySent(fixture);
    }

    @Test
    void missingTokenAnswerIsTheSameFatalInvalidToken() {
        Fixture fixture = replay.answer("core_webservice_get_site_info__error_missing_token");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.errorcode()).isEqualTo("invalidtoken");
        assertThat(error.getMessage()).contains("jembatan.moodle.token");
        assertThat(fixture.token()).isEmpty();
        replay.verifySent("core_webservice_get_site_info", params());
    }

    @Test
    void xmlAnswerIsAFatalResponseErrorThatExplainsTheLostFormat() {
        Fixture fixture = replay.answer("core_webservice_get_site_info__default_format_xml");

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("core_webservice_get_site_info", "XML", "moodlewsrestformat=json",
                "application/xml");
        replay.verifySent("core_webservice_get_site_info", params());
        assertThat(fixture.params()).isEmpty();
    }
}
