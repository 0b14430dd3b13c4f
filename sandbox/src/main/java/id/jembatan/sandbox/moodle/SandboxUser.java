package id.jembatan.sandbox.moodle;

/**
 * A Moodle user as the sandbox serves it: to add users ({@link SandboxData#withUsers}) and to see which are
 * served ({@link SandboxData#users()}). Rendered in the JSON shape of the recorded users (Budi Santoso's
 * record with these fields replaced); a null field is left out, as Moodle leaves out empty ones.
 *
 * @param id the Moodle user id
 * @param username the login name
 * @param firstname the first name
 * @param lastname the last name
 * @param email the e-mail address
 * @param idnumber the ID number; the bridge expects the 18-digit NIP here
 * @param department the OPD (unit kerja)
 * @param golongan the {@code golongan} profile field (Pangkat/Golongan)
 * @param jabatan the {@code jabatan} profile field
 * @param suspended whether the account is suspended
 */
public record SandboxUser(long id, String username, String firstname, String lastname, String email, String idnumber,
        String department, String golongan, String jabatan, boolean suspended) {

    /** Checks that the fields Moodle requires are there. */
    public SandboxUser {
        if (id < 1) {
            throw new IllegalArgumentException("user id must be positive, was " + id);
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a Moodle user needs a username");
        }
        if (firstname == null || lastname == null || email == null) {
            throw new IllegalArgumentException("a Moodle user needs a firstname, a lastname and an email");
        }
    }

    /** {@code firstname lastname}, as Moodle's {@code fullname}. */
    public String fullname() {
        return firstname + " " + lastname;
    }
}
