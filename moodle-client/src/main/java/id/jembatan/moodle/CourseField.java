package id.jembatan.moodle;

/** The fields {@code core_course_get_courses_by_field} can look courses up by. */
public enum CourseField {
    /** One course id. */
    ID,
    /** Comma-separated course ids. */
    IDS,
    SHORTNAME,
    IDNUMBER,
    /** A category id: the courses of that category. */
    CATEGORY
}
