package id.jembatan.sandbox.moodle;

/**
 * A user's enrolment in a course and what they have done there, from which the grade, completion, attempt
 * and enrolled-user answers are derived.
 *
 * @param courseId the course
 * @param userId the user
 * @param role the course role
 * @param lastCourseAccess the last access to the course (unix seconds), 0 for never
 * @param progress the learner's activity
 */
record Enrolment(long courseId, long userId, Role role, long lastCourseAccess, Progress progress) {

    /** The two course roles the recorded site used. */
    enum Role {
        STUDENT(5, "student"),
        EDITING_TEACHER(3, "editingteacher");

        final int id;
        final String shortname;

        Role(int id, String shortname) {
            this.id = id;
            this.shortname = shortname;
        }
    }

    /**
     * What a learner did in a course; times are unix seconds, null for "not done".
     *
     * @param viewedAt when the Page was viewed (its completion)
     * @param grade the grade of the course's assessment (quiz or manual item), 0 to 100
     * @param submittedAt when the quiz attempt was submitted (quiz courses)
     * @param gradedAt when the assessment was graded
     * @param totalGradedAt when the course total was graded
     * @param attemptId the quiz attempt id (quiz courses)
     */
    record Progress(Long viewedAt, Double grade, Long submittedAt, Long gradedAt, Long totalGradedAt, Long attemptId) {

        static final Progress NONE = new Progress(null, null, null, null, null, null);

        static Progress viewed(long at) {
            return new Progress(at, null, null, null, null, null);
        }

        boolean graded() {
            return grade != null;
        }
    }
}
