package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.xapi.CompetencyType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link MoodleDirectory} reads of a course, what it keeps and for how long, against the recorded Moodle answers. */
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

    private final LearningSettings settings = new LearningSettings(LearningStepsTest.SITE, LearningStepsTest.HOME_PAGE,
            null, null, null, null, 50);

    @Test
    void theCompetencyTypeFieldOfThePluginSaysTheTypeBeforeTheCategory() {
        CompetencyType byCategory = moodle.directory(settings).courses(Set.of(2L)).get(2L).competencyType();
        CompetencyType other = byCategory == CompetencyType.MANAJERIAL ? CompetencyType.SOSIAL_KULTURAL
                : CompetencyType.MANAJERIAL;
        ObjectNode field = moodle.course(2).withArray("customfields").addObject();
        field.put("name", "Jenis kompetensi").put("shortname", "jenis_kompetensi").put("type", "select")
                .put("valueraw", other == CompetencyType.MANAJERIAL ? "2" : "3")
                .put("value", other == CompetencyType.MANAJERIAL ? "Manajerial" : "Sosial Kultural");

        assertThat(moodle.directory(settings).courses(Set.of(2L)).get(2L).competencyType()).isEqualTo(other);
    }

    @Test
    void anEmptyCompetencyTypeFieldLeavesTheCategorysType() {
        CompetencyType byCategory = moodle.directory(settings).courses(Set.of(2L)).get(2L).competencyType();
        moodle.course(2).withArray("customfields").addObject().put("shortname", "jenis_kompetensi")
                .put("type", "select").put("valueraw", "").put("value", "");

        assertThat(moodle.directory(settings).courses(Set.of(2L)).get(2L).competencyType()).isEqualTo(byCategory);
    }
}
