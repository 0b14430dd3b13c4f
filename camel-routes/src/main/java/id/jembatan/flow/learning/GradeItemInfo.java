package id.jembatan.flow.learning;

/**
 * A grade item, to turn a {@code user_graded} event into a score.
 *
 * @param id         grade item id
 * @param name       item name (null for the course total)
 * @param itemType   {@code course}, {@code mod} or {@code manual}
 * @param itemModule module type of an activity item
 * @param cmId       course module of an activity item, else {@code null}
 * @param min        lowest grade
 * @param max        highest grade
 */
record GradeItemInfo(long id, String name, String itemType, String itemModule, Long cmId, Double min, Double max) {
}
