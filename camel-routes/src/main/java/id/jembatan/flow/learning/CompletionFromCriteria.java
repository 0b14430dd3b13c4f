package id.jembatan.flow.learning;

import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.CourseCompletionResult.Criterion;
import id.jembatan.moodle.GradeItemsResult.GradeItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A learner's course completion worked out from what Moodle still shows when
 * {@code core_completion_get_course_completion_status} refuses to report on the learner ({@code usernotenroled}: the
 * enrolment was suspended after the completion was recorded). The course's criteria are those Moodle reported for
 * another learner of the same course; the learner's own state against each comes from the calls that still answer:
 * the activities' completion ({@code core_completion_get_activities_completion_status}) for an activity criterion,
 * the course total ({@code gradereport_user_get_grade_items}) for a course grade criterion. Moodle's own rules:
 * an activity counts when complete or complete-pass, a grade when at or above the required grade
 * ({@code completion_criteria_activity}, {@code completion_criteria_grade}), all or any by the aggregation.
 *
 * <p>A criterion of another kind (self completion, date, duration, role, another course, unenrolment) cannot be seen
 * through these calls; then nothing is worked out and the caller says so instead of guessing.
 */
final class CompletionFromCriteria {

    static final int ACTIVITY = 4;
    static final int GRADE = 6;
    private static final int ANY = 2;
    private static final Pattern CMID = Pattern.compile("[?&]id=(\\d+)");

    private CompletionFromCriteria() {
    }

    /**
     * The learner's completion by {@code course}'s criteria, or empty when a criterion cannot be checked this way.
     *
     * @param course the course completion Moodle reported for another learner of the course (its criteria)
     */
    static Optional<CourseCompletionResult> of(CourseCompletionResult course, List<ActivityCompletion> activities,
                                               List<GradeItem> grades) {
        if (course == null || course.completionStatus() == null
                || course.completionStatus().completions().isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ActivityCompletion> byCmid = activities.stream()
                .collect(Collectors.toMap(ActivityCompletion::cmId, Function.identity(), (a, b) -> a));
        Optional<GradeItem> total = grades.stream().filter(item -> "course".equals(item.itemType())).findFirst();
        List<Criterion> mine = new ArrayList<>();
        for (Criterion criterion : course.completionStatus().completions()) {
            Optional<Criterion> own = switch (criterion.type()) {
                case ACTIVITY -> activity(criterion, byCmid);
                case GRADE -> grade(criterion, total);
                default -> Optional.empty();
            };
            if (own.isEmpty()) {
                return Optional.empty();
            }
            mine.add(own.get());
        }
        int aggregation = course.completionStatus().aggregation();
        boolean completed = aggregation == ANY ? mine.stream().anyMatch(Criterion::complete)
                : mine.stream().allMatch(Criterion::complete);
        return Optional.of(new CourseCompletionResult(new CourseCompletionResult.Status(completed, aggregation,
                completed ? mine.stream().filter(Criterion::complete).toList() : mine), List.of()));
    }

    private static Optional<Criterion> activity(Criterion criterion, Map<Long, ActivityCompletion> byCmid) {
        if (criterion.details() == null || criterion.details().criteria() == null) {
            return Optional.empty();
        }
        Matcher cmid = CMID.matcher(criterion.details().criteria());
        if (!cmid.find()) {
            return Optional.empty();
        }
        ActivityCompletion activity = byCmid.get(Long.parseLong(cmid.group(1)));
        if (activity == null) {
            return Optional.empty();
        }
        boolean complete = activity.state() == 1 || activity.state() == 2;
        return Optional.of(new Criterion(ACTIVITY, criterion.title(), complete ? "Yes" : "No", complete,
                complete && activity.timeCompleted() > 0 ? activity.timeCompleted() : null, criterion.details()));
    }

    private static Optional<Criterion> grade(Criterion criterion, Optional<GradeItem> total) {
        if (criterion.details() == null || total.isEmpty()) {
            return Optional.empty();
        }
        double required;
        try {
            required = Double.parseDouble(criterion.details().requirement().trim().replace(',', '.'));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        GradeItem item = total.get();
        boolean complete = item.gradeRaw() != null && item.gradeRaw() >= required;
        Long graded = item.gradeDateGraded() != null ? item.gradeDateGraded() : item.gradeDateSubmitted();
        return Optional.of(new Criterion(GRADE, criterion.title(), complete ? "Yes" : "No", complete,
                complete ? graded : null, criterion.details()));
    }
}
