package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ASN competency types a learning activity develops, the value of {@link XapiProfile#EXT_COMPETENCY_TYPE}.
 */
public enum CompetencyType {
    TEKNIS("teknis"),
    MANAJERIAL("manajerial"),
    SOSIAL_KULTURAL("sosial-kultural");

    private final String value;

    CompetencyType(String value) {
        this.value = value;
    }

    /** The value written in statements. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Reads a value as written in statements or in Moodle's course field ({@code sosial kultural} is accepted). */
    public static Optional<CompetencyType> fromValue(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(type -> type.value.equals(normalised)).findFirst();
    }
}
