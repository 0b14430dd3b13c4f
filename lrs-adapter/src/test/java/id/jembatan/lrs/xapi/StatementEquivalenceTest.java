package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementEquivalenceTest {

    private static final Statement SENT = SampleStatements.courseCompletion(7);

    @Test
    void theCopyTheLrsStoredIsTheStatementWeSent() {
        Statement stored = XapiJson.readStatement(Fixtures.lrs("statement-stored-learning-locker.json"));

        assertThat(stored.id()).isEqualTo(SENT.id());
        assertThat(stored).isNotEqualTo(SENT);
        assertThat(StatementEquivalence.equivalent(SENT, stored)).isTrue();
    }

    @Test
    void theSameInstantInAnotherZoneAndPrecisionIsTheSameTimestamp() {
        assertThat(StatementEquivalence.equivalent(SENT,
                SENT.toBuilder().timestamp("2025-03-01T09:15:00.000400+07:00").build())).isTrue();
        assertThat(StatementEquivalence.equivalent(SENT,
                SENT.toBuilder().timestamp("2025-03-01T09:15:00.001+07:00").build())).isFalse();
    }

    @Test
    void aDifferentResultIsADifferentStatement() {
        Statement incomplete = SENT.toBuilder().result(Result.builder().completion(false).duration("PT6H").build())
                .build();

        assertThat(StatementEquivalence.equivalent(SENT, incomplete)).isFalse();
    }

    @Test
    void durationsAreComparedAsText() {
        Statement sameTimeOtherText = SENT.toBuilder()
                .result(Result.builder().completion(true).duration("PT360M").build()).build();

        assertThat(StatementEquivalence.equivalent(SENT, sameTimeOtherText)).isFalse();
    }

    @Test
    void integerAndDecimalSpellingsOfANumberAreEqual() {
        Statement decimal = SENT.toBuilder().context(SENT.context().toBuilder()
                .extension(XapiProfile.EXT_JP, 8.0).build()).build();

        assertThat(StatementEquivalence.equivalent(SENT, decimal)).isTrue();
        assertThat(StatementEquivalence.equivalent(SENT, SENT.toBuilder().context(SENT.context().toBuilder()
                .extension(XapiProfile.EXT_JP, 8.5).build()).build())).isFalse();
    }

    @Test
    void groupMemberOrderAndMailDomainCaseDoNotMatter() {
        Agent a = Agent.ofMbox("Siti@Kota.go.id", null);
        Agent b = Agent.ofMbox("budi@kota.go.id", null);
        Statement ours = SENT.toBuilder().actor(Group.anonymous(List.of(a, b))).build();
        Statement theirs = SENT.toBuilder().actor(Group.anonymous(List.of(b, Agent.ofMbox("Siti@kota.go.id", null))))
                .build();

        assertThat(StatementEquivalence.equivalent(ours, theirs)).isTrue();
        assertThat(StatementEquivalence.equivalent(ours, SENT.toBuilder()
                .actor(Group.anonymous(List.of(b, Agent.ofMbox("siti@kota.go.id", null)))).build())).isFalse();
    }

    @Test
    void activityDefinitionsAndVerbDisplayAreNotPartOfTheStatement() {
        Statement renamed = SENT.toBuilder()
                .verb(new Verb(SENT.verb().id(), Map.of("en-US", "finished")))
                .object(new Activity(((Activity) SENT.object()).id(),
                        ActivityDefinition.of(XapiProfile.TYPE_COURSE, Map.of("id-ID", "Nama baru"))))
                .build();

        assertThat(StatementEquivalence.equivalent(SENT, renamed)).isTrue();
        assertThat(StatementEquivalence.equivalent(SENT, SENT.toBuilder()
                .object(Activity.of(URI.create("https://elearning.kota.go.id/course/view.php?id=8"))).build()))
                .isFalse();
    }
}
