package id.jembatan.moodle;

import java.util.List;

/** The answer of {@code gradereport_user_get_grade_items}: per user, the course's grade items and grades. */
public record GradeItemsResult(List<UserGrades> userGrades, List<Warning> warnings) {

    public GradeItemsResult {
        userGrades = MoodleJson.list(userGrades);
        warnings = MoodleJson.list(warnings);
    }

    /**
     * One user's grades in the course.
     *
     * @param courseIdNumber the course idnumber
     * @param userIdNumber the user's idnumber (NIP)
     */
    public record UserGrades(long courseId, String courseIdNumber, long userId, String userFullName,
            String userIdNumber, int maxDepth, List<GradeItem> gradeItems) {

        public UserGrades {
            gradeItems = MoodleJson.list(gradeItems);
        }
    }

    /**
     * A grade item and the user's grade in it.
     *
     * @param itemType {@code course} (the course total), {@code mod} (an activity) or {@code manual}
     * @param itemModule e.g. {@code quiz}; null unless {@code mod}
     * @param cmId the course module id of an activity item; null otherwise
     * @param gradeRaw the grade as a number; null when not graded
     * @param gradeFormatted Moodle's display text; may hold HTML (a pass icon before the number)
     * @param gradeDateGraded unix seconds; null when not graded
     */
    public record GradeItem(long id, String itemName, String itemType, String itemModule, Long itemInstance,
            Integer itemNumber, String idNumber, Long categoryId, Long cmId, boolean locked, Double gradeRaw,
            Long gradeDateSubmitted, Long gradeDateGraded, boolean gradeIsHidden, boolean gradeIsOverridden,
            String gradeFormatted, Double gradeMin, Double gradeMax, String rangeFormatted,
            String percentageFormatted, String feedback, int feedbackFormat) {
    }
}
