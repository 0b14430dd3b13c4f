package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CohortFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void cohortIsCreatedInTheSystemContext() {
        Fixture fixture = replay.answer("core_cohort_create_cohorts__ok");
        NewCohort dishub = NewCohort.system("Dinas Perhubungan", "OPD-DISHUB")
                .withDescription("Kohort pegawai Dinas Perhubungan", TextFormat.HTML)
                .withVisible(true);

        List<Cohort> created = replay.client().createCohorts(List.of(dishub));

        assertThat(created).containsExactly(new Cohort(5, "Dinas Perhubungan", "OPD-DISHUB",
                "Kohort pegawai Dinas Perhubungan", 1, true, ""));
        replay.verifySent(fixture);
    }

    @Test
    void duplicateCohortIdNumberIsPermanent() {
        Fixture fixture = replay.answer("core_cohort_create_cohorts__error_duplicate_idnumber");

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client()
                .createCohorts(List.of(NewCohort.system("Dinas Perhubungan (dup)", "OPD-DISHUB"))));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        replay.verifySent(fixture);
    }

    @Test
    void memberIsAddedByCohortIdNumberAndUsername() {
        Fixture fixture = replay.answer("core_cohort_add_cohort_members__ok_by_idnumber_and_username");

        List<Warning> warnings = replay.client().addCohortMembers(List.of(CohortMember.of(
                CohortMember.CohortRef.idNumber("OPD-DISKOMINFO"), CohortMember.UserRef.username("yoga.pratama"))));

        assertThat(warnings).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void unknownMemberComesBackAsAWarning() {
        Fixture fixture = replay.answer("core_cohort_add_cohort_members__warning_nonexistent_user");

        List<Warning> warnings = replay.client().addCohortMembers(List.of(CohortMember.of(
                CohortMember.CohortRef.idNumber("OPD-DISKOMINFO"),
                CohortMember.UserRef.idNumber("199912312099121999"))));

        assertThat(warnings).containsExactly(new Warning(null, null, "1", "invalid parameter: usertype=idnumber"));
        replay.verifySent(fixture);
    }

    @Test
    void membersAreRemovedWithABareNullAnswer() {
        Fixture fixture = replay.answer("core_cohort_delete_cohort_members__ok");

        replay.client().deleteCohortMembers(List.of(new CohortMembership(1, 13)));

        replay.verifySent(fixture);
    }

    @Test
    void allCohorts() {
        Fixture fixture = replay.answer("core_cohort_get_cohorts__all");

        List<Cohort> cohorts = replay.client().cohorts();

        assertThat(cohorts).extracting(Cohort::idNumber)
                .containsExactly("OPD-DISKOMINFO", "OPD-BKPSDM", "OPD-DISDIKBUD", "OPD-BAPPERIDA");
        replay.verifySent(fixture);
    }

    @Test
    void cohortsById() {
        Fixture fixture = replay.answer("core_cohort_get_cohorts__by_ids");

        List<Cohort> cohorts = replay.client().cohorts(List.of(1L, 2L));

        assertThat(cohorts).extracting(Cohort::id).containsExactly(1L, 2L);
        assertThat(cohorts.get(0).visible()).isTrue();
        assertThat(cohorts.get(0).descriptionFormat()).isEqualTo(1);
        replay.verifySent(fixture);
    }

    @Test
    void unknownCohortIdGivesNoCohorts() {
        Fixture fixture = replay.answer("core_cohort_get_cohorts__error_nonexistent_id");

        assertThat(replay.client().cohorts(List.of(99999L))).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void noCohortIdsMeansNoCallRatherThanEveryCohort() {
        assertThat(replay.client().cohorts(List.of())).isEmpty();
        replay.verifyNothingSent();
    }

    @Test
    void searchEndsAfterOneShortPage() {
        Fixture fixture = replay.answer("core_cohort_search_cohorts__all_opd");

        List<Cohort> cohorts = replay.client().searchCohorts("", ContextRef.id(1), CohortIncludes.ALL, 25).toList();

        assertThat(cohorts).extracting(Cohort::id).containsExactly(2L, 4L, 1L, 3L);
        replay.verifySent(fixture);
    }

    @Test
    void searchFollowsLimitFromUntilAShortPage() {
        Fixture[] pages = {Fixture.load("core_cohort_search_cohorts__paged_limit2"),
            Fixture.load("core_cohort_search_cohorts__paged_limit2_from2")};
        replay.answer(pages);

        Stream<Cohort> search = replay.client().searchCohorts("Dinas", ContextRef.SYSTEM, CohortIncludes.ALL, 2);

        assertThat(search.map(Cohort::idNumber)).containsExactly("OPD-DISKOMINFO", "OPD-DISDIKBUD");
        replay.verifySent(pages);
    }

    @Test
    void contextIsNamedEitherByIdOrByLevel() {
        FormParams byId = new FormParams().putObject("context", ContextRef.id(1)::writeTo);
        FormParams byLevel = new FormParams().putObject("context", ContextRef.level(ContextRef.Level.COURSE, 6)::writeTo);

        assertThat(byId.fields()).isEqualTo(params("context[contextid]", "1"));
        assertThat(byLevel.fields()).isEqualTo(params("context[contextlevel]", "course", "context[instanceid]", "6"));
        assertThatThrownBy(() -> new ContextRef(1L, ContextRef.Level.SYSTEM, 0L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
