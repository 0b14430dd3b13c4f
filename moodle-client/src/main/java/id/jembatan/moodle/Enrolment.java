package id.jembatan.moodle;

import java.time.Instant;

/**
 * One manual enrolment for {@code enrol_manual_enrol_users}. Enrolling a user who is already enrolled
 * updates the enrolment, so sending the same enrolment again is harmless.
 *
 * @param roleId the role to give, e.g. 5 (student on a default site)
 * @param timeStart when the enrolment starts; null for now
 * @param timeEnd when it ends; null (or {@link Instant#EPOCH}) for never
 * @param suspend true to enrol the user suspended; null to leave it to Moodle
 */
public record Enrolment(long roleId, long userId, long courseId, Instant timeStart, Instant timeEnd,
        Boolean suspend) {

    /** Enrols {@code userId} in {@code courseId} with {@code roleId}, from now on, without end. */
    public static Enrolment of(long roleId, long userId, long courseId) {
        return new Enrolment(roleId, userId, courseId, null, null, null);
    }

    /** The same enrolment limited to a period. */
    public Enrolment during(Instant start, Instant end) {
        return new Enrolment(roleId, userId, courseId, start, end, suspend);
    }

    void writeTo(FormParams.Scope form) {
        form.put("roleid", roleId).put("userid", userId).put("courseid", courseId).put("timestart", timeStart)
                .put("timeend", timeEnd).put("suspend", suspend);
    }
}
