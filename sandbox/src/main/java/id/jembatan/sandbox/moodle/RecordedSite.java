package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded lab site as {@link SandboxData}: users, courses and categories are the recorded records; the
 * course layouts and the learners' progress are written down here from the recorded answers and log rows, and
 * derived where nothing was recorded (see {@code src/main/resources/sandbox/moodle/ws/README.md}, which this class
 * must agree with).
 */
final class RecordedSite {

    static final SandboxData DATA = build();

    private static final long T_CLI = 1_795_908_394L;
    private static final long T_COURSES_2_3 = 1_795_908_421L;
    private static final long T_TOTALS = 1_795_908_438L;
    private static final long T_WEB = 1_795_908_533L;
    private static final long T_WEB_HENDRA = 1_795_908_534L;

    private RecordedSite() {
    }

    private static SandboxData build() {
        ObjectNode siteInfo = (ObjectNode) Fixture.load("core_webservice_get_site_info__ok").body();
        List<String> functions = new ArrayList<>();
        siteInfo.path("functions").forEach(f -> functions.add(f.path("name").asText()));

        Map<Long, ObjectNode> users = new TreeMap<>();
        Fixture.load("core_user_get_users__invalid_criteria_key_warning").body().path("users")
                .forEach(u -> users.put(u.path("id").asLong(), (ObjectNode) u));
        JsonNode yoga = Templates.byId(Fixture.load("core_user_get_users_by_field__by_id_multiple").body(), 13);
        users.put(13L, (ObjectNode) yoga);

        JsonNode byField = Fixture.load("core_course_get_courses_by_field__all").body().path("courses");
        Map<Long, CourseLayout> layouts = layouts();
        Map<Long, SandboxData.CourseEntry> courses = new LinkedHashMap<>();
        for (JsonNode listed : Fixture.load("core_course_get_courses__all").body()) {
            long id = listed.path("id").asLong();
            courses.put(id, new SandboxData.CourseEntry(id, (ObjectNode) listed,
                    (ObjectNode) Templates.byId(byField, id), layouts.get(id)));
        }

        Map<Long, ObjectNode> categories = new TreeMap<>();
        Fixture.load("core_course_get_categories__all").body()
                .forEach(c -> categories.put(c.path("id").asLong(), (ObjectNode) c));

        Map<List<Long>, List<ObjectNode>> attempts = Map.of(
                List.of(2L, 3L), attempts("mod_quiz_get_user_attempts__passed"),
                List.of(2L, 8L), attempts("mod_quiz_get_user_attempts__failed"),
                List.of(2L, 9L), attempts("mod_quiz_get_user_attempts__no_attempts"));

        return new SandboxData(siteInfo, functions, users, courses, categories,
                Enrolments.NONE.with(enrolments()), attempts);
    }

    private static List<ObjectNode> attempts(String fixture) {
        List<ObjectNode> list = new ArrayList<>();
        Fixture.load(fixture).body().path("attempts").forEach(a -> list.add((ObjectNode) a));
        return list;
    }

    /**
     * Course contexts from the recorded course images ({@code pluginfile.php/<context>}); quiz modules, ids and
     * contexts from {@code mod_quiz_get_quizzes_by_courses}, {@code core_course_get_contents} (course 5) and the
     * log rows; pages of courses 3, 5 and 6 from the log rows; the page ids of courses 2 (cmid 1) and 4 (cmid 4)
     * and the ids not seen anywhere follow Moodle's creation order (each course made with its page, then its
     * quiz). Grade item ids: course 5 and 6 recorded, course 4 from {@code gradereport_user_get_grades_table}
     * (item 6 manual, 5 total, category 3), courses 2 and 3 by the same order.
     */
    private static Map<Long, CourseLayout> layouts() {
        Map<Long, CourseLayout> layouts = new TreeMap<>();
        layouts.put(2L, new CourseLayout(14, 1,
                page(1, 1, 15, "Pelatihan Sistem Pemerintahan Berbasis Elektronik (SPBE)"),
                quiz(2, 1, 16, "SPBE-2025"), 1, 1, 2, null));
        layouts.put(3L, new CourseLayout(17, 4, page(3, 2, 18, "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar"),
                null, 2, 3, 4, "NEA-PBJ-DASAR-2025"));
        layouts.put(4L, new CourseLayout(19, 7, page(4, 3, 20, "Pelatihan Kepemimpinan Pengawas (PKP)"),
                null, 3, 5, 6, "NEA-KEPEMIMPINAN-PENGAWAS-2025"));
        layouts.put(5L, new CourseLayout(21, 10, page(5, 4, 22, "Penyusunan SKP dan Manajemen Kinerja ASN"),
                quiz(6, 2, 23, "SKP-2025"), 4, 7, 8, null));
        layouts.put(6L, new CourseLayout(24, 13, page(7, 5, 25, "Wawasan Kebangsaan dan Nilai-Nilai Bela Negara"),
                null, 5, 9, 10, "NEA-WASBANG-2025"));
        return layouts;
    }

    private static CourseLayout.Module page(long cmid, long instance, long context, String courseFullname) {
        return new CourseLayout.Module(cmid, "page", instance, context, CourseLayout.pageName(courseFullname), 1);
    }

