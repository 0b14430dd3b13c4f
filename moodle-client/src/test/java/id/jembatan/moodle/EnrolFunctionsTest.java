package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnrolFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private static final List<String> FIELDS = List.of("id", "username", "idnumber", "department", "email");

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void enrolledUsersOfACourseWithRolesAndProfileFields() {
        Fixture fixture = replay.answer("core_enrol_get_enrolled_users__course_wasbang");

        List<EnrolledUser> users = replay.client().enrolledUsers(6);

        assertThat(users).hasSize(9).extracting(EnrolledUser::id).startsWith(3L, 4L).endsWith(11L);
        EnrolledUser budi = users.get(0);
        assertThat(budi.idNumber()).isEqualTo("198703122010011004");
        assertThat(budi.hasRole("student")).isTrue();
        assertThat(budi.roles()).containsExactly(new EnrolledUser.Role(5, "", "student", 0));
        assertThat(budi.lastCourseAccess()).isEqualTo(1795908394L);
        assertThat(budi.enrolledCourses()).extracting(EnrolledUser.CourseRef::id).containsExactly(3L, 2L, 5L, 6L);
        assertThat(budi.profileField("jabatan")).contains("Pranata Komputer Ahli Muda");
        assertThat(users.get(8).hasRole("editingteacher")).isTrue();
        replay.verifySent(fixture);
    }

    @Test
    void enrolledUsersArePagedUntilAPageIsShort() {
        Fixture[] pages = pages();
        replay.answer(pages);

        List<EnrolledUser> users = replay.client().enrolledUsers(6, 3, FIELDS).toList();

        assertThat(users).extracting(EnrolledUser::username).containsExactly("budi.santoso", "siti.rahmawati",
                "agus.prasetyo", "dewi.lestari", "rudi.hartono", "nur.aisyah", "hendra.wijaya", "rina.marlina",
                "widyaiswara.andi");
        assertThat(users.get(3).department()).isEqualTo("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        assertThat(users.get(3).roles()).isEmpty();
        replay.verifySent(pages);
    }

    @Test
    void pagesAreFetchedOnlyWhenTheStreamNeedsThem() {
        Fixture[] pages = pages();
        replay.answer(pages);
        MoodleClient client = replay.client();

        Stream<EnrolledUser> users = client.enrolledUsers(6, 3, FIELDS);
        replay.verifyNothingSent();
        List<EnrolledUser> firstFour = users.limit(4).toList();

        assertThat(firstFour).extracting(EnrolledUser::id).containsExactly(3L, 4L, 5L, 6L);
        replay.verifySent(pages[0], pages[1]);
    }

    @Test
    void pagingWithoutFieldsAsksForAllFields() {
        replay.answer("core_enrol_get_enrolled_users__paged_limit3_from9");

        assertThat(replay.client().enrolledUsers(6, 50).toList()).isEmpty();

        replay.verifySent("core_enrol_get_enrolled_users", params("courseid", "6",
                "options[0][name]", "limitfrom", "options[0][value]", "0",
                "options[1][name]", "limitnumber", "options[1][value]", "50"));
    }

    @Test
    void enrolledUsersOfUnknownCourseFailWhileStreaming() {
        Fixture fixture = replay.answer("core_enrol_get_enrolled_users__error_nonexistent_course");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().enrolledUsers(99999, 100).toList());

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidrecord");
        assertThat(fixture.params()).isEqualTo(params("courseid", "99999"));
        replay.verifySent("core_enrol_get_enrolled_users", params("courseid", "99999",
                "options[0][name]", "limitfrom", "options[0][value]", "0",
                "options[1][name]", "limitnumber", "options[1][value]", "100"));
    }

    @Test
    void enrolledUsersOfUnknownCourseInOneCall() {
        Fixture fixture = replay.answer("core_enrol_get_enrolled_users__error_nonexistent_course");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client().enrolledUsers(99999));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        replay.verifySent(fixture);
    }

    @Test
    void coursesOfAUserWithProgress() {
        Fixture fixture = replay.answer("core_enrol_get_users_courses__budi");

        List<UserCourse> courses = replay.client().userCourses(3);

        assertThat(courses).extracting(UserCourse::id).containsExactly(3L, 2L, 5L, 6L);
        UserCourse pbj = courses.get(0);
        assertThat(pbj.completed()).isFalse();
        assertThat(pbj.progress()).isZero();
        assertThat(pbj.lastAccess()).isNull();
        UserCourse spbe = courses.get(1);
        assertThat(spbe.completed()).isTrue();
        assertThat(spbe.progress()).isEqualTo(100.0);
        assertThat(spbe.lastAccess()).isEqualTo(1795908421L);
        assertThat(spbe.category()).isEqualTo(2);
        assertThat(spbe.idNumber()).isEqualTo("KT-SPBE-2025");
        assertThat(spbe.enableCompletion()).isTrue();
        replay.verifySent(fixture);
    }

    @Test
    void coursesOfAnUnknownUserAreNone() {
        Fixture fixture = replay.answer("core_enrol_get_users_courses__nonexistent_user");

        assertThat(replay.client().userCourses(99999)).isEmpty();

        assertThat(fixture.params()).isEqualTo(params("userid", "99999"));
        replay.verifySent("core_enrol_get_users_courses", params("userid", "99999", "returnusercount", "0"));
    }

    @Test
    void enrolmentAnsweredWithBareNullSucceeds() {
        Fixture fixture = replay.answer("enrol_manual_enrol_users__ok");

        replay.client().enrol(List.of(Enrolment.of(5, 13, 6).during(Instant.ofEpochSecond(1738540800), Instant.EPOCH)));

        replay.verifySent(fixture);
    }

    @Test
    void enrolmentInUnknownCourseIsPermanent() {
        Fixture fixture = replay.answer("enrol_manual_enrol_users__error_nonexistent_course");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().enrol(List.of(Enrolment.of(5, 13, 99999))));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        replay.verifySent(fixture);
    }

    @Test
    void enrolmentOfUnknownUserIsPermanent() {
        Fixture fixture = replay.answer("enrol_manual_enrol_users__error_nonexistent_user");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().enrol(List.of(Enrolment.of(5, 99999, 6))));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invaliduser");
        replay.verifySent(fixture);
    }

    @Test
    void roleTheAccountMayNotAssignIsPermanent() {
        Fixture fixture = replay.answer("enrol_manual_enrol_users__error_role_not_assignable");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().enrol(List.of(Enrolment.of(1, 13, 6))));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("wsusercannotassign");
        assertThat(error.getMessage()).contains("You don't have the permission to assign this role (1)");
        replay.verifySent(fixture);
    }

    @Test
    void unenrolmentAnsweredWithBareNullSucceeds() {
        Fixture fixture = replay.answer("enrol_manual_unenrol_users__ok");

        replay.client().unenrol(List.of(new Unenrolment(13, 6)));

        replay.verifySent(fixture);
    }

    @Test
    void unenrolmentFromUnknownCourseIsPermanent() {
        Fixture fixture = replay.answer("enrol_manual_unenrol_users__error_nonexistent_course");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().unenrol(List.of(new Unenrolment(13, 99999))));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidrecord");
        replay.verifySent(fixture);
    }

    @Test
    void nothingToEnrolMeansNoCall() {
        MoodleClient client = replay.client();

        client.enrol(List.of());
        client.unenrol(List.of());

        replay.verifyNothingSent();
    }

    private static Fixture[] pages() {
        return new Fixture[] {
            Fixture.load("core_enrol_get_enrolled_users__paged_limit3"),
            Fixture.load("core_enrol_get_enrolled_users__paged_limit3_from3"),
            Fixture.load("core_enrol_get_enrolled_users__paged_limit3_from6"),
            Fixture.load("core_enrol_get_enrolled_users__paged_limit3_from9")};
    }
}
