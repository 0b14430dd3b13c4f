package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.CourseCompletionResult.Criterion;
import id.jembatan.moodle.CourseCompletionResult.Details;
import id.jembatan.moodle.GradeItemsResult.GradeItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working out a suspended learner's course completion from the course's criteria, as recorded for course 6. */
class CompletionFromCriteriaTest {

    /** The criteria of course 6 as Moodle reported them for another learner: the page (cmid 7) and grade 65. */
    static final CourseCompletionResult COURSE_6 = criteria(1,
            new Criterion(4, "Activity completion", "Yes", true, 1795908394L, new Details("Activity completion",
                    "<a href=\"http://127.0.0.1:8080/mod/page/view.php?id=7\">Materi Pokok</a>", "Viewing the page", "")),
            new Criterion(6, "Course grade", "88.00 (65.00 required)", true, 1795908438L,
                    new Details("Course grade", "Required course grade", "65.00", "88.00")));

    @Test
    void aLearnerWhoViewedThePageAndHasTheGradeCompletedAtTheLaterOfTheTwo() {
        CourseCompletionResult mine = CompletionFromCriteria.of(COURSE_6, List.of(page(1, 1795908394L)),
                List.of(total(88.0, 1795908438L))).orElseThrow();

        assertThat(mine.completed()).isTrue();
        assertThat(mine.completionStatus().completions()).extracting(Criterion::timeCompleted)
                .containsExactly(1795908394L, 1795908438L);
    }

    @Test
    void aGradeBelowTheRequiredOneIsNotACompletion() {
        assertThat(CompletionFromCriteria.of(COURSE_6, List.of(page(1, 1795908394L)), List.of(total(60.0, 1L)))
                .orElseThrow().completed()).isFalse();
    }

    @Test
    void anActivityCompletedButFailedDoesNotCountAsMoodleRules() {
        assertThat(CompletionFromCriteria.of(COURSE_6, List.of(page(3, 1795908394L)),
                List.of(total(88.0, 1795908438L))).orElseThrow().completed()).isFalse();
    }

    @Test
    void withAnyAggregationOneCriterionIsEnough() {
        CourseCompletionResult any = criteria(2, COURSE_6.completionStatus().completions().toArray(Criterion[]::new));

        assertThat(CompletionFromCriteria.of(any, List.of(page(0, 0)), List.of(total(70.0, 1795908438L)))
                .orElseThrow().completed()).isTrue();
    }

    @Test
    void aCriterionTheOtherCallsCannotShowGivesNothingRatherThanAGuess() {
        CourseCompletionResult withSelf = criteria(1, COURSE_6.completionStatus().completions().get(0),
                new Criterion(1, "Self completion", "No", false, null, new Details("Self completion",
                        "Self completion", "Marking yourself complete", "")));

        assertThat(CompletionFromCriteria.of(withSelf, List.of(page(1, 1795908394L)), List.of())).isEmpty();
        assertThat(CompletionFromCriteria.of(COURSE_6, List.of(), List.of(total(88.0, 1L)))).isEmpty();
        assertThat(CompletionFromCriteria.of(null, List.of(page(1, 1L)), List.of(total(88.0, 1L)))).isEmpty();
    }

    private static CourseCompletionResult criteria(int aggregation, Criterion... criteria) {
        return new CourseCompletionResult(new CourseCompletionResult.Status(false, aggregation, List.of(criteria)),
                List.of());
    }

    private static ActivityCompletion page(int state, long time) {
        return new ActivityCompletion(7, "page", 5, state, time, 2, null, false, true, true, true, true, List.of(),
                state == 1 || state == 2);
    }

    private static GradeItem total(double grade, long graded) {
        return new GradeItem(9, null, "course", null, 5L, null, null, 5L, null, false, grade, null, graded, false,
                false, String.valueOf(grade), 0.0, 100.0, "0–100", null, "", 1);
    }
}
