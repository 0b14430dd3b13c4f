package id.jembatan.moodle;

import java.util.List;

/** The answer of {@code core_course_get_courses_by_field}: the courses found and Moodle's warnings. */
public record CoursesResult(List<Course> courses, List<Warning> warnings) {

    public CoursesResult {
        courses = MoodleJson.list(courses);
        warnings = MoodleJson.list(warnings);
    }
}
