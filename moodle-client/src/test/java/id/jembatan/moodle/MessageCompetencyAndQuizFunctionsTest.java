package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessageCompetencyAndQuizFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void messageIsDeliveredAndEchoesTheClientId() {
        Fixture fixture = replay.answer("core_message_send_instant_messages__ok");
        InstantMessage message = InstantMessage.plain(3,
                "Yth. Bapak Budi, data pelatihan Anda telah disinkronkan ke SIMPEG/e-Kinerja.")
                .withClientMsgId("bridge-sync-0001");

        List<SentMessage> sent = replay.client().sendInstantMessages(List.of(message));

        assertThat(sent).singleElement().satisfies(answer -> {
            assertThat(answer.delivered()).isTrue();
            assertThat(answer.msgId()).isEqualTo(1);
            assertThat(answer.clientMsgId()).isEqualTo("bridge-sync-0001");
            assertThat(answer.userIdFrom()).isEqualTo(12L);
            assertThat(answer.timeCreated()).isEqualTo(1795908593L);
            assertThat(answer.errorMessage()).isNull();
        });
        replay.verifySent(fixture);
    }

    @Test
    void messageToUnknownUserIsReportedPerMessageNotThrown() {
        Fixture fixture = replay.answer("core_message_send_instant_messages__error_nonexistent_user");

        List<SentMessage> sent = replay.client().sendInstantMessages(List.of(InstantMessage.plain(99999, "Tes")));

        assertThat(sent).singleElement().satisfies(answer -> {
            assertThat(answer.delivered()).isFalse();
            assertThat(answer.msgId()).isEqualTo(-1);
            assertThat(answer.errorMessage())
                    .isEqualTo("You cannot send a message to a user ID (99999) that doesn't exist.");
            assertThat(answer.timeCreated()).isNull();
        });
        replay.verifySent(fixture);
    }

    @Test
    void competenciesOfACourse() {
        Fixture fixture = replay.answer("core_competency_list_course_competencies__course_spbe");

        List<CourseCompetency> competencies = replay.client().courseCompetencies(2);

        assertThat(competencies).extracting(link -> link.competency().idNumber())
                .containsExactly("KT-KOMINFO-01", "KT-KOMINFO-02");
        CourseCompetency first = competencies.get(0);
        assertThat(first.competency().shortName()).isEqualTo("Tata Kelola SPBE");
        assertThat(first.competency().competencyFrameworkId()).isEqualTo(1);
        assertThat(first.competency().scaleId()).isNull();
        assertThat(first.courseCompetency().courseId()).isEqualTo(2);
        assertThat(first.courseCompetency().competencyId()).isEqualTo(1);
        assertThat(first.courseCompetency().ruleOutcome()).isEqualTo(1);
        replay.verifySent(fixture);
    }

    @Test
    void passedQuizAttempt() {
        Fixture fixture = replay.answer("mod_quiz_get_user_attempts__passed");

        QuizAttemptsResult result = replay.client().quizAttempts(2, 3, QuizAttemptStatus.ALL, false);

        assertThat(result.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.id()).isEqualTo(2);
            assertThat(attempt.attempt()).isEqualTo(2);
            assertThat(attempt.finished()).isTrue();
            assertThat(attempt.sumGrades()).isEqualTo(2.0);
            assertThat(attempt.timeFinish()).isEqualTo(1795908409L);
            assertThat(attempt.preview()).isFalse();
        });
        assertThat(result.warnings()).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void failedQuizAttempt() {
        Fixture fixture = replay.answer("mod_quiz_get_user_attempts__failed");

        QuizAttemptsResult result = replay.client().quizAttempts(2, 8, QuizAttemptStatus.FINISHED, false);

        assertThat(result.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.userId()).isEqualTo(8);
            assertThat(attempt.sumGrades()).isEqualTo(1.0);
        });
        replay.verifySent(fixture);
    }

    @Test
    void userWithoutAttemptsHasNone() {
        Fixture fixture = replay.answer("mod_quiz_get_user_attempts__no_attempts");

        QuizAttemptsResult result = replay.client().quizAttempts(2, 9, QuizAttemptStatus.ALL, false);

        assertThat(result.attempts()).isEmpty();
        assertThat(fixture.params()).isEqualTo(params("quizid", "2", "userid", "9", "status", "all"));
        replay.verifySent("mod_quiz_get_user_attempts",
                params("quizid", "2", "userid", "9", "status", "all", "includepreviews", "0"));
    }
}
