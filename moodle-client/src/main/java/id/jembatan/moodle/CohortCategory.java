package id.jembatan.moodle;

import java.util.Objects;

/**
 * Where a new cohort lives ({@code categorytype[type]} and {@code [value]}): the system context or a
 * course category given by id or idnumber.
 */
public record CohortCategory(Type type, String value) {

    public CohortCategory {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The system context (the value is sent empty). */
    public static CohortCategory system() {
        return new CohortCategory(Type.SYSTEM, "");
    }

    /** The course category with this id. */
    public static CohortCategory categoryId(long id) {
        return new CohortCategory(Type.ID, Long.toString(id));
    }

    /** The course category with this idnumber. */
    public static CohortCategory categoryIdNumber(String idNumber) {
        return new CohortCategory(Type.IDNUMBER, idNumber);
    }

    void writeTo(FormParams.Scope form) {
        form.put("type", type).put("value", value);
    }

    /** How {@code value} names the place. */
    public enum Type {
        ID, IDNUMBER, SYSTEM
    }
}
