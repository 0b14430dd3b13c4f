package id.jembatan.flow.learning;

import id.jembatan.moodle.log.LogRow;

/**
 * A log row with what Moodle's web services told about it. Any of the lookups may be missing: the
 * translator decides whether that rejects the row.
 *
 * @param row       the log row
 * @param learner   the learner the event is about, or {@code null} when Moodle does not know the user
 * @param course    the course, or {@code null} when it no longer exists
 * @param module    the course module for module events, else {@code null}
 * @param gradeItem the grade item for {@code user_graded}, else {@code null}
 * @param refused   why Moodle refused to look up the learner or the course for good, or {@code null}: the row is then
 *                  a dead letter with that reason (replayed once the cause is fixed)
 */
record LearningEvent(LogRow row, Learner learner, CourseInfo course, ModuleInfo module, GradeItemInfo gradeItem,
                     String refused) {

    LearningEvent(LogRow row, Learner learner, CourseInfo course, ModuleInfo module, GradeItemInfo gradeItem) {
        this(row, learner, course, module, gradeItem, null);
    }

    /** The learner's Moodle user id: the related user of the event, or its actor for self-made events. */
    static long learnerId(LogRow row) {
        return row.relatedUserId() != null && row.relatedUserId() > 0 ? row.relatedUserId() : row.userId();
    }
}
