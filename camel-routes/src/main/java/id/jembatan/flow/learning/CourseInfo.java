package id.jembatan.flow.learning;

import id.jembatan.lrs.xapi.CompetencyType;

/**
 * What statements say about a course.
 *
 * @param id             Moodle course id
 * @param fullName       course name
 * @param idNumber       course idnumber (may carry {@code ;JP=n})
 * @param jp             training hours (Jam Pelajaran), or {@code null} when the course does not say
 * @param competencyType competency type from the course category, or {@code null}
 */
record CourseInfo(long id, String fullName, String idNumber, Integer jp, CompetencyType competencyType) {
}
