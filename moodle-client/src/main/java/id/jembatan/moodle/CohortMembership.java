package id.jembatan.moodle;

/** A user's membership of a cohort, by ids, to remove with {@code core_cohort_delete_cohort_members}. */
public record CohortMembership(long cohortId, long userId) {

    void writeTo(FormParams.Scope form) {
        form.put("cohortid", cohortId).put("userid", userId);
    }
}
