package id.jembatan.sandbox.moodle;

/**
 * A cohort as the sandbox holds it, to see what a flow created ({@link SandboxData#cohorts()}).
 *
 * @param id the Moodle cohort id
 * @param idnumber the cohort's ID number, e.g. {@code OPD-DISKOMINFO}
 * @param name its name
 * @param members how many users are members
 */
public record SandboxCohort(long id, String idnumber, String name, int members) {
}
