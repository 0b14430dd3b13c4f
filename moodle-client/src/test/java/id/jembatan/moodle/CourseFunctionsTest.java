package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CourseFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void allCoursesIncludeTheSiteCourseAndTheirJp() {
        Fixture fixture = replay.answer("core_course_get_courses__all");

        List<Course> courses = replay.client().courses();

        assertThat(courses).extracting(Course::id).containsExactly(4L, 1L, 3L, 6L, 2L, 5L);
        Course site = courses.get(1);
        assertThat(site.format()).isEqualTo("site");
        assertThat(site.enableCompletion()).isFalse();
        assertThat(site.customField("jp")).hasValueSatisfying(jp -> assertThat(jp.valueRaw()).isNull());
        Course pkp = courses.get(0);
        assertThat(pkp.customField("jp")).hasValueSatisfying(jp -> {
            assertThat(jp.valueRaw()).isEqualTo("40");
            assertThat(jp.type()).isEqualTo("number");
        });
        assertThat(pkp.visible()).isTrue();
        assertThat(pkp.enableCompletion()).isTrue();
        assertThat(pkp.categoryId()).isEqualTo(3);
        assertThat(pkp.startDate()).isEqualTo(1736096400L);
        assertThat(pkp.categoryName()).isNull();
        replay.verifySent(fixture);
    }

    @Test
    void coursesAreFetchedByIds() {
        Fixture fixture = replay.answer("core_course_get_courses__by_ids");

        List<Course> courses = replay.client().courses(List.of(2L, 6L));

        assertThat(courses).extracting(Course::shortName).containsExactly("WASBANG-2025", "SPBE-2025");
        assertThat(courses.get(0).idNumber()).isEqualTo("KSK-WASBANG-2025;JP=8");
        assertThat(courses.get(0).customField("jenis_pengembangan"))
                .hasValueSatisfying(field -> assertThat(field.value()).isEqualTo("E-Learning"));
        replay.verifySent(fixture);
    }

    @Test
    void unknownCourseIdGivesNoCourses() {
        Fixture fixture = replay.answer("core_course_get_courses__nonexistent_id");

        assertThat(replay.client().courses(List.of(99999L))).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void noIdsMeansNoCallRatherThanEveryCourse() {
        assertThat(replay.client().courses(List.of())).isEmpty();
        replay.verifyNothingSent();
    }

    @Test
    void coursesByFieldWithoutFieldListsEveryCourseWithCategoryAndContacts() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__all");

        CoursesResult result = replay.client().coursesByField();

        assertThat(result.courses()).hasSize(6);
        assertThat(result.warnings()).isEmpty();
        Course spbe = result.courses().get(1);
        assertThat(spbe.categoryName()).isEqualTo("Kompetensi Teknis");
        assertThat(spbe.enrollmentMethods()).containsExactly("manual");
        assertThat(spbe.contacts()).containsExactly(new Course.Contact(11, "Andi Kurniawan"));
        replay.verifySent(fixture);
    }

    @Test
    void coursesOfACategory() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__by_category");

        CoursesResult result = replay.client().coursesByField(CourseField.CATEGORY, "2");

        assertThat(result.courses()).extracting(Course::shortName).containsExactly("SPBE-2025", "PBJ-DASAR-2025");
        replay.verifySent(fixture);
    }

    @Test
    void courseByIdNumberCarriesItsJp() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__by_idnumber_with_jp");

        CoursesResult result = replay.client().coursesByField(CourseField.IDNUMBER, "KSK-WASBANG-2025;JP=8");

        assertThat(result.courses()).singleElement().satisfies(course -> {
            assertThat(course.id()).isEqualTo(6);
            assertThat(course.customField("jp")).hasValueSatisfying(jp -> assertThat(jp.valueRaw()).isEqualTo("8"));
        });
        replay.verifySent(fixture);
    }

    @Test
    void unknownShortnameGivesNoCourses() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__by_shortname_not_found");

        CoursesResult result = replay.client().coursesByField(CourseField.SHORTNAME, "TIDAK-ADA");

        assertThat(result.courses()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void invalidParameterAnswerForCoursesIsPermanent() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__error_invalid_field");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().coursesByField(CourseField.SHORTNAME, "x"));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        assertThat(fixture.param("field")).isEqualTo("fullname");
        replay.verifySent("core_course_get_courses_by_field", params("field", "shortname", "value", "x"));
    }

    @Test
    void courseByIdIsAskedWithPostWhereTheRecordingUsedGet() {
        Fixture fixture = replay.answer("core_course_get_courses_by_field__get_method_query_params");

        CoursesResult result = replay.client().coursesByField(CourseField.ID, "6");

        assertThat(result.courses()).extracting(Course::shortName).containsExactly("WASBANG-2025");
        replay.verifySent(fixture);
    }

    @Test
    void allCategories() {
        Fixture fixture = replay.answer("core_course_get_categories__all");

        List<Category> categories = replay.client().categories();

        assertThat(categories).extracting(Category::idNumber).containsExactly(null, "KT", "KM", "KSK");
        assertThat(categories.get(1)).satisfies(category -> {
            assertThat(category.name()).isEqualTo("Kompetensi Teknis");
            assertThat(category.courseCount()).isEqualTo(2);
            assertThat(category.visible()).isTrue();
            assertThat(category.path()).isEqualTo("/2");
        });
        replay.verifySent(fixture);
    }

    @Test
    void categoryByIdNumber() {
        Fixture fixture = replay.answer("core_course_get_categories__by_idnumber");

        List<Category> categories = replay.client()
                .categories(List.of(CategoryCriterion.of(CategoryCriteriaKey.IDNUMBER, "KT")), false);

        assertThat(categories).extracting(Category::id).containsExactly(2L);
        replay.verifySent(fixture);
    }

    @Test
    void categoriesWithoutCriteriaMustBeAskedForExplicitly() {
        assertThatThrownBy(() -> replay.client().categories(List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
        replay.verifyNothingSent();
    }

    @Test
    void courseContentsListSectionsAndModules() {
        Fixture fixture = replay.answer("core_course_get_contents__course_skp");

        List<CourseSection> sections = replay.client().courseContents(5);

        assertThat(sections).extracting(CourseSection::section).containsExactly(0, 1, 2);
        assertThat(sections.get(0).modules()).isEmpty();
        CourseSection.Module quiz = sections.get(2).modules().get(0);
        assertThat(quiz.id()).isEqualTo(6);
        assertThat(quiz.modName()).isEqualTo("quiz");
        assertThat(quiz.instance()).isEqualTo(2);
        assertThat(quiz.name()).isEqualTo("Evaluasi Akhir SKP-2025");
        assertThat(quiz.url()).isEqualTo("http://127.0.0.1:8080/mod/quiz/view.php?id=6");
        assertThat(quiz.completion()).isEqualTo(2);
        assertThat(quiz.contextId()).isEqualTo(23);
        assertThat(quiz.visible()).isTrue();
        replay.verifySent(fixture);
    }

    @Test
    void contentsOfUnknownCourseArePermanentForTheRecord() {
        Fixture fixture = replay.answer("core_course_get_contents__error_nonexistent_course");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client().courseContents(99999));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidrecord");
        assertThat(error.exceptionClass()).isEqualTo("dml_missing_record_exception");
        assertThat(error.moodleMessage()).isEqualTo("Can't find data record in database table course.");
        replay.verifySent(fixture);
    }

    @Test
    void contentsOfUnknownCourseWithDebuggingOnCarryTheQuery() {
        Fixture fixture = replay.answer("core_course_get_contents__error_nonexistent_course_debug_on");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client().courseContents(99999));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.debuginfo()).hasValueSatisfying(info -> assertThat(info).startsWith("SELECT * FROM {course}"));
        replay.verifySent(fixture);
    }
}
