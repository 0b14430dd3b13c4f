package id.jembatan.flow.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.lrs.xapi.CompetencyType;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CreditMappingTest {

    @Test
    void readsIrisAndMoodleCourseIdsWithCommentsAndAHeader() {
        CreditMapping mapping = CreditsFixtures.mapping("# JP per kursus", "activity,competency_type,jp",
                "https://elearning.kota.go.id/course/view.php?id=7,teknis,20", "course:12,,8",
                "https://kampus.ac.id/x,sosial kultural,");

        assertThat(mapping.size()).isEqualTo(3);
        assertThat(mapping.lookup("https://elearning.kota.go.id/course/view.php?id=7"))
                .contains(new CreditMapping.Entry(CompetencyType.TEKNIS, new BigDecimal("20")));
        assertThat(mapping.lookup("https://other.site/moodle/course/view.php?id=12"))
                .contains(new CreditMapping.Entry(null, new BigDecimal("8")));
        assertThat(mapping.lookup("https://kampus.ac.id/x"))
                .contains(new CreditMapping.Entry(CompetencyType.SOSIAL_KULTURAL, null));
        assertThat(mapping.lookup("https://elearning.kota.go.id/course/view.php?id=120")).isEmpty();
    }

    @Test
    void badLinesFailWithTheLineAndTheSetting() {
        assertThatThrownBy(() -> CreditsFixtures.mapping("course:1,teknis,20", "course:2,teknis,dua"))
                .hasMessageContaining("line 2").hasMessageContaining("JP is not a number")
                .hasMessageContaining("jembatan.flows.lrs-credits.mapping-file");
        assertThatThrownBy(() -> CreditsFixtures.mapping("course:1,rohani,20"))
                .hasMessageContaining("unknown competency type");
        assertThatThrownBy(() -> CreditsFixtures.mapping("course:1,teknis,20", "course:1,teknis,10"))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> CreditsFixtures.mapping("course:1,,")).hasMessageContaining("both empty");
        assertThatThrownBy(() -> CreditsFixtures.mapping("course:1,teknis")).hasMessageContaining("3 columns");
    }

    @Test
    void theShippedExampleFileLoads() {
        CreditMapping shipped = CreditMapping.load(Path.of("..", "config", "credits", "course-mapping.csv"));

        assertThat(shipped.size()).isPositive();
    }
}
