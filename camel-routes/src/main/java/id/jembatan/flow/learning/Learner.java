package id.jembatan.flow.learning;

import id.jembatan.hr.Nip;

/**
 * A Moodle user seen as an ASN.
 *
 * @param userId     Moodle user id
 * @param username   Moodle username, for messages to admins
 * @param fullName   display name
 * @param nip        the NIP, or {@code null} when the user has none or an invalid one
 * @param nipProblem why {@code nip} is null (bilingual), else {@code null}
 * @param department the OPD (unit kerja) name from the Moodle profile
 */
record Learner(long userId, String username, String fullName, Nip nip, String nipProblem, String department) {
}
