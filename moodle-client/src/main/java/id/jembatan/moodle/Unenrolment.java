package id.jembatan.moodle;

/** Removes the manual enrolment of {@code userId} from {@code courseId} ({@code enrol_manual_unenrol_users}). */
public record Unenrolment(long userId, long courseId) {

    void writeTo(FormParams.Scope form) {
        form.put("userid", userId).put("courseid", courseId);
    }
}
