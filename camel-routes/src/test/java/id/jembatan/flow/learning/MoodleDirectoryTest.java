package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.lrs.xapi.CompetencyType;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link MoodleDirectory} reads of a course, over recorded Moodle answers. */
class MoodleDirectoryTest {

    static final RecordedMoodle moodle = new RecordedMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    private final LearningSettings settings = new LearningSettings(LearningStepsTest.SITE, LearningStepsTest.HOME_PAGE,
            null, null, null, null, 50);

    @BeforeEach
    void reset() {
        moodle.reset();
    }

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
