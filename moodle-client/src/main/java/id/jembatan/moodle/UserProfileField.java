package id.jembatan.moodle;

import java.util.List;
import java.util.Optional;

/**
 * A user profile field (custom field) as Moodle returns it.
 *
 * @param type the field type, e.g. {@code text}
 * @param value the stored value
 * @param displayValue the value formatted for display; null in some functions
 * @param name the field's display name, e.g. {@code Pangkat/Golongan}
 * @param shortName the field's short name, e.g. {@code golongan}
 */
public record UserProfileField(String type, String value, String displayValue, String name, String shortName) {

    static Optional<String> valueOf(List<UserProfileField> fields, String shortName) {
        return fields.stream().filter(field -> shortName.equals(field.shortName())).map(UserProfileField::value)
                .findFirst();
    }
}
