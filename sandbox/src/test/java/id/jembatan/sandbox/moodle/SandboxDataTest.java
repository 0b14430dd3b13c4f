package id.jembatan.sandbox.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.hr.Nip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data the sandbox serves: derived answers in the recorded shapes, and synthetic sites. */
class SandboxDataTest {

    private static final Map<Long, String> CATEGORY_IDNUMBERS = Map.of(2L, "KT-", 3L, "KM-", 4L, "KSK-");

    private final WsAnswers answers = new WsAnswers();

    @Test
    void theRecordedSiteServesTheRecordedUsersAndCourses() {
        SandboxData site = SandboxData.recorded();

        assertThat(site.users()).extracting(SandboxUser::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L,
                11L, 12L, 13L);
        assertThat(site.courseIds()).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(site.learnerIds()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L);
        assertThat(site.moduleIds(2)).containsExactly(1L, 2L);
        assertThat(site.gradeItemIds(6)).containsExactly(10L, 9L);
        assertThat(site.user(3)).get().extracting(SandboxUser::golongan).isEqualTo("Penata Tk. I (III/d)");
    }

    @Test
    void derivedContentsHaveTheShapeOfTheRecordedOnes() {
        JsonNode recorded = Fixture.load("core_course_get_contents__course_skp").body();

        for (long course : List.of(2L, 3L, 4L, 6L)) {
            JsonNode derived = call(SandboxData.recorded(), "core_course_get_contents", "courseid", course);
            assertSameShape(recorded, derived, "course " + course);
        }
    }

    @Test
    void derivedGradeItemsHaveTheShapeOfTheRecordedOnes() {
        JsonNode quizCourse = Fixture.load("gradereport_user_get_grade_items__course_skp_user").body();
        JsonNode manualCourse = Fixture.load("gradereport_user_get_grade_items__course_wasbang_all_users").body();

        assertSameShape(quizCourse, call(SandboxData.recorded(), "gradereport_user_get_grade_items", "courseid", 2L,
                "userid", 4L), "course 2");
        assertSameShape(quizCourse, call(SandboxData.recorded(), "gradereport_user_get_grade_items", "courseid", 5L,
                "userid", 8L), "course 5, failed");
        assertSameShape(manualCourse, call(SandboxData.recorded(), "gradereport_user_get_grade_items", "courseid",
                4L), "course 4");
    }

    @Test
    void aFailedQuizGradeShowsTheFailIconAndAPassedOneThePassIcon() {
        SandboxData site = SandboxData.recorded();
        JsonNode failed = call(site, "gradereport_user_get_grade_items", "courseid", 5L, "userid", 8L);
        JsonNode passed = call(site, "gradereport_user_get_grade_items", "courseid", 5L, "userid", 4L);

        assertThat(failed.at("/usergrades/0/gradeitems/0/gradeformatted").asText()).contains("title=\"Fail\"")
                .endsWith("50.00");
        assertThat(passed.at("/usergrades/0/gradeitems/0/gradeformatted").asText()).contains("title=\"Pass\"")
                .endsWith("100.00");
    }

    @Test
    void syntheticLearnersHaveUniqueValidNips() {
        SandboxData site = SandboxData.synthetic(2000, 50, 7);

        Set<Long> learnerIds = Set.copyOf(site.learnerIds());
        List<SandboxUser> learners = site.users().stream().filter(u -> learnerIds.contains(u.id())).toList();

        assertThat(learners).hasSize(2000);
        assertThat(learners).allSatisfy(u -> assertThat(Nip.isValid(u.idnumber())).as(u.idnumber()).isTrue());
        assertThat(learners).extracting(SandboxUser::idnumber).doesNotHaveDuplicates();
        assertThat(learners.get(0)).extracting(SandboxUser::id, SandboxUser::username).containsExactly(13L, "asn13");
    }

