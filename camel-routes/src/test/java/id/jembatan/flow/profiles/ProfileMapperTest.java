package id.jembatan.flow.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.AsnProfile;
import id.jembatan.hr.simpeg.AsnState;
import id.jembatan.hr.simpeg.EmploymentStatus;
import id.jembatan.hr.simpeg.Intern;
import id.jembatan.hr.simpeg.JabatanKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ProfileMapperTest {

    private static final ProfileSettings SETTINGS = ProfileSettings.defaults("Pemerintah Kota Tangerang Selatan");
    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 10, 8, 0);

    private static ProfileMapper on(LocalDate day) {
        return new ProfileMapper(SETTINGS, Clock.fixed(day.atStartOfDay(ProfileSettings.WIB).toInstant(),
                ProfileSettings.WIB));
    }

    private static AsnProfile asn(String front, String name, String back, String email, AsnState state) {
        return new AsnProfile(Nip.of("199001012015031001"), front, name, back, email, null, "1.02",
                "Dinas Kesehatan", "Perawat Ahli Pertama", JabatanKind.FUNGSIONAL, "III/a", EmploymentStatus.PNS,
                state, null, null, null, STAMP);
    }

    private static Intern intern(LocalDate end) {
        return new Intern("3674011201030001", Intern.IdKind.NIK, "Rizky Pratama", "Rizky.P@student.unpam.ac.id",
                "Universitas Pamulang", "1.02", "Dinas Kesehatan", null, LocalDate.of(2026, 1, 1), end, STAMP);
    }

    @Test
    void theLastWordOfTheNameIsTheLastNameWithTheTitlesOnTheirSides() {
        assertThat(ProfileMapper.split("Dr.", "Budi Santoso", "S.Kom., M.M."))
                .containsExactly("Dr. Budi", "Santoso, S.Kom., M.M.");
        assertThat(ProfileMapper.split(null, "Siti Nur Aisyah", null)).containsExactly("Siti Nur", "Aisyah");
    }

    @Test
    void aOneWordNameIsTheFirstNameAndTheLastNameIsTheBackTitleOrADash() {
        assertThat(ProfileMapper.split(null, "Suharto", null)).containsExactly("Suharto", "-");
        assertThat(ProfileMapper.split("Ir.", "Suharto", "M.T.")).containsExactly("Ir. Suharto", "M.T.");
    }

    @Test
    void anActiveAsnBecomesAnAccountNamedByNipInItsOpdAndPositionKindCohorts() {
        ProfileMapper.Mapped mapped = on(LocalDate.of(2026, 1, 15))
                .asn(asn(null, "Budi Santoso", null, "budi@tangerangselatankota.go.id", AsnState.ACTIVE));

        assertThat(mapped).isInstanceOfSatisfying(ProfileMapper.Ok.class, ok -> {
            MoodleProfile profile = ok.profile();
            assertThat(profile.username()).isEqualTo("199001012015031001");
            assertThat(profile.idNumber()).isEqualTo("199001012015031001");
            assertThat(profile.department()).isEqualTo("Dinas Kesehatan");
            assertThat(profile.fields()).containsExactly(java.util.Map.entry("jabatan", "Perawat Ahli Pertama"),
                    java.util.Map.entry("golongan", "III/a"));
            assertThat(profile.cohortIds()).containsExactly("OPD-1.02", "JABATAN-FUNGSIONAL");
            assertThat(profile.suspended()).isFalse();
        });
    }

    @Test
    void anActiveAsnWithoutEmailIsRefusedButARetiredOneIsSuspendedWithoutIt() {
        ProfileMapper mapper = on(LocalDate.of(2026, 1, 15));

        assertThat(mapper.asn(asn(null, "Budi Santoso", null, null, AsnState.ACTIVE)))
                .isInstanceOfSatisfying(ProfileMapper.Refused.class,
                        refused -> assertThat(refused.reason()).contains("email wajib").contains("needs an email"));
        assertThat(mapper.asn(asn(null, "Budi Santoso", null, null, AsnState.RETIRED)))
                .isInstanceOfSatisfying(ProfileMapper.Ok.class, ok -> {
                    assertThat(ok.profile().suspended()).isTrue();
                    assertThat(ok.profile().email()).isNull();
                });
    }

    @Test
    void aNameLongerThanMoodleTakesIsRefused() {
        assertThat(on(LocalDate.of(2026, 1, 15)).asn(asn(null, "Budi " + "x".repeat(120), null,
                "budi@tangerangselatankota.go.id", AsnState.ACTIVE)))
                .isInstanceOfSatisfying(ProfileMapper.Refused.class,
                        refused -> assertThat(refused.reason()).contains("Moodle menolaknya").contains("Moodle refuses"));
    }

    @Test
    void anInternGetsTheUsernameSchemeTheHostOpdAndUniversityCohortsAndIsSuspendedTheDayAfterTheEnd() {
        LocalDate end = LocalDate.of(2026, 3, 31);
        MoodleProfile onLastDay = ((ProfileMapper.Ok) on(end).intern(intern(end))).profile();
        MoodleProfile dayAfter = ((ProfileMapper.Ok) on(end.plusDays(1)).intern(intern(end))).profile();

        assertThat(onLastDay.username()).isEqualTo("magang.3674011201030001");
        assertThat(onLastDay.idNumber()).isEqualTo("MAGANG-3674011201030001");
        assertThat(onLastDay.cohorts()).containsExactly(new CohortSpec("OPD-1.02", "Dinas Kesehatan"),
                new CohortSpec("MAGANG-UNIVERSITAS-PAMULANG", "Magang Universitas Pamulang"));
        assertThat(onLastDay.suspended()).isFalse();
        assertThat(dayAfter.suspended()).isTrue();
        assertThat(dayAfter.hash()).isNotEqualTo(onLastDay.hash());
    }

    @Test
    void theInternUsernameSchemeCanUseTheEmailAddress() {
        ProfileSettings byEmail = new ProfileSettings("Pemkot", "jabatan", "golongan", "manual", "OPD-", "JABATAN-",
                "MAGANG-", "MAGANG-", "{email}", ProfileSettings.WIB, 50, 500);
        ProfileMapper mapper = new ProfileMapper(byEmail, Clock.systemUTC());

        assertThat(((ProfileMapper.Ok) mapper.intern(intern(LocalDate.of(2026, 3, 31)))).profile().username())
                .isEqualTo("rizky.p");
    }

    @Test
    void theSentStateKeepsTheHashAndTheCohorts() {
        SentState state = new SentState("abc", java.util.List.of("OPD-1.02", "JABATAN-PELAKSANA"));

        assertThat(SentState.parse(state.format())).isEqualTo(state);
        assertThat(SentState.parse("abc|")).isEqualTo(new SentState("abc", java.util.List.of()));
    }

    @Test
    void theSentStateKeepsTheMoodleUserIdAndSuspensionAndReadsValuesWrittenBeforeIt() {
        SentState state = new SentState("abc", java.util.List.of("OPD-1.02"), 4211L, true);

        assertThat(state.format()).isEqualTo("abc|OPD-1.02|4211|1");
        assertThat(SentState.parse(state.format())).isEqualTo(state);
        assertThat(SentState.parse("abc|OPD-1.02")).isEqualTo(new SentState("abc", java.util.List.of("OPD-1.02"),
                null, false));
        assertThat(SentState.parse("abc||7|0")).isEqualTo(new SentState("abc", java.util.List.of(), 7L, false));
    }
}
