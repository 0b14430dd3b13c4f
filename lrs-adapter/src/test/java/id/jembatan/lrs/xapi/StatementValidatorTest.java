package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StatementValidatorTest {

    private static final Statement VALID = SampleStatements.quizPassed(12345, 85);

    @Test
    void theSampleStatementsAreValid() {
        assertThat(StatementValidator.validate(VALID)).isEmpty();
        assertThat(StatementValidator.validate(SampleStatements.courseCompletion(7))).isEmpty();
    }

    @Test
    void missingActorVerbAndObjectAreEachReported() {
        assertThat(StatementValidator.validate(Statement.builder().build()))
                .extracting(Violation::toString)
                .containsExactly("actor: is required", "verb: is required", "object: is required");
    }

    @Test
    void anAgentWithoutAnIdentifierIsReported() {
        Statement statement = VALID.toBuilder().actor(new Agent("Siti", null, null, null, null)).build();

        assertThat(StatementValidator.validate(statement)).containsExactly(new Violation("actor",
                "an Agent needs exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), has 0"));
    }

    @Test
    void anAgentWithTwoIdentifiersIsReported() {
        Statement statement = VALID.toBuilder().actor(new Agent(null, "mailto:siti@kota.go.id", null, null,
                new Account(SampleStatements.HOME_PAGE, SampleStatements.NIP))).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::message)
                .containsExactly("an Agent needs exactly one inverse functional identifier "
                        + "(mbox, mbox_sha1sum, openid or account), has 2");
    }

    @Test
    void anAccountNeedsAnAbsoluteHomePageAndAName() {
        Statement statement = VALID.toBuilder().actor(new Agent(null, null, null, null,
                new Account(URI.create("sso.kota.go.id"), " "))).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::toString).containsExactly(
                "actor.account.homePage: must be an absolute IRI with a scheme, e.g. https://..., was 'sso.kota.go.id'",
                "actor.account.name: is required (Jembatan: the NIP or its pseudonym)");
    }

    @Test
    void mboxMustBeAMailtoIriAndSha1sumFortyHexDigits() {
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .actor(new Agent(null, "siti@kota.go.id", null, null, null)).build()))
                .extracting(Violation::path).containsExactly("actor.mbox");
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .actor(new Agent(null, null, "abc", null, null)).build()))
                .extracting(Violation::path).containsExactly("actor.mbox_sha1sum");
    }

    @Test
    void anAnonymousGroupNeedsMembers() {
        assertThat(StatementValidator.validate(VALID.toBuilder().actor(Group.anonymous(List.of())).build()))
                .extracting(Violation::path).containsExactly("actor.member");
    }

    @Test
    void verbAndObjectIdsMustBeAbsoluteIris() {
        Statement statement = VALID.toBuilder()
                .verb(Verb.of("completed", Map.of("en-US", "completed")))
                .object(Activity.of(URI.create("/course/view.php?id=7")))
                .build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::toString).containsExactly(
                "verb.id: must be an absolute IRI with a scheme, e.g. https://..., was 'completed'",
                "object.id: must be an absolute IRI with a scheme, e.g. https://..., was '/course/view.php?id=7'");
    }

    @Test
    void scaledScoreMustBeBetweenMinusOneAndOne() {
        Statement statement = VALID.toBuilder().result(Result.builder().score(Score.scaled(1.5)).build()).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::toString)
                .containsExactly("result.score.scaled: must be between -1 and 1, was 1.5");
    }

    @Test
    void rawScoreMustLieWithinMinAndMaxAndMinBelowMax() {
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .result(Result.builder().score(new Score(null, 120.0, 0.0, 100.0)).build()).build()))
                .extracting(Violation::toString)
                .containsExactly("result.score.raw: must not be above max (100.0), was 120.0");
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .result(Result.builder().score(new Score(null, null, 10.0, 10.0)).build()).build()))
                .extracting(Violation::toString)
                .containsExactly("result.score.min: must be less than max (10.0), was 10.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H30M", "P1D", "PT0.5S", "P1Y2M3DT4H5M6S", "P3W", "PT45M", "P0D", "PT1,5H"})
    void iso8601DurationsAreAccepted(String duration) {
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .result(Result.builder().duration(duration).build()).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:30", "PT", "P", "P1YT", "PT1.5", "90 minutes", "pt1h", "PT-1H", "P1W2D", ""})
    void otherDurationsAreReported(String duration) {
        assertThat(StatementValidator.validate(VALID.toBuilder()
                .result(Result.builder().duration(duration).build()).build()))
                .extracting(Violation::path).containsExactly("result.duration");
    }

    @Test
    void aTimestampWithoutZoneOffsetIsReportedWithAnExample() {
        Statement statement = VALID.toBuilder().timestamp("2025-03-01T09:15:00").build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::toString).containsExactly(
                "timestamp: needs a zone offset, e.g. 2025-03-01T09:15:00+07:00 or 2025-03-01T02:15:00Z, "
                        + "was '2025-03-01T09:15:00'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01T09:15:00+07:00", "2025-03-01T02:15:00Z", "2025-03-01T02:15:00.123456Z",
            "2025-03-01T09:15+0700", "2025-03-01T09:15:00+07"})
    void timestampsWithAnOffsetAreAccepted(String timestamp) {
        assertThat(StatementValidator.validate(VALID.toBuilder().timestamp(timestamp).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T09:15:00Z", "01/03/2025 09:15", "2025-03-01 09:15:00Z", "1740798900"})
    void malformedTimestampsAreReported(String timestamp) {
        assertThat(StatementValidator.validate(VALID.toBuilder().timestamp(timestamp).build()))
                .extracting(Violation::path).containsExactly("timestamp");
    }

    @Test
    void theStatementIdMustBeAnRfc4122Uuid() {
        Statement statement = VALID.toBuilder().id(new UUID(0, 0)).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::toString).containsExactly(
                "id: must be an RFC 4122 UUID (variant 2, version 1 to 5), was 00000000-0000-0000-0000-000000000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "en", "en-US", "zh-Hant-TW", "es-419", "de-CH-1901", "x-local",
            "en-GB-x-private"})
    void languageTagsAreAcceptedAsMapKeys(String tag) {
        Statement statement = VALID.toBuilder().verb(Verb.of(XapiProfile.PASSED.id().toString(), Map.of(tag, "x")))
                .build();

        assertThat(StatementValidator.validate(statement)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Indonesian", "id_ID", "", "i", "en-", "-US", "en--US", "toolongtag"})
    void otherMapKeysAreReported(String tag) {
        Statement statement = VALID.toBuilder().verb(Verb.of(XapiProfile.PASSED.id().toString(), Map.of(tag, "x")))
                .build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::path).containsExactly("verb.display");
    }

    @Test
    void aVoidingStatementNeedsAStatementRef() {
        Statement statement = VALID.toBuilder().verb(XapiProfile.VOIDED).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::path).containsExactly("object");
        assertThat(StatementValidator.validate(statement.toBuilder().object(new StatementRef(VALID.id()))
                .context(null).build())).isEmpty();
    }

    @Test
    void platformIsOnlyAllowedWhenTheObjectIsAnActivity() {
        Statement statement = VALID.toBuilder().object(Agent.ofMbox("rekan@kota.go.id", null)).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::path)
                .containsExactly("context.platform");
    }

    @Test
    void aSubStatementCannotContainAnother() {
        SubStatement inner = new SubStatement(VALID.actor(), VALID.verb(), VALID.object(), null, null, null, null);
        SubStatement outer = new SubStatement(VALID.actor(), VALID.verb(), inner, null, null, null, null);

        assertThat(StatementValidator.validate(VALID.toBuilder().object(outer).context(null).build()))
                .extracting(Violation::toString)
                .containsExactly("object.object: a SubStatement cannot contain another SubStatement");
    }

    @Test
    void extensionKeysMustBeAbsoluteIris() {
        Statement statement = VALID.toBuilder()
                .result(Result.builder().extensions(Map.of(URI.create("jp"), 8)).build()).build();

        assertThat(StatementValidator.validate(statement)).extracting(Violation::path)
                .containsExactly("result.extensions");
    }
}
