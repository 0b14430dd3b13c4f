package id.jembatan.moodle;

import java.util.List;

/**
 * A course section with its activities ({@code core_course_get_contents}).
 *
 * @param section the section number, 0 for the general section
 */
public record CourseSection(long id, String name, boolean visible, String summary, int section,
        boolean userVisible, List<Module> modules) {

    public CourseSection {
        modules = MoodleJson.list(modules);
    }

    /**
     * An activity or resource in a section (a course module).
     *
     * @param id the course module id (cmid), used in {@code /mod/<modname>/view.php?id=<cmid>}
     * @param url the module's view URL
     * @param instance the id of the activity instance (e.g. the quiz id)
     * @param modName the module type, e.g. {@code quiz}, {@code page}
     * @param completion the completion tracking mode: 0 none, 1 manual, 2 automatic
     */
    public record Module(long id, String url, String name, long instance, long contextId, boolean visible,
            boolean userVisible, String modName, String modPlural, int completion) {
    }
}
