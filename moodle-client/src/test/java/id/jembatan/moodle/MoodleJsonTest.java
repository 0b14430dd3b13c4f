package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MoodleJsonTest {

    @Test
    void idsSentAsStringsAreReadAsNumbers() throws Exception {
        JsonNode item = Fixture.load("core_grades_get_gradeitems__course_wasbang").body().path("gradeItems").get(0);
        assertThat(item.path("id").isTextual()).isTrue();

        GradeItemsResult.GradeItem parsed = MoodleJson.mapper().treeToValue(item, GradeItemsResult.GradeItem.class);

        assertThat(parsed.id()).isEqualTo(10L);
        assertThat(parsed.itemName()).isEqualTo("Nilai Evaluasi Akhir");
    }

    @Test
    void oneAndZeroAreReadAsBooleans() throws Exception {
        Category category = MoodleJson.mapper().readValue("{\"id\":1,\"visible\":1}", Category.class);
        Category hidden = MoodleJson.mapper().readValue("{\"id\":2,\"visible\":0}", Category.class);

        assertThat(category.visible()).isTrue();
        assertThat(hidden.visible()).isFalse();
    }

    @Test
    void unknownKeysAreIgnoredAndMissingListsAreEmpty() throws Exception {
        UsersResult result = MoodleJson.mapper().readValue("{\"users\":[{\"id\":3,\"newin49\":true}]}", UsersResult.class);

        assertThat(result.users()).singleElement().satisfies(user -> {
            assertThat(user.id()).isEqualTo(3);
            assertThat(user.customFields()).isEmpty();
        });
        assertThat(result.warnings()).isEmpty();
    }
}
