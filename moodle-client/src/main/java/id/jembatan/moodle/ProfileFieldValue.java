package id.jembatan.moodle;

import java.util.Objects;

/**
 * A value to store in a user profile field when creating or updating a user ({@code customfields[i][type]}
 * is the field's short name).
 *
 * @param shortName the profile field's short name, e.g. {@code jabatan}
 * @param value the value to store
 */
public record ProfileFieldValue(String shortName, String value) {

    public ProfileFieldValue {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(value, "value");
    }

    void writeTo(FormParams.Scope form) {
        form.put("type", shortName).put("value", value);
    }
}
