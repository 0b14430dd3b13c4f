package id.jembatan.moodle;

/** The fields {@code core_user_get_users_by_field} can look users up by (Moodle rejects any other). */
public enum UserField {
    ID, IDNUMBER, USERNAME, EMAIL
}
