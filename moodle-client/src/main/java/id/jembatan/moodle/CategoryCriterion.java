package id.jembatan.moodle;

import java.util.Objects;

/**
 * One {@code key = value} condition of a {@code core_course_get_categories} search.
 *
 * @param key what to match
 * @param value the value to match
 */
public record CategoryCriterion(CategoryCriteriaKey key, String value) {

    public CategoryCriterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** A condition {@code key = value}. */
    public static CategoryCriterion of(CategoryCriteriaKey key, String value) {
        return new CategoryCriterion(key, value);
    }

    void writeTo(FormParams.Scope form) {
        form.put("key", key).put("value", value);
    }
}
