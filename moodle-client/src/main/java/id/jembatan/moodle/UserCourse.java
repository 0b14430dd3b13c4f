package id.jembatan.moodle;

/**
 * A course a user is enrolled in, with the user's progress ({@code core_enrol_get_users_courses}).
 *
 * @param category the category id
 * @param progress completion progress in percent; null when the course does not track completion
 * @param completed whether the user completed the course; null when not tracked
 * @param lastAccess the user's last access to the course, unix seconds; null when never
 */
public record UserCourse(long id, String shortName, String fullName, String displayName, String idNumber,
        boolean visible, String format, boolean enableCompletion, boolean completionHasCriteria,
        boolean completionUserTracked, long category, Double progress, Boolean completed, long startDate,
        long endDate, Long lastAccess, boolean hidden, long timeModified) {
}
