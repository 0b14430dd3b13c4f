package id.jembatan.moodle;

/**
 * A course custom field value.
 *
 * @param name the field's display name, e.g. {@code Jam Pelajaran (JP)}
 * @param shortName e.g. {@code jp}
 * @param type e.g. {@code number}, {@code text}
 * @param valueRaw the stored value as text (Moodle sends numbers for number fields); null when not set
 * @param value the value formatted for display; null when not set
 */
public record CourseCustomField(String name, String shortName, String type, String valueRaw, String value) {
}
