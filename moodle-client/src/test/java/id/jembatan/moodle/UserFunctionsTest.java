package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserFunctionsTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void usersByIdLeaveUnknownIdsOut() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__by_id_multiple");

        List<User> users = replay.client().usersByField(UserField.ID, List.of("3", "13", "99999"));

        assertThat(users).extracting(User::id, User::username).containsExactly(
                tuple(3L, "budi.santoso"),
                tuple(13L, "yoga.pratama"));
        User yoga = users.get(1);
        assertThat(yoga.idNumber()).isEqualTo("199508172022031004");
        assertThat(yoga.department()).isEqualTo("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        assertThat(yoga.profileField("jabatan")).contains("Analis Kepegawaian Ahli Pertama");
        assertThat(yoga.profileField("golongan")).contains("Penata Muda (III/a)");
        assertThat(yoga.profileField("nosuchfield")).isEmpty();
        assertThat(yoga.suspended()).isFalse();
        assertThat(yoga.confirmed()).isTrue();
        assertThat(yoga.timezone()).isEqualTo("Asia/Jakarta");
        replay.verifySent(fixture);
    }

    @Test
    void unknownIdGivesNoUsers() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__by_id_nonexistent");

        assertThat(replay.client().usersByField(UserField.ID, List.of("99999"))).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void usersAreFoundByNip() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__by_idnumber_nip");

        List<User> users = replay.client()
                .usersByField(UserField.IDNUMBER, List.of("198703122010011004", "199005242015032001"));

        assertThat(users).extracting(User::idNumber).containsExactly("198703122010011004", "199005242015032001");
        assertThat(users.get(1).fullName()).isEqualTo("Siti Rahmawati");
        assertThat(users.get(1).profileField("golongan")).contains("Penata Muda Tk. I (III/b)");
        replay.verifySent(fixture);
    }

    @Test
    void unknownNipGivesNoUsers() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__by_idnumber_not_found");

        assertThat(replay.client().usersByField(UserField.IDNUMBER, List.of("199912312099121999"))).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void userIsFoundByUsername() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__by_username");

        List<User> users = replay.client().usersByField(UserField.USERNAME, List.of("budi.santoso"));

        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user.id()).isEqualTo(3);
            assertThat(user.email()).isEqualTo("budi.santoso@sukamaju.example");
            assertThat(user.lastAccess()).isEqualTo(1795908394L);
            assertThat(user.firstAccess()).isZero();
        });
        replay.verifySent(fixture);
    }

    @Test
    void noValuesMeansNoCall() {
        assertThat(replay.client().usersByField(UserField.ID, List.of())).isEmpty();
        replay.verifyNothingSent();
    }

    @Test
    void lookupFieldsAreOnlyThoseMoodleSupports() {
        assertThat(Arrays.stream(UserField.values()).map(FormParams::format))
                .containsExactly("id", "idnumber", "username", "email");
    }

    @Test
    void codingErrorAnswerIsPermanentForTheRecord() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__error_invalid_field_value");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().usersByField(UserField.USERNAME, List.of("x")));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("codingerror");
        assertThat(error.exceptionClass()).isEqualTo("core\\exception\\coding_exception");
        assertThat(error.getMessage()).contains("core_user_get_users_by_field", "codingerror", "invalid field parameter");
        assertThat(fixture.param("field")).isEqualTo("department");
        replay.verifySent("core_user_get_users_by_field", params("field", "username", "values[0]", "x"));
    }

    @Test
    void invalidParameterAnswerIsPermanentForTheRecord() {
        replay.answer("core_user_get_users_by_field__error_missing_field_param");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().usersByField(UserField.USERNAME, List.of("budi.santoso")));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        assertThat(error.moodleMessage()).isEqualTo("Invalid parameter value detected");
        assertThat(error.debuginfo()).isEmpty();
        replay.verifySent("core_user_get_users_by_field", params("field", "username", "values[0]", "budi.santoso"));
    }

    @Test
    void debugInfoIsKeptWhenTheSiteSendsIt() {
        replay.answer("core_user_get_users_by_field__error_missing_field_param_debug_on");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().usersByField(UserField.USERNAME, List.of("budi.santoso")));

        assertThat(error.debuginfo()).contains("Missing required key in single structure: field");
        assertThat(error.getMessage()).contains("Missing required key in single structure: field");
        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        replay.verifySent("core_user_get_users_by_field", params("field", "username", "values[0]", "budi.santoso"));
    }

    @Test
    void missingLookupFieldCannotBeSent() {
        MoodleClient client = replay.client();

        assertThatThrownBy(() -> client.usersByField(null, List.of("budi.santoso")))
                .isInstanceOf(NullPointerException.class);
        replay.verifyNothingSent();
    }

    @Test
    void xmlExceptionAnswerIsAFatalResponseErrorCarryingMoodlesCode() {
        Fixture fixture = replay.answer("core_user_get_users_by_field__error_xml_format_exception");

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().usersByField(UserField.ID, List.of("x")));

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("XML", "invalidparameter",
                "core\\exception\\invalid_parameter_exception", "Invalid parameter value detected", "POST bod");
        assertThat(fixture.params()).isEqualTo(params("values[0]", "x"));
        replay.verifySent("core_user_get_users_by_field", params("field", "id", "values[0]", "x"));
    }

    @Test
    void usersAreSearchedByNip() {
        Fixture fixture = replay.answer("core_user_get_users__by_idnumber");

        UsersResult result = replay.client()
                .users(List.of(UserCriterion.of(UserCriteriaKey.IDNUMBER, "198511072009021002")));

        assertThat(result.users()).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("agus.prasetyo");
            assertThat(user.profileField("jabatan")).contains("Analis Kepegawaian Ahli Muda");
        });
        assertThat(result.warnings()).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void usersAreSearchedByEmailWildcard() {
        Fixture fixture = replay.answer("core_user_get_users__by_email_wildcard");

        UsersResult result = replay.client()
                .users(List.of(UserCriterion.of(UserCriteriaKey.EMAIL, "%@sukamaju.example")));

        assertThat(result.users()).hasSize(11).extracting(User::username).contains("admin", "ws_simpeg_bridge")
                .doesNotContain("guest");
        User account = result.users().get(10);
        assertThat(account.preferences()).contains(new User.Preference("_lastloaded", "1795908588"));
        assertThat(result.users().get(0).idNumber()).isNull();
        replay.verifySent(fixture);
    }

    @Test
    void answerWithEveryUserBecauseACriterionWasIgnoredIsRefused() {
        Fixture fixture = replay.answer("core_user_get_users__invalid_criteria_key_warning");

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class, () -> replay.client()
                .users(List.of(UserCriterion.of(UserCriteriaKey.IDNUMBER, "198703122010011004"))));

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("department", "every one of its 12 users", "refused");
        assertThat(fixture.param("criteria[0][key]")).isEqualTo("department");
        replay.verifySent("core_user_get_users",
                params("criteria[0][key]", "idnumber", "criteria[0][value]", "198703122010011004"));
    }

    @Test
    void searchKeysAreExactlyThoseMoodleSupports() {
        assertThat(Arrays.stream(UserCriteriaKey.values()).map(FormParams::format))
                .containsExactlyInAnyOrder("id", "lastname", "firstname", "idnumber", "username", "email", "auth");
    }

    @Test
    void searchWithoutCriteriaOrWithARepeatedKeyIsRefusedBeforeAnyCall() {
        MoodleClient client = replay.client();

        assertThatThrownBy(() -> client.users(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every user");
        assertThatThrownBy(() -> client.users(List.of(UserCriterion.of(UserCriteriaKey.EMAIL, "a%"),
                UserCriterion.of(UserCriteriaKey.EMAIL, "b%")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserCriterion.of(UserCriteriaKey.EMAIL, " "))
                .isInstanceOf(IllegalArgumentException.class);
        replay.verifyNothingSent();
    }

    @Test
    void userIsCreatedWithProfileFields() {
        Fixture fixture = replay.answer("core_user_create_users__ok");
        NewUser yoga = NewUser.builder("yoga.pratama", "Yoga", "Pratama", "yoga.pratama@sukamaju.example")
                .auth("manual").password("Asn#Lab2025").idNumber("199508172022031004")
                .institution("Pemerintah Kabupaten Sukamaju").department("Dinas Komunikasi dan Informatika")
                .city("Sukamaju").country("ID").timezone("Asia/Jakarta")
                .profileField("golongan", "Penata Muda (III/a)")
                .profileField("jabatan", "Pranata Komputer Ahli Pertama")
                .build();

        List<CreatedUser> created = replay.client().createUsers(List.of(yoga));

        assertThat(created).containsExactly(new CreatedUser(13, "yoga.pratama"));
        replay.verifySent(fixture);
    }

    @Test
    void duplicateUsernameIsPermanentForTheRecord() {
        Fixture fixture = replay.answer("core_user_create_users__error_duplicate_username");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().createUsers(List.of(budiAgain())));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        assertThat(error.isPasswordPolicyViolation()).isFalse();
        replay.verifySent(fixture);
    }

    @Test
    void duplicateUsernameWithDebuggingOnSaysWhy() {
        Fixture fixture = replay.answer("core_user_create_users__error_duplicate_username_debug_on");

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().createUsers(List.of(budiAgain())));

        assertThat(error.debuginfo()).contains("Username already exists: budi.santoso");
        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        replay.verifySent(fixture);
    }

    @Test
    void userWithoutEmailIsRefusedBeforeAnyCall() {
        Fixture fixture = Fixture.load("core_user_create_users__error_missing_required_email");
        replay.answer(fixture);

        assertThatThrownBy(() -> NewUser.builder("tanpa.email", "Tanpa", "Email", null).password("Asn#Lab2025").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
        replay.verifyNothingSent();
        assertThat(fixture.params()).extracting(param -> param.getKey()).doesNotContain("users[0][email]");
    }

    @Test
    void missingEmailAnswerFromMoodleIsPermanentForTheRecord() {
        replay.answer("core_user_create_users__error_missing_required_email");
        NewUser user = NewUser.builder("tanpa.email", "Tanpa", "Email", "tanpa.email@sukamaju.example")
                .password("Asn#Lab2025").build();

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().createUsers(List.of(user)));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.errorcode()).isEqualTo("invalidparameter");
        replay.verifySent("core_user_create_users", params("users[0][username]", "tanpa.email",
                "users[0][password]", "Asn#Lab2025", "users[0][firstname]", "Tanpa", "users[0][lastname]", "Email",
                "users[0][email]", "tanpa.email@sukamaju.example"));
    }

    @Test
    void weakPasswordIsPermanentAndItsPolicyIsReadable() {
        Fixture fixture = replay.answer("core_user_create_users__error_weak_password");
        NewUser user = NewUser.builder("lemah.sandi", "Lemah", "Sandi", "lemah.sandi@sukamaju.example")
                .password("123").build();

        MoodleException error = catchThrowableOfType(MoodleException.class,
                () -> replay.client().createUsers(List.of(user)));

        assertThat(error.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(error.isPasswordPolicyViolation()).isTrue();
        assertThat(error.errorcode()).startsWith("<div>Passwords must be at least 8 characters long.</div>");
        assertThat(error.getMessage())
                .contains("password policy: Passwords must be at least 8 characters long.; Passwords must have")
                .doesNotContain("<div>").doesNotContain("123");
        replay.verifySent(fixture);
    }

    @Test
    void passwordsNeverShowInToString() {
        NewUser user = NewUser.builder("lemah.sandi", "Lemah", "Sandi", "l@x.example").password("Rahasia#2025").build();
        UserUpdate update = UserUpdate.builder(13).password("Rahasia#2025").build();

        assertThat(user.toString()).contains("lemah.sandi", "password=****").doesNotContain("Rahasia");
        assertThat(update.toString()).contains("id=13", "password=****").doesNotContain("Rahasia");
    }

    @Test
    void userIsUpdatedWithoutWarnings() {
        Fixture fixture = replay.answer("core_user_update_users__ok");
        UserUpdate update = UserUpdate.builder(13)
                .department("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
                .profileField("jabatan", "Analis Kepegawaian Ahli Pertama")
                .build();

        assertThat(replay.client().updateUsers(List.of(update))).isEmpty();
        replay.verifySent(fixture);
    }

    @Test
    void updateOfUnknownUserComesBackAsAWarning() {
        Fixture fixture = replay.answer("core_user_update_users__nonexistent_id");

        List<Warning> warnings = replay.client().updateUsers(List.of(
                UserUpdate.builder(99999).department("Dinas Komunikasi dan Informatika").build()));

        assertThat(warnings).containsExactly(new Warning("user", 99999L, "invaliduserid", "Invalid user ID"));
        replay.verifySent(fixture);
    }

    @Test
    void updateToADuplicateUsernameComesBackAsAWarning() {
        Fixture fixture = replay.answer("core_user_update_users__error_duplicate_username");

        List<Warning> warnings = replay.client().updateUsers(List.of(
                UserUpdate.builder(13).username("budi.santoso").build()));

        assertThat(warnings).containsExactly(new Warning("user", 13L, "dmlwriteexception", "Error writing to database"));
        replay.verifySent(fixture);
    }

    @Test
    void suspensionIsSentAsMoodlesBoolean() {
        replay.answer("core_user_update_users__ok");

        replay.client().updateUsers(List.of(UserUpdate.builder(13).suspended(true).build()));

        replay.verifySent("core_user_update_users", params("users[0][id]", "13", "users[0][suspended]", "1"));
    }

    private static NewUser budiAgain() {
        return NewUser.builder("budi.santoso", "Budi", "Santoso", "budi.santoso2@sukamaju.example")
                .password("Asn#Lab2025").idNumber("198703122010011004").build();
    }
}