    @Test
    void syntheticCoursesHaveJpAndACompetencyCategory() {
        SandboxData site = SandboxData.synthetic(10, 50, 7);

        assertThat(site.courses()).hasSize(50).allSatisfy(course -> {
            assertThat(course.jp()).isIn(8, 16, 24, 32, 40);
            assertThat(course.idnumber()).startsWith(CATEGORY_IDNUMBERS.get(course.categoryId()));
        });
        assertThat(site.courseIds()).first().isEqualTo(2L);
    }

    @Test
    void syntheticCoursesAreLaidOutAsTheSyntheticLogRowsExpect() {
        SandboxData site = SandboxData.synthetic(10, 10, 7);

        assertThat(site.moduleIds(7)).containsExactly(71L, 72L);
        assertThat(site.gradeItemIds(7)).containsExactly(78L, 79L);
        assertThat(site.enrolledUserIds(7)).hasSize(11).contains(11L);
    }

    @Test
    void theSameSeedGivesTheSameSite() {
        assertThat(SandboxData.synthetic(30, 5, 3).users()).isEqualTo(SandboxData.synthetic(30, 5, 3).users());
        assertThat(SandboxData.synthetic(30, 5, 3).users()).isNotEqualTo(SandboxData.synthetic(30, 5, 4).users());
    }

    @Test
    void syntheticAnswersHaveTheShapeOfTheRecordedOnes() {
        SandboxData site = SandboxData.synthetic(20, 3, 11);

        assertSameShape(Fixture.load("core_user_get_users_by_field__by_id_multiple").body(),
                call(site, "core_user_get_users_by_field", "field", "id", "values[0]", 20L), "user");
        assertSameShape(Fixture.load("core_course_get_courses__by_ids").body(),
                call(site, "core_course_get_courses", "options[ids][0]", 3L), "course");
        assertSameShape(Fixture.load("core_course_get_courses_by_field__by_idnumber_with_jp").body(),
                call(site, "core_course_get_courses_by_field", "field", "id", "value", 3L), "course by field");
        assertSameShape(Fixture.load("core_enrol_get_enrolled_users__course_wasbang").body(),
                call(site, "core_enrol_get_enrolled_users", "courseid", 3L), "enrolled users");
        assertSameShape(Fixture.load("core_completion_get_activities_completion_status__passed_quiz").body(),
                call(site, "core_completion_get_activities_completion_status", "courseid", 3L, "userid", 15L),
                "activities");
    }

    @Test
    void addingAUserOrCourseWithAServedIdIsRefused() {
        SandboxData site = SandboxData.recorded();
        SandboxUser budi = site.user(3).orElseThrow();

        assertThatThrownBy(() -> site.withUsers(List.of(budi))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.withCourses(List.of(new SandboxCourse(5, "X", "X", "", 2, 8))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.withCourses(List.of(new SandboxCourse(50, "X", "X", "", 9, 8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JsonNode call(SandboxData data, String wsfunction, Object... params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            fields.put((String) params[i], String.valueOf(params[i + 1]));
        }
        return answers.answer(data, wsfunction, new FormFields(fields));
    }

    /**
     * {@code actual} has the field names of {@code expected} in the same order, recursively, and values of the
     * same kinds (a null stands for any kind); each array element has the shape of one of the recorded ones.
     */
    static void assertSameShape(JsonNode expected, JsonNode actual, String where) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, where, differences);
        assertThat(differences).as("shape differences").isEmpty();
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + expected.getNodeType() + " expected, was " + actual.getNodeType());
        } else if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (!names.equals(actualNames)) {
                differences.add(path + ": fields " + names + " expected, were " + actualNames);
                return;
            }
            names.forEach(name -> compare(expected.get(name), actual.get(name), path + "." + name, differences));
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                List<String> closest = null;
                for (JsonNode candidate : expected) {
                    List<String> found = new ArrayList<>();
                    compare(candidate, actual.get(i), path + "[" + i + "]", found);
                    if (closest == null || found.size() < closest.size()) {
                        closest = found;
                    }
                }
                differences.addAll(closest);
            }
        }
    }
}
