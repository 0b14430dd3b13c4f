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

    /**
     * The learner a Moodle user is, with the NIP read from {@code nipText} (the value of {@code nipField}) or the
     * reason there is none.
     */
    static Learner of(long userId, String username, String fullName, String department, String nipField,
                      String nipText) {
        String who = "Pengguna Moodle / Moodle user " + username + " (id " + userId + ")";
        if (nipText == null || nipText.isBlank()) {
            return new Learner(userId, username, fullName, null, who + ": tidak punya NIP di " + nipField
                    + " / has no NIP in " + nipField + " (jembatan.identity.nip-field)", department);
        }
        Nip.Result check = Nip.check(nipText);
        if (!check.valid()) {
            return new Learner(userId, username, fullName, null, who + ": NIP '" + nipText + "' di " + nipField
                    + " tidak valid / is invalid: " + check.reason().message(), department);
        }
        return new Learner(userId, username, fullName, check.nip(), null, department);
    }
}
