package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link MoodleDirectory} keeps and for how long, against the recorded Moodle answers. */
class MoodleDirectoryTest {

    static final RecordedMoodle moodle = new RecordedMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    private final AtomicLong nanos = new AtomicLong();
    private MoodleDirectory directory;

    @BeforeEach
    void recordedMoodle() {
        moodle.reset();
        directory = new MoodleDirectory(moodle.client(), LearningTranslatorTest.settings(null), Duration.ofMinutes(10),
                nanos::get);
    }

    @Test
    void aLearnerIsAskedForOnceWithinTheTtl() {
        assertThat(directory.learners(List.of(13L))).containsKey(13L);
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(directory.learners(List.of(13L, 13L))).containsKey(13L);

        assertThat(moodle.calls("core_user_get_users_by_field")).isEqualTo(1);
    }

    @Test
    void aLearnerIsAskedForAgainOnceTheTtlHasPassedSoThatAChangeInMoodleIsSeen() {
        assertThat(directory.learners(List.of(13L))).containsKey(13L);
        moodle.removeUser(13);
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());

        assertThat(directory.learners(List.of(13L))).isEmpty();
        assertThat(moodle.calls("core_user_get_users_by_field")).isEqualTo(2);
    }

    @Test
    void aCourseAndAnAbsentCourseAreBothForgottenAfterTheTtl() {
        assertThat(directory.courses(List.of(6L, 999L))).containsOnlyKeys(6L);
        assertThat(directory.courses(List.of(6L, 999L))).containsOnlyKeys(6L);
        assertThat(moodle.calls("core_course_get_courses")).isEqualTo(1);

        moodle.removeCourse(6);
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());

        assertThat(directory.courses(List.of(6L, 999L))).isEmpty();
        assertThat(moodle.calls("core_course_get_courses")).isEqualTo(2);
    }
}
