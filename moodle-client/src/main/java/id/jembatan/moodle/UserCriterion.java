package id.jembatan.moodle;

import java.util.Objects;

/**
 * One {@code key = value} condition of a {@code core_user_get_users} search; conditions are combined with AND.
 *
 * @param key what to match
 * @param value the value to match; not blank ({@code %} is a wildcard for email and names)
 */
public record UserCriterion(UserCriteriaKey key, String value) {

    public UserCriterion {
        Objects.requireNonNull(key, "key");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a user search value must not be blank (key " + key + ")");
        }
    }

    /** A condition {@code key = value}. */
    public static UserCriterion of(UserCriteriaKey key, String value) {
        return new UserCriterion(key, value);
    }

    void writeTo(FormParams.Scope form) {
        form.put("key", key).put("value", value);
    }
}
