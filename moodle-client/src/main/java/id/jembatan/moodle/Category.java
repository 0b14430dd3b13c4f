package id.jembatan.moodle;

/**
 * A course category ({@code core_course_get_categories}).
 *
 * @param idNumber e.g. {@code KT}; null when not set
 * @param parent the parent category id, 0 at the top
 * @param path ids from the top, e.g. {@code /2}
 */
public record Category(long id, String name, String idNumber, String description, int descriptionFormat,
        long parent, int sortOrder, int courseCount, boolean visible, int depth, String path, long timeModified) {
}
