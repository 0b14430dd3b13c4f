package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompletionAndGradeFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void completedCourseListsEveryCriterionMet() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__completed");

        CourseCompletionResult result = replay.client().courseCompletionStatus(6, 3);

        assertThat(result.completed()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.completionStatus().aggregation()).isEqualTo(1);
        assertThat(result.completionStatus().completions()).extracting(CourseCompletionResult.Criterion::type,
                CourseCompletionResult.Criterion::complete, CourseCompletionResult.Criterion::timeCompleted)
                .containsExactly(tuple(4, true, 1795908394L),
                        tuple(6, true, 1795908438L));
        CourseCompletionResult.Criterion grade = result.completionStatus().completions().get(1);
        assertThat(grade.status()).isEqualTo("88.00 (65.00 required)");
        assertThat(grade.details()).isEqualTo(
                new CourseCompletionResult.Details("Course grade", "Required course grade", "65.00", "88.00"));
        replay.verifySent(fixture);
    }

    @Test
    void newlyEnrolledUserHasNoCriterionMet() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__newly_enrolled_no_progress");

        CourseCompletionResult result = replay.client().courseCompletionStatus(6, 13);

        assertThat(result.completed()).isFalse();
        assertThat(result.completionStatus().completions()).allSatisfy(criterion -> {
            assertThat(criterion.complete()).isFalse();
            assertThat(criterion.timeCompleted()).isNull();
        });
        replay.verifySent(fixture);
    }

    @Test
    void courseWithActivityDoneButGradeMissingIsNotCompleted() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__not_completed");

        CourseCompletionResult result = replay.client().courseCompletionStatus(6, 9);

        assertThat(result.completed()).isFalse();
        assertThat(result.completionStatus().completions()).extracting(CourseCompletionResult.Criterion::complete)
                .containsExactly(true, false);
        assertThat(result.completionStatus().completions().get(1).status()).isEqualTo("No grade (65.00 required)");
        replay.verifySent(fixture);
    }

    @Test
    void failedQuizLeavesTheCourseNotCompleted() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__quiz_failed_not_completed");

        CourseCompletionResult result = replay.client().courseCompletionStatus(5, 8);

        assertThat(result.completed()).isFalse();
        assertThat(result.completionStatus().completions()).extracting(CourseCompletionResult.Criterion::status)
                .containsExactly("Yes", "No");
        assertThat(result.completionStatus().completions().get(1).details().requirement())
                .isEqualTo("Achieving grade, Achieving passing grade");
        replay.verifySent(fixture);
    }

    @Test
    void completionOfUnknownUserIsPermanent() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__error_nonexistent_user");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().courseCompletionStatus(6, 99999));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invaliduser");
        assertThat(error.exceptionClass()).isEqualTo("dml_missing_record_exception");
        replay.verifySent(fixture);
    }

    @Test
    void completionOfUserNotEnrolledIsPermanent() {
        Fixture fixture = replay.answer("core_completion_get_course_completion_status__error_user_not_enrolled");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().courseCompletionStatus(2, 10));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("usernotenroled");
        assertThat(error.getMessage()).contains("core_completion_get_course_completion_status",
                "User is not enrolled in this course");
        replay.verifySent(fixture);
    }

    @Test
    void failedQuizActivityIsCompleteFail() {
        Fixture fixture = replay.answer("core_completion_get_activities_completion_status__failed_quiz");

        ActivitiesCompletionResult result = replay.client().activitiesCompletionStatus(5, 8);

        assertThat(result.statuses()).extracting(ActivitiesCompletionResult.ActivityCompletion::completionState)
                .containsExactly(CompletionState.COMPLETE, CompletionState.COMPLETE_FAIL);
        ActivitiesCompletionResult.ActivityCompletion quiz = result.statuses().get(1);
        assertThat(quiz.cmId()).isEqualTo(6);
        assertThat(quiz.modName()).isEqualTo("quiz");
        assertThat(quiz.timeCompleted()).isEqualTo(1795908420L);
        assertThat(quiz.overrideBy()).isNull();
        assertThat(quiz.isAutomatic()).isTrue();
        assertThat(quiz.isOverallComplete()).isFalse();
        assertThat(quiz.details()).extracting(ActivitiesCompletionResult.Rule::ruleName)
                .containsExactly("completionusegrade", "completionpassgrade");
        assertThat(quiz.details().get(1).ruleValue())
                .isEqualTo(new ActivitiesCompletionResult.RuleValue(3, "Receive a passing grade"));
        replay.verifySent(fixture);
    }

    @Test
    void passedQuizActivityIsCompletePass() {
        Fixture fixture = replay.answer("core_completion_get_activities_completion_status__passed_quiz");

        ActivitiesCompletionResult result = replay.client().activitiesCompletionStatus(5, 3);

        assertThat(result.statuses()).extracting(ActivitiesCompletionResult.ActivityCompletion::completionState)
                .containsExactly(CompletionState.COMPLETE, CompletionState.COMPLETE_PASS);
        assertThat(result.statuses()).allSatisfy(status -> assertThat(status.isOverallComplete()).isTrue());
        replay.verifySent(fixture);
    }

    @Test
    void manuallyGradedCourseHasOnlyItsPageAsActivity() {
        Fixture fixture = replay.answer("core_completion_get_activities_completion_status__manual_grade_course");

        ActivitiesCompletionResult result = replay.client().activitiesCompletionStatus(6, 3);

        assertThat(result.statuses()).singleElement().satisfies(status -> {
            assertThat(status.cmId()).isEqualTo(7);
            assertThat(status.completionState()).isEqualTo(CompletionState.COMPLETE);
            assertThat(status.tracking()).isEqualTo(2);
        });
        replay.verifySent(fixture);
    }

    @Test
    void gradeItemsOfOneUserIncludeTheQuizAndTheCourseTotal() {
        Fixture fixture = replay.answer("gradereport_user_get_grade_items__course_skp_user");

        GradeItemsResult result = replay.client().gradeItems(5, 3);

        assertThat(result.userGrades()).singleElement().satisfies(grades -> {
            assertThat(grades.userIdNumber()).isEqualTo("198703122010011004");
            assertThat(grades.courseIdNumber()).isEqualTo("KM-SKP-2025");
            assertThat(grades.gradeItems()).extracting(GradeItemsResult.GradeItem::itemType)
                    .containsExactly("mod", "course");
            GradeItemsResult.GradeItem quiz = grades.gradeItems().get(0);
            assertThat(quiz.itemModule()).isEqualTo("quiz");
            assertThat(quiz.cmId()).isEqualTo(6L);
            assertThat(quiz.gradeRaw()).isEqualTo(100.0);
            assertThat(quiz.gradeMax()).isEqualTo(100.0);
            assertThat(quiz.gradeFormatted()).endsWith("100.00");
            assertThat(quiz.percentageFormatted()).isEqualTo("100.00 %");
            assertThat(quiz.rangeFormatted()).isEqualTo("0&ndash;100");
            assertThat(grades.gradeItems().get(1).cmId()).isNull();
        });
        replay.verifySent(fixture);
    }

    @Test
    void gradeItemsOfAllUsersShowUngradedAsNull() {
        Fixture fixture = replay.answer("gradereport_user_get_grade_items__course_wasbang_all_users");

        GradeItemsResult result = replay.client().gradeItems(6);

        assertThat(result.userGrades()).hasSize(fixture.body().path("usergrades").size());
        GradeItemsResult.UserGrades hendra = result.userGrades().stream().filter(grades -> grades.userId() == 9)
                .findFirst().orElseThrow();
        assertThat(hendra.gradeItems()).allSatisfy(item -> {
            assertThat(item.gradeRaw()).isNull();
            assertThat(item.gradeDateGraded()).isNull();
        });
        GradeItemsResult.UserGrades budi = result.userGrades().stream().filter(grades -> grades.userId() == 3)
                .findFirst().orElseThrow();
        assertThat(budi.gradeItems().get(0).itemName()).isEqualTo("Nilai Evaluasi Akhir");
        assertThat(budi.gradeItems().get(0).gradeRaw()).isEqualTo(88.0);
        replay.verifySent(fixture);
    }
}
