package id.jembatan.moodle;

/** The criteria keys {@code core_course_get_categories} supports. */
public enum CategoryCriteriaKey {
    ID, IDS, NAME, PARENT, IDNUMBER, VISIBLE, THEME
}
