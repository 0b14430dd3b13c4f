package id.jembatan.bridge.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConflictException;
import id.jembatan.lrs.LrsRejectedException;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.StatementPage;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Score;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementEquivalence;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Verb;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The same {@link LrsClient} scenarios against every kind of LRS the bridge may talk to — the embedded store in
 * process, the embedded store over HTTP, and the real LRS of {@code -Ppeers} — asserting only what xAPI 1.0.3 fixes,
 * so the embedded store is checked against a real LRS's observable behaviour. Each run uses its own agent and
 * activities, so a shared LRS does not disturb it.
 */
abstract class LrsClientScenarios {

    private static final URI HOME_PAGE = URI.create("https://sso.scenario.test");

    private final String run = UUID.randomUUID().toString();
    private final URI site = URI.create("https://elearning-" + run.substring(0, 8) + ".scenario.test");
    private final Agent asn = XapiProfile.asn(HOME_PAGE, "scenario-" + run, "ASN Skenario");

    abstract LrsClient client();

    Statement completion(int course) {
        return Statement.builder().id(UUID.randomUUID()).actor(asn).verb(XapiProfile.COMPLETED)
                .object(XapiProfile.course(site, 1000L + course, "Pelatihan " + run + " " + course))
                .result(Result.builder().completion(true).build())
                .timestamp(Instant.parse("2025-03-01T02:15:00Z")).build();
    }

    @Test
    void aPostedBatchComesBackInRequestOrderAndEachStatementWithStoredAuthorityAndVersion() {
        List<Statement> batch = IntStream.rangeClosed(1, 3).mapToObj(this::completion).toList();
        Statement withoutId = completion(4).toBuilder().id(null).build();

        List<UUID> ids = client().post(batch);
        List<UUID> assigned = client().post(List.of(withoutId));

        assertThat(ids).containsExactlyElementsOf(batch.stream().map(Statement::id).toList());
        assertThat(assigned).hasSize(1);
        Statement stored = client().get(batch.get(1).id()).orElseThrow();
        assertThat(stored.stored()).isNotNull();
        assertThat(stored.authority()).isNotNull();
        assertThat(stored.version()).startsWith("1.0");
        assertThat(StatementEquivalence.equivalent(batch.get(1), stored)).isTrue();
        assertThat(client().get(assigned.get(0))).isPresent();
        assertThat(client().get(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theSameStatementAgainIsDeliveredAndAChangedOneIsAConflict() {
        Statement original = completion(1);
        client().post(List.of(original));
        Statement changed = original.toBuilder()
                .result(Result.builder().completion(true).score(Score.ofRaw(70, 0, 100)).build()).build();

        List<DeliveryOutcome> again = new StatementDelivery(client()).deliver(List.of(original));

        assertThat(again).extracting(DeliveryOutcome::status).containsExactly(DeliveryOutcome.Status.DELIVERED);
        client().put(original);
        assertThatThrownBy(() -> client().post(List.of(changed))).isInstanceOf(LrsConflictException.class);
        assertThatThrownBy(() -> client().put(changed)).isInstanceOf(LrsConflictException.class);
        List<DeliveryOutcome> conflict = new StatementDelivery(client()).deliver(List.of(changed));
        assertThat(conflict).extracting(DeliveryOutcome::status).containsExactly(DeliveryOutcome.Status.CONFLICT);
    }

    @Test
    void anIdTwiceInOneBatchIsRejected() {
        Statement statement = completion(1);

        assertThatThrownBy(() -> client().post(List.of(statement, statement)))
                .isInstanceOf(LrsRejectedException.class)
                .satisfies(e -> assertThat(((LrsRejectedException) e).status()).hasValue(400));
        assertThat(client().get(statement.id())).isEmpty();
    }

    @Test
    void aVoidedStatementIsOnlyFoundAsVoidedAndItsVoidingStatementIsQueryable() {
        Statement target = completion(1);
        Statement voiding = Statement.builder().id(UUID.randomUUID()).actor(asn)
                .verb(new Verb(URI.create("http://adlnet.gov/expapi/verbs/voided"), java.util.Map.of("en-US", "voided")))
                .object(new StatementRef(target.id())).build();
        client().post(List.of(target));
        client().post(List.of(voiding));

        assertThat(client().get(target.id())).isEmpty();
        assertThat(client().getVoided(target.id())).hasValueSatisfying(
                statement -> assertThat(statement.id()).isEqualTo(target.id()));
        List<UUID> byAgent = client().statements(StatementQuery.builder().agent(asn).build())
                .map(Statement::id).toList();
        assertThat(byAgent).contains(voiding.id()).doesNotContain(target.id());
    }

    @Test
    void pagesFollowMoreOldestFirstAndSayHowFarTheyAreConsistent() {
        Instant before = Instant.now().minusSeconds(1);
        List<Statement> statements = IntStream.rangeClosed(1, 5).mapToObj(this::completion).toList();
        client().post(statements);
        List<UUID> ids = statements.stream().map(Statement::id).toList();

        List<StatementPage> pages = client().pages(StatementQuery.builder().agent(asn).ascending(true).limit(2)
                .build()).toList();
        List<UUID> newestFirst = client().statements(StatementQuery.builder().agent(asn).limit(2).build())
                .map(Statement::id).toList();
        List<UUID> sinceBefore = client().statements(StatementQuery.builder().since(before).ascending(true)
                .limit(50).build()).map(Statement::id).filter(ids::contains).toList();

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).more()).isPresent();
        assertThat(pages.get(2).more()).isEmpty();
        assertThat(pages.stream().flatMap(page -> page.statements().stream()).map(Statement::id).toList())
                .containsExactlyElementsOf(ids);
        assertThat(newestFirst).containsExactlyElementsOf(new java.util.ArrayList<>(ids) {{ java.util.Collections.reverse(this); }});
        assertThat(sinceBefore).containsExactlyElementsOf(ids);
        assertThat(pages.get(0).consistentThrough()).hasValueSatisfying(through ->
                assertThat(through).isAfter(before.minusSeconds(5)));
    }

    @Test
    void verbAndActivityFiltersSelectExactly() {
        Statement completed = completion(1);
        Statement passed = completion(2).toBuilder().verb(XapiProfile.PASSED).build();
        client().post(List.of(completed, passed));
        URI firstCourse = ((Activity) completed.object()).id();

        List<UUID> byVerb = client().statements(StatementQuery.builder().agent(asn).verb(XapiProfile.PASSED.id())
                .build()).map(Statement::id).toList();
        List<UUID> byActivity = client().statements(StatementQuery.builder().activity(firstCourse).build())
                .map(Statement::id).toList();

        assertThat(byVerb).containsExactly(passed.id());
        assertThat(byActivity).containsExactly(completed.id());
    }
}
