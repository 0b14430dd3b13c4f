package id.jembatan.moodle;

import java.util.List;
import java.util.Optional;

/**
 * A course as {@code core_course_get_courses} and {@code core_course_get_courses_by_field} return it. Fields
 * only one of them returns ({@code categoryName}, {@code enrollmentMethods}, {@code contacts}) are null or
 * empty from the other. Dates are unix seconds, 0 when not set.
 *
 * @param idNumber the course idnumber, e.g. {@code KT-SPBE-2025}
 * @param customFields course custom fields, e.g. {@code jp} (training hours) and {@code jenis_pengembangan}
 */
public record Course(long id, String shortName, String fullName, String displayName, String idNumber,
        long categoryId, String categoryName, String summary, int summaryFormat, String format, long startDate,
        long endDate, boolean visible, boolean enableCompletion, long timeCreated, long timeModified,
        List<CourseCustomField> customFields, List<String> enrollmentMethods, List<Contact> contacts) {

    public Course {
        customFields = MoodleJson.list(customFields);
        enrollmentMethods = MoodleJson.list(enrollmentMethods);
        contacts = MoodleJson.list(contacts);
    }

    /** The custom field with this short name, e.g. {@code jp}. */
    public Optional<CourseCustomField> customField(String shortName) {
        return customFields.stream().filter(field -> shortName.equals(field.shortName())).findFirst();
    }

    /** A course contact (e.g. the trainer) as listed by {@code core_course_get_courses_by_field}. */
    public record Contact(long id, String fullName) {
    }
}
