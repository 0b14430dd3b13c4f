package id.jembatan.moodle;

import java.util.Objects;

/**
 * A cohort to create with {@code core_cohort_create_cohorts}; in this project one per OPD and per position.
 *
 * @param category where the cohort lives, usually {@link CohortCategory#system()}
 * @param idNumber a stable key, e.g. {@code OPD-DISHUB}; Moodle refuses a duplicate
 * @param description null to send none
 * @param descriptionFormat the format of the description; null to send none
 * @param visible null to leave it to Moodle (visible)
 */
public record NewCohort(CohortCategory category, String name, String idNumber, String description,
        TextFormat descriptionFormat, Boolean visible) {

    public NewCohort {
        Objects.requireNonNull(category, "category");
        NewUser.requireText(name, "name");
        NewUser.requireText(idNumber, "idNumber");
    }

    /** A cohort in the system context, without description. */
    public static NewCohort system(String name, String idNumber) {
        return new NewCohort(CohortCategory.system(), name, idNumber, null, null, null);
    }

    /** The same cohort with a description. */
    public NewCohort withDescription(String text, TextFormat format) {
        return new NewCohort(category, name, idNumber, text, format, visible);
    }

    /** The same cohort, visible or hidden. */
    public NewCohort withVisible(boolean visible) {
        return new NewCohort(category, name, idNumber, description, descriptionFormat, visible);
    }

    void writeTo(FormParams.Scope form) {
        form.putObject("categorytype", category::writeTo).put("name", name).put("idnumber", idNumber)
                .put("description", description).put("descriptionformat", descriptionFormat)
                .put("visible", visible);
    }
}
