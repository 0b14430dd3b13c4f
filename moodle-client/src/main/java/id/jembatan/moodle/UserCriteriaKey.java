package id.jembatan.moodle;

/**
 * The criteria keys {@code core_user_get_users} supports. Moodle answers an unsupported key (e.g.
 * {@code department}) with a warning and every user of the site, so the client offers only these. Values
 * for {@link #EMAIL}, {@link #FIRSTNAME} and {@link #LASTNAME} may use {@code %} as a wildcard.
 */
public enum UserCriteriaKey {
    ID, LASTNAME, FIRSTNAME, IDNUMBER, USERNAME, EMAIL, AUTH
}
