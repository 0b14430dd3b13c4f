package id.jembatan.moodle;

/**
 * A cohort as {@code core_cohort_create_cohorts}, {@code core_cohort_get_cohorts} and
 * {@code core_cohort_search_cohorts} return it.
 *
 * @param idNumber e.g. {@code OPD-DISKOMINFO}
 */
public record Cohort(long id, String name, String idNumber, String description, int descriptionFormat,
        boolean visible, String theme) {
}
