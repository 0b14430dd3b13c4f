package id.jembatan.moodle;

import java.util.List;

/**
 * The answer of {@code core_user_get_users}.
 *
 * @param users the matching users
 * @param warnings Moodle's warnings (an unsupported key is refused by the client before it gets here)
 */
public record UsersResult(List<User> users, List<Warning> warnings) {

    public UsersResult {
        users = MoodleJson.list(users);
        warnings = MoodleJson.list(warnings);
    }
}
