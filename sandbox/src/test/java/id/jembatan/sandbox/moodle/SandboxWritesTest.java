package id.jembatan.sandbox.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.moodle.Cohort;
import id.jembatan.moodle.CohortMember;
import id.jembatan.moodle.CohortMembership;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.CreatedUser;
import id.jembatan.moodle.Enrolment;
import id.jembatan.moodle.InstantMessage;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.NewCohort;
import id.jembatan.moodle.NewUser;
import id.jembatan.moodle.SentMessage;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserCourse;
import id.jembatan.moodle.UserField;
import id.jembatan.moodle.UserUpdate;
import id.jembatan.moodle.Warning;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calls that change the site change what the sandbox serves, through the bridge's real {@link MoodleClient}. */
class SandboxWritesTest {

    private static final String NIP = "199001012015031001";

    private MoodleSandbox moodle;
    private MoodleClient client;

    @BeforeEach
    void start() {
        moodle = MoodleSandbox.start(SandboxData.recorded().withFunctions("core_cohort_delete_cohort_members"));
        client = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token()));
    }

    @AfterEach
    void stop() {
        moodle.close();
    }

    private static NewUser dewi() {
        return NewUser.builder("dewi.anggraini", "Dewi", "Anggraini", "dewi@tangsel.example").idNumber(NIP)
                .department("Dinas Kesehatan").profileField("jabatan", "Perawat Ahli Pertama").build();
    }

    @Test
    void aCreatedUserGetsTheNextIdAndIsFoundByHerNip() {
        List<CreatedUser> created = client.createUsers(List.of(dewi()));

        assertThat(created).containsExactly(new CreatedUser(14, "dewi.anggraini"));
        List<User> found = client.usersByField(UserField.IDNUMBER, List.of(NIP));
        assertThat(found).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(14);
            assertThat(u.profileField("jabatan")).contains("Perawat Ahli Pertama");
        });
        assertThat(moodle.data().user(14)).hasValueSatisfying(u -> assertThat(u.department())
                .isEqualTo("Dinas Kesehatan"));
    }

    @Test
    void aBatchWithATakenUsernameIsRefusedWholeAsMoodleDoes() {
        NewUser taken = NewUser.builder("budi.santoso", "Budi", "S", "b2@tangsel.example").build();

        assertThatThrownBy(() -> client.createUsers(List.of(dewi(), taken))).isInstanceOfSatisfying(
                MoodleException.class, e -> assertThat(e.errorcode()).isEqualTo("invalidparameter"));
        assertThat(client.usersByField(UserField.IDNUMBER, List.of(NIP))).isEmpty();
    }

    @Test
    void anUpdateSuspendsAndAnUnknownIdIsAWarning() {
        long id = client.createUsers(List.of(dewi())).get(0).id();

        List<Warning> warnings = client.updateUsers(List.of(UserUpdate.builder(id).suspended(true).build(),
                UserUpdate.builder(99_999).department("Dinas Perhubungan").build()));

        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.warningCode()).isEqualTo("invaliduserid"));
        assertThat(moodle.data().user(id)).hasValueSatisfying(u -> assertThat(u.suspended()).isTrue());
    }

    @Test
    void cohortsAreCreatedListedAndTheirMembersKept() {
        long id = client.createUsers(List.of(dewi())).get(0).id();
        List<Cohort> created = client.createCohorts(List.of(NewCohort.system("Dinas Kesehatan", "OPD-DINKES")));

        List<Warning> warnings = client.addCohortMembers(List.of(
                CohortMember.of(CohortMember.CohortRef.idNumber("OPD-DINKES"), CohortMember.UserRef.id(id)),
                CohortMember.of(CohortMember.CohortRef.idNumber("OPD-DINKES"),
                        CohortMember.UserRef.idNumber("199912312099121999"))));

        assertThat(created).singleElement().satisfies(c -> assertThat(c.idNumber()).isEqualTo("OPD-DINKES"));
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("invalid parameter: usertype=idnumber"));
        assertThat(client.cohorts()).extracting(Cohort::idNumber).containsExactly("OPD-DINKES");
        assertThat(moodle.data().cohortMembers("OPD-DINKES")).containsExactly(id);
        assertThatThrownBy(() -> client.createCohorts(List.of(NewCohort.system("Dup", "OPD-DINKES"))))
                .isInstanceOf(MoodleException.class);

        client.deleteCohortMembers(List.of(new CohortMembership(created.get(0).id(), id)));
        assertThat(moodle.data().cohorts()).singleElement().satisfies(c -> assertThat(c.members()).isZero());
    }

    @Test
    void aManualEnrolmentMakesALearnerWhoseCompletionCanBeRead() {
        long id = client.createUsers(List.of(dewi())).get(0).id();

        client.enrol(List.of(Enrolment.of(5, id, 6)));

        assertThat(moodle.data().enrolledUserIds(6)).contains(id);
        CourseCompletionResult completion = client.courseCompletionStatus(6, id);
        assertThat(completion.completed()).isFalse();
        assertThatThrownBy(() -> client.enrol(List.of(Enrolment.of(5, 99_999, 6))))
                .isInstanceOfSatisfying(MoodleException.class, e -> assertThat(e.errorcode()).isEqualTo("invaliduser"));
    }

    @Test
    void aUsersCoursesListTheEnrolmentsWithCompletion() {
        assertThat(client.userCourses(3)).extracting(UserCourse::shortName)
                .contains("PBJ-DASAR-2025", "WASBANG-2025");
        assertThat(client.userCourses(3)).filteredOn(c -> c.shortName().equals("WASBANG-2025")).singleElement()
                .satisfies(c -> assertThat(c.completed()).isTrue());
        assertThat(client.userCourses(99_999)).isEmpty();
    }

    @Test
    void messagesAreKeptAndOneToAnUnknownUserIsRefusedInTheAnswer() {
        List<SentMessage> sent = client.sendInstantMessages(List.of(InstantMessage.plain(3, "Yth. Bapak Budi")
                .withClientMsgId("demo-1"), InstantMessage.plain(99_999, "Tes")));

        assertThat(sent).extracting(SentMessage::delivered).containsExactly(true, false);
        assertThat(moodle.messages()).containsExactly(new SandboxMessage(3, "Yth. Bapak Budi", "demo-1"));
    }

    @Test
    void aSiteNamedAsASandboxSaysSoInItsSiteInfo() {
        moodle.serve(moodle.data().withSiteName("SANDBOX — Moodle tiruan / simulated Moodle"));

        assertThat(client.siteInfo().siteName()).isEqualTo("SANDBOX — Moodle tiruan / simulated Moodle");
    }
}
