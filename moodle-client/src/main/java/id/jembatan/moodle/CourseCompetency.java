package id.jembatan.moodle;

/**
 * A competency linked to a course ({@code core_competency_list_course_competencies}).
 *
 * @param competency the competency
 * @param courseCompetency the link between the course and the competency
 */
public record CourseCompetency(Competency competency, Link courseCompetency) {

    /**
     * A competency of a framework.
     *
     * @param idNumber e.g. {@code KT-KOMINFO-01}
     * @param parentId 0 at the top of the framework
     * @param scaleId null when the framework's scale applies
     */
    public record Competency(long id, String shortName, String idNumber, String description,
            int descriptionFormat, int sortOrder, long parentId, String path, long competencyFrameworkId,
            Long scaleId, long timeCreated, long timeModified) {
    }

    /**
     * The course–competency link.
     *
     * @param ruleOutcome what completing the course does to the competency: 0 nothing, 1 attach evidence,
     *     2 recommend, 3 complete
     */
    public record Link(long id, long courseId, long competencyId, int sortOrder, int ruleOutcome,
            long timeCreated, long timeModified) {
    }
}
