package id.jembatan.moodle;

import java.util.List;
import java.util.Optional;

/**
 * A user enrolled in a course ({@code core_enrol_get_enrolled_users}). When the call names its
 * {@code userfields}, only those (and the full name) are filled; the rest are null, 0 or empty.
 *
 * @param idNumber in this project the ASN's NIP
 * @param lastCourseAccess last access to this course, unix seconds, 0 when never
 * @param roles the user's roles in the course
 * @param enrolledCourses the other courses the user is enrolled in, as far as the account may see
 */
public record EnrolledUser(long id, String username, String firstName, String lastName, String fullName,
        String email, String idNumber, String institution, String department, String city, String country,
        long firstAccess, long lastAccess, long lastCourseAccess, List<UserProfileField> customFields,
        List<Role> roles, List<CourseRef> enrolledCourses) {

    public EnrolledUser {
        customFields = MoodleJson.list(customFields);
        roles = MoodleJson.list(roles);
        enrolledCourses = MoodleJson.list(enrolledCourses);
    }

    /** The value of the profile field with this short name, e.g. {@code jabatan}. */
    public Optional<String> profileField(String shortName) {
        return UserProfileField.valueOf(customFields, shortName);
    }

    /** Whether the user has the role with this short name (e.g. {@code student}) in the course. */
    public boolean hasRole(String shortName) {
        return roles.stream().anyMatch(role -> shortName.equals(role.shortName()));
    }

    /** A role held in the course. */
    public record Role(long roleId, String name, String shortName, int sortOrder) {
    }

    /** A course named in {@code enrolledcourses}. */
    public record CourseRef(long id, String fullName, String shortName) {
    }
}
