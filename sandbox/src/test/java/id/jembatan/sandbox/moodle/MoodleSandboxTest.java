package id.jembatan.sandbox.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jembatan.moodle.Category;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.CourseSection;
import id.jembatan.moodle.EnrolledUser;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.GradeItemsResult;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.MoodleTransportException;
import id.jembatan.moodle.QuizAttemptStatus;
import id.jembatan.moodle.SiteInfo;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox answers the bridge's real {@link MoodleClient} as the recorded Moodle did. */
class MoodleSandboxTest {

    private static MoodleSandbox moodle;
    private static MoodleClient client;

    @BeforeAll
    static void start() {
        moodle = MoodleSandbox.start();
        client = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token()));
    }

    @AfterAll
    static void stop() {
        moodle.close();
    }

    @BeforeEach
    void clearSwitches() {
        moodle.reset();
        moodle.serve(SandboxData.recorded());
    }

    @Test
    void siteInfoIsTheRecordedSiteAndOffersTheRecordedServiceFunctions() {
        SiteInfo site = client.siteInfo();

        assertThat(site.release()).isEqualTo("4.5.6 (Build: 20250811)");
        assertThat(site.username()).isEqualTo("ws_simpeg_bridge");
        assertThat(site.userId()).isEqualTo(12);
        assertThat(site.offers("core_user_get_users_by_field")).isTrue();
        assertThat(site.missingFunctions(MoodleClient.REQUIRED_FUNCTIONS))
                .containsExactly("core_cohort_delete_cohort_members");
    }

    @Test
    void usersByIdLeaveOutAnUnknownId() {
        List<User> users = client.usersByField(UserField.ID, List.of("13", "3", "99999"));

        assertThat(users).extracting(User::id).containsExactly(3L, 13L);
        assertThat(users.get(0).idNumber()).isEqualTo("198703122010011004");
        assertThat(users.get(0).profileField("jabatan")).contains("Pranata Komputer Ahli Muda");
    }

    @Test
    void usersByIdnumberFindLearnersByTheirNip() {
        List<User> users = client.usersByField(UserField.IDNUMBER, List.of("199005242015032001", "199912312099121999"));

        assertThat(users).extracting(User::username).containsExactly("siti.rahmawati");
    }

    @Test
    void coursesByIdsAnswerOnlyThoseCoursesWithTheirJp() {
        List<Course> courses = client.courses(List.of(2L, 6L, 99999L));

        assertThat(courses).extracting(Course::id).containsExactlyInAnyOrder(2L, 6L);
        assertThat(courses).filteredOn(c -> c.id() == 6).singleElement()
                .satisfies(c -> assertThat(c.customField("jp").orElseThrow().valueRaw()).isEqualTo("8"))
                .satisfies(c -> assertThat(c.idNumber()).isEqualTo("KSK-WASBANG-2025;JP=8"));
    }

    @Test
    void categoriesCarryTheCompetencyTypeIdnumbersAndCourseCounts() {
        List<Category> categories = client.categories();

        assertThat(categories).extracting(Category::idNumber).containsExactly(null, "KT", "KM", "KSK");
        assertThat(categories).extracting(Category::courseCount).containsExactly(0, 2, 2, 1);
    }

    @Test
    void contentsOfCourse5AreTheRecordedPageAndQuiz() {
        List<CourseSection> sections = client.courseContents(5);

        assertThat(sections).flatExtracting(CourseSection::modules).extracting(CourseSection.Module::id,
                CourseSection.Module::modName, CourseSection.Module::instance)
                .containsExactly(tuple(5L, "page", 4L),
                        tuple(6L, "quiz", 2L));
    }

    @Test
    void contentsOfUnrecordedCoursesHoldTheModulesOfTheLog() {
        assertThat(client.courseContents(6)).flatExtracting(CourseSection::modules)
                .extracting(CourseSection.Module::id, CourseSection.Module::name)
                .containsExactly(tuple(7L,
                        "Materi Pokok: Wawasan Kebangsaan dan Nilai-Nilai Bela Negara"));
        assertThat(client.courseContents(2)).flatExtracting(CourseSection::modules)
                .extracting(CourseSection.Module::id).containsExactly(1L, 2L);
        assertThat(client.courseContents(3)).flatExtracting(CourseSection::modules)
                .extracting(CourseSection.Module::id).containsExactly(3L);
    }

    @Test
    void contentsOfAnUnknownCourseIsMoodlesInvalidrecord() {
        assertThatThrownBy(() -> client.courseContents(99999)).isInstanceOfSatisfying(MoodleException.class, e -> {
            assertThat(e.errorcode()).isEqualTo("invalidrecord");
            assertThat(e.kind()).isEqualTo(ErrorKind.PERMANENT);
        });
    }

    @Test
    void gradeItemsOfOneLearnerAreTheRecordedQuizGradeAndCourseTotal() {
        GradeItemsResult result = client.gradeItems(5, 3);

        assertThat(result.userGrades()).singleElement().satisfies(grades -> {
            assertThat(grades.userIdNumber()).isEqualTo("198703122010011004");
            assertThat(grades.gradeItems()).extracting(GradeItemsResult.GradeItem::id,
                    GradeItemsResult.GradeItem::gradeRaw, GradeItemsResult.GradeItem::cmId)
                    .containsExactly(tuple(8L, 100.0, 6L),
                            tuple(7L, 100.0, null));
        });
    }

    @Test
    void gradeItemsOfAnUnrecordedCourseAreDerivedWithItsManualItem() {
        GradeItemsResult result = client.gradeItems(3, 10);

        assertThat(result.userGrades()).singleElement().satisfies(grades -> assertThat(grades.gradeItems())
                .extracting(GradeItemsResult.GradeItem::id, GradeItemsResult.GradeItem::itemName,
                        GradeItemsResult.GradeItem::gradeRaw)
                .containsExactly(tuple(4L, "Nilai Evaluasi Akhir", 60.0),
                        tuple(3L, null, 60.0)));
    }

    @Test
    void gradeItemsOfAllLearnersListEveryStudentByLastName() {
        GradeItemsResult result = client.gradeItems(4);

        assertThat(result.userGrades()).extracting(GradeItemsResult.UserGrades::userFullName)
                .containsExactly("Rudi Hartono", "Agus Prasetyo", "Hendra Wijaya");
    }

    @Test
    void enrolledUsersArePagedWithLimitfromAndLimitnumber() {
        List<EnrolledUser> users = client.enrolledUsers(6, 3, List.of("id", "idnumber")).toList();

        assertThat(users).extracting(EnrolledUser::id).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L);
        assertThat(moodle.calls("core_enrol_get_enrolled_users")).isEqualTo(4);
        assertThat(moodle.requests("core_enrol_get_enrolled_users").get(1).form())
                .containsEntry("options[0][name]", "limitfrom").containsEntry("options[0][value]", "3");
    }

    @Test
    void completionIsRecordedOrDerivedAndANonEnrolledUserIsUsernotenroled() {
        CourseCompletionResult budi = client.courseCompletionStatus(6, 3);
        CourseCompletionResult rina = client.courseCompletionStatus(3, 10);

        assertThat(budi.completed()).isTrue();
        assertThat(rina.completed()).isFalse();
        assertThat(client.activitiesCompletionStatus(2, 3).statuses()).extracting(s -> s.state())
                .containsExactly(1, 2);
        assertThatThrownBy(() -> client.courseCompletionStatus(2, 10)).isInstanceOfSatisfying(MoodleException.class,
                e -> assertThat(e.errorcode()).isEqualTo("usernotenroled"));
    }

    @Test
    void quizAttemptsAreTheRecordedOnes() {
        assertThat(client.quizAttempts(2, 8, QuizAttemptStatus.FINISHED, false).attempts()).singleElement()
                .satisfies(a -> assertThat(a.sumGrades()).isEqualTo(1.0));
        assertThat(client.quizAttempts(2, 9, QuizAttemptStatus.ALL, false).attempts()).isEmpty();
    }

    @Test
    void aWrongTokenGetsInvalidtokenWhichIsFatal() {
        MoodleClient wrong = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), "0123456789abcdef"));

        assertThatThrownBy(wrong::siteInfo).isInstanceOfSatisfying(MoodleException.class, e -> {
            assertThat(e.errorcode()).isEqualTo("invalidtoken");
            assertThat(e.kind()).isEqualTo(ErrorKind.FATAL);
        });
    }

    @Test
    void aRejectedTokenGetsInvalidtokenUntilReset() {
        moodle.rejectToken();

        assertThatThrownBy(() -> client.courses(List.of(2L))).isInstanceOfSatisfying(MoodleException.class,
                e -> assertThat(e.errorcode()).isEqualTo("invalidtoken"));
        moodle.reset();
        assertThat(client.courses(List.of(2L))).hasSize(1);
    }

    @Test
    void aFunctionTheServiceDoesNotOfferGetsAccessexception() {
        moodle.serve(SandboxData.recorded().withoutFunctions("core_course_get_categories"));

        assertThatThrownBy(client::categories).isInstanceOfSatisfying(MoodleException.class, e -> {
            assertThat(e.errorcode()).isEqualTo("accessexception");
            assertThat(e.kind()).isEqualTo(ErrorKind.FATAL);
        });
        assertThat(client.siteInfo().missingFunctions(List.of("core_course_get_categories")))
                .containsExactly("core_course_get_categories");
    }

    @Test
    void moodleDownIsARetryableTransportFailure() {
        moodle.failWith("core_user_get_users_by_field", 503);

        assertThatThrownBy(() -> client.usersByField(UserField.ID, List.of("3")))
                .isInstanceOfSatisfying(MoodleTransportException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.httpStatus()).hasValue(503);
                });
        assertThat(client.courses(List.of(2L))).hasSize(1);
    }

    @Test
    void failNextFailsOnlyThatManyCalls() {
        moodle.failNext(2, 503);

        assertThatThrownBy(client::siteInfo).isInstanceOf(MoodleTransportException.class);
        assertThatThrownBy(client::siteInfo).isInstanceOf(MoodleTransportException.class);
        assertThat(client.siteInfo().userId()).isEqualTo(12);
        assertThat(moodle.calls("core_webservice_get_site_info")).isEqualTo(3);
    }

    @Test
    void aSlowMoodleTimesOutAsATransientFailure() {
        moodle.slow(Duration.ofSeconds(2));
        MoodleClient impatient = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token(), null,
                Duration.ofMillis(200)));

        assertThatThrownBy(impatient::siteInfo).isInstanceOfSatisfying(MoodleTransportException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSIENT));
    }

    @Test
    void everyCallIsKeptWithItsFormFieldsAndTheTokenOnlyInTheBody() {
        client.usersByField(UserField.USERNAME, List.of("budi.santoso"));

        assertThat(moodle.requests()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.wsfunction()).isEqualTo("core_user_get_users_by_field");
            assertThat(call.form()).containsEntry("wstoken", "TEST-TOKEN").containsEntry("field", "username")
                    .containsEntry("values[0]", "budi.santoso");
            assertThat(call.tokenInUrl()).isFalse();
        });
    }
}
