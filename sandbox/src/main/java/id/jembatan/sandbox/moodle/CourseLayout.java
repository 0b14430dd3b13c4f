package id.jembatan.sandbox.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * The activities and grade items of a course, as the recorded site set them up: a Page (completion: view) in
 * section 1 and either a Quiz (grade 100, pass 60, completion: pass grade) in section 2 or a manual grade item
 * "Nilai Evaluasi Akhir" (pass 65, and a course grade of 65 to complete the course).
 *
 * @param contextId the course context id
 * @param firstSectionId the id of section 0; sections 1 and 2 follow
 * @param page the Page module
 * @param quiz the Quiz module, or null for a course graded by a manual item
 * @param gradeCategoryId the course's grade category (the course total's {@code iteminstance})
 * @param courseItemId the course total grade item
 * @param assessmentItemId the quiz's grade item or the manual grade item
 * @param manualItemIdNumber the manual grade item's idnumber (null for a quiz course)
 */
record CourseLayout(long contextId, long firstSectionId, Module page, Module quiz, long gradeCategoryId,
        long courseItemId, long assessmentItemId, String manualItemIdNumber) {

    static final double QUIZ_PASS = 60;
    static final double MANUAL_PASS = 65;
    static final String MANUAL_ITEM_NAME = "Nilai Evaluasi Akhir";

    /**
     * A course module.
     *
     * @param cmid the course module id
     * @param modName {@code page} or {@code quiz}
     * @param instance the id of the page or quiz
     * @param contextId the module context id
     * @param name the activity name
     * @param section the section number it sits in
     */
    record Module(long cmid, String modName, long instance, long contextId, String name, int section) {
    }

    /**
     * The layout the synthetic log rows assume for course {@code c} ({@code SyntheticEvent} in
     * {@code support.moodlelog}): context {@code 1000 + c}; Page {@code 10c + 1} and Quiz {@code 10c + 2}, both
     * instance {@code c}; module contexts {@code 100000 + cmid}; course total grade item {@code 10c + 9} (the
     * item of the synthetic {@code user_graded} rows); quiz item {@code 10c + 8}; grade category {@code 10c + 7};
     * sections {@code 10c + 4} to {@code 10c + 6}.
     */
    static CourseLayout synthetic(long courseId, String fullname, String shortname) {
        long page = 10 * courseId + 1;
        long quiz = 10 * courseId + 2;
        return new CourseLayout(1000 + courseId, 10 * courseId + 4,
                new Module(page, "page", courseId, 100_000 + page, pageName(fullname), 1),
                new Module(quiz, "quiz", courseId, 100_000 + quiz, quizName(shortname), 2),
                10 * courseId + 7, 10 * courseId + 9, 10 * courseId + 8, null);
    }

    static String pageName(String courseFullname) {
        return "Materi Pokok: " + courseFullname;
    }

    static String quizName(String courseShortname) {
        return "Evaluasi Akhir " + courseShortname;
    }

    boolean quizCourse() {
        return quiz != null;
    }

    double passGrade() {
        return quizCourse() ? QUIZ_PASS : MANUAL_PASS;
    }

    /** The modules with completion, in course order. */
    List<Module> modules() {
        List<Module> modules = new ArrayList<>();
        modules.add(page);
        if (quiz != null) {
            modules.add(quiz);
        }
        return modules;
    }

    /** Whether a learner with this progress has completed the course (all activities, and the grade). */
    boolean completed(Enrolment.Progress progress) {
        boolean viewed = progress.viewedAt() != null;
        boolean passed = progress.graded() && progress.grade() >= passGrade();
        return viewed && passed;
    }
}