    private static CourseLayout.Module quiz(long cmid, long instance, long context, String courseShortname) {
        return new CourseLayout.Module(cmid, "quiz", instance, context, CourseLayout.quizName(courseShortname), 2);
    }

    /**
     * Who is enrolled where: the {@code enrolledcourses} of every user in the recorded
     * {@code core_enrol_get_enrolled_users} of course 6, plus Yoga Pratama (13), enrolled in course 6 by the
     * recorded {@code enrol_manual_enrol_users} (the grade and completion answers were recorded while he was).
     * Progress: recorded where an answer or log row shows it, derived (marked) where not.
     */
    private static List<Enrolment> enrolments() {
        List<Enrolment> list = new ArrayList<>();
        // SPBE-2025: Budi and Siti submitted quiz attempts 8 and 9 (log); their grades are derived.
        list.add(quizLearner(2, 3, T_COURSES_2_3, 100, T_COURSES_2_3, T_COURSES_2_3, T_COURSES_2_3, 8));
        list.add(quizLearner(2, 4, T_COURSES_2_3, 100, T_COURSES_2_3, T_COURSES_2_3, T_COURSES_2_3, 9));
        list.add(new Enrolment(2, 9, Enrolment.Role.STUDENT, T_WEB_HENDRA, Enrolment.Progress.NONE));
        list.add(teacher(2));
        // PBJ-DASAR-2025: page completions of 6, 8, 10 (log); grades derived, 10 below the pass grade.
        list.add(new Enrolment(3, 3, Enrolment.Role.STUDENT, 0, Enrolment.Progress.NONE));
        list.add(manualLearner(3, 6, T_COURSES_2_3, 78, T_COURSES_2_3, T_COURSES_2_3));
        list.add(manualLearner(3, 8, T_COURSES_2_3, 72, T_COURSES_2_3, T_COURSES_2_3));
        list.add(manualLearner(3, 10, T_COURSES_2_3, 60, T_COURSES_2_3, T_COURSES_2_3));
        // KEPEMIMPINAN-PENGAWAS-2025: Agus 85 (recorded grades table); Rudi derived; Hendra only viewed the course.
        list.add(manualLearner(4, 5, T_CLI, 85, T_CLI, T_TOTALS));
        list.add(manualLearner(4, 7, T_CLI, 90, T_CLI, T_TOTALS));
        list.add(new Enrolment(4, 9, Enrolment.Role.STUDENT, T_WEB_HENDRA, Enrolment.Progress.NONE));
        // SKP-2025: Budi 100 and Nur Aisyah 50 recorded; attempts 3 to 6 (course updates) by 4 to 7, grades derived.
        list.add(quizLearner(5, 3, T_CLI, 100, 1_795_908_409L, 1_795_908_419L, 1_795_908_410L, 2));
        for (long user = 4; user <= 7; user++) {
            long submitted = 1_795_908_406L + user;
            list.add(quizLearner(5, user, T_CLI, 100, submitted, submitted + 9, submitted + 1, user - 1));
        }
        list.add(quizLearner(5, 8, 1_795_908_420L, 50, 1_795_908_420L, 1_795_908_420L, 1_795_908_420L, 7));
        list.add(new Enrolment(5, 9, Enrolment.Role.STUDENT, T_CLI, Enrolment.Progress.viewed(T_CLI)));
        list.add(new Enrolment(5, 10, Enrolment.Role.STUDENT, T_WEB, Enrolment.Progress.viewed(T_WEB)));
        list.add(teacher(5));
        // WASBANG-2025: all recorded (grade report, completions, log).
        long[][] graded = {{3, 88}, {4, 92}, {5, 75}, {6, 81}, {7, 70}, {8, 67}};
        for (long[] g : graded) {
            list.add(manualLearner(6, g[0], T_CLI, g[1], T_CLI, T_TOTALS));
        }
        list.add(new Enrolment(6, 9, Enrolment.Role.STUDENT, T_CLI, Enrolment.Progress.viewed(T_CLI)));
        list.add(new Enrolment(6, 10, Enrolment.Role.STUDENT, T_WEB, Enrolment.Progress.viewed(T_WEB)));
        list.add(new Enrolment(6, 13, Enrolment.Role.STUDENT, 0, Enrolment.Progress.NONE));
        list.add(teacher(6));
        return list;
    }

    private static Enrolment quizLearner(long course, long user, long viewed, double grade, long submitted,
            long graded, long totalGraded, long attempt) {
        return new Enrolment(course, user, Enrolment.Role.STUDENT, viewed,
                new Enrolment.Progress(viewed, grade, submitted, graded, totalGraded, attempt));
    }

    private static Enrolment manualLearner(long course, long user, long viewed, double grade, long graded,
            long totalGraded) {
        return new Enrolment(course, user, Enrolment.Role.STUDENT, viewed,
                new Enrolment.Progress(viewed, grade, null, graded, totalGraded, null));
    }

    private static Enrolment teacher(long course) {
        return new Enrolment(course, SandboxData.TRAINER, Enrolment.Role.EDITING_TEACHER, 0, Enrolment.Progress.NONE);
    }
}
