package id.jembatan.moodle;

import java.util.List;
import java.util.Optional;

/**
 * A Moodle user as {@code core_user_get_users_by_field} and {@code core_user_get_users} return it. Fields
 * the web service account may not see come back null. Timestamps are unix seconds, 0 when never.
 *
 * @param idNumber the user's idnumber; in this project the ASN's 18-digit NIP
 * @param department the OPD (unit kerja) name
 * @param customFields the user profile fields, e.g. {@code golongan}, {@code jabatan}
 */
public record User(long id, String username, String firstName, String lastName, String fullName, String email,
        String idNumber, String institution, String department, String auth, boolean suspended, boolean confirmed,
        String lang, String timezone, String city, String country, long firstAccess, long lastAccess,
        List<UserProfileField> customFields, List<Preference> preferences) {

    public User {
        customFields = MoodleJson.list(customFields);
        preferences = MoodleJson.list(preferences);
    }

    /** The value of the profile field with this short name, e.g. {@code jabatan}. */
    public Optional<String> profileField(String shortName) {
        return UserProfileField.valueOf(customFields, shortName);
    }

    /** A user preference; Moodle sends numbers and strings, read here as text. */
    public record Preference(String name, String value) {
    }
}
