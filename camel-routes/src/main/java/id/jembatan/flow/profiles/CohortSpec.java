package id.jembatan.flow.profiles;

/**
 * A cohort an account belongs in, created in the system context when Moodle lacks it.
 *
 * @param idNumber the stable key, e.g. {@code OPD-1.02}, {@code JABATAN-FUNGSIONAL}, {@code MAGANG-UNIVERSITAS-PAMULANG}
 * @param name the name shown in Moodle
 */
record CohortSpec(String idNumber, String name) {
}
