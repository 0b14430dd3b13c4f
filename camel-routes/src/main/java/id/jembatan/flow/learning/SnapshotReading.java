package id.jembatan.flow.learning;

import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.GradeItemsResult.GradeItem;
import java.util.List;
import java.util.Map;

/**
 * What Moodle's web services say, at the time of a snapshot pass, about one learner in one course.
 *
 * @param learner    the learner, with a valid NIP
 * @param course     the course
 * @param completion the course completion, or {@code null} when the course tracks none (completion off, no
 *                   criteria set)
 * @param activities the completion of each activity that tracks completion; empty when the course tracks none
 * @param grades     the learner's grade items in the course
 * @param modules    the course's modules by course module id, for activity names; may lack some
 */
record SnapshotReading(Learner learner, CourseInfo course, CourseCompletionResult completion,
        List<ActivityCompletion> activities, List<GradeItem> grades, Map<Long, ModuleInfo> modules) {

    SnapshotReading {
        activities = List.copyOf(activities);
        grades = List.copyOf(grades);
        modules = Map.copyOf(modules);
    }
}
