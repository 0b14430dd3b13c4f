package id.jembatan.lrs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jembatan.lrs.DeliveryOutcome.Status;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CheckedStatement;
import id.jembatan.lrs.xapi.Fixtures;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.SampleStatements;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Violation;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatementDeliveryTest {

    @RegisterExtension
    static WireMockExtension lrs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final LrsClient client = new LrsClient(new LrsConfig(URI.create(lrs.baseUrl() + "/xAPI/"), "jembatan",
            "rahasia-lrs", Duration.ofSeconds(2), Duration.ofSeconds(5)));
    private final StatementDelivery delivery = new StatementDelivery(client);

    /** 200 with the ids of the posted statements, as both LRSs answer. */
    static ResponseDefinitionBuilder storedIds() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[{{#each (jsonPath request.body '$[*].id') as |id|}}\"{{id}}\"{{#unless @last}},"
                        + "{{/unless}}{{/each}}]")
                .withTransformers("response-template");
    }

    static List<Statement> completions(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(SampleStatements::courseCompletion).toList();
    }

    static List<List<UUID>> postedBatches() {
        return lrs.findAll(postRequestedFor(urlEqualTo("/xAPI/statements"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> XapiJson.readStatements(body).stream().map(Statement::id).toList())
                .toList();
    }

    @Test
    void aBatchTheLrsAcceptsIsDeliveredInOneRequest() {
        lrs.stubFor(post("/xAPI/statements").willReturn(storedIds()));
        List<Statement> statements = completions(3);

        List<DeliveryOutcome> outcomes = delivery.deliver(statements);

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(Status.DELIVERED);
        assertThat(outcomes).extracting(DeliveryOutcome::statement).containsExactlyElementsOf(statements);
        assertThat(postedBatches()).containsExactly(statements.stream().map(Statement::id).toList());
    }

    @Test
    void statementsAreSentInBatchesOfTheConfiguredSize() {
        lrs.stubFor(post("/xAPI/statements").willReturn(storedIds()));

        List<DeliveryOutcome> outcomes = new StatementDelivery(client, 4).deliver(completions(10));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(Status.DELIVERED);
        assertThat(postedBatches()).extracting(List::size).containsExactly(4, 4, 2);
    }

    @Test
    void aConflictWithAnIdenticalStoredStatementIsDelivered() {
        Statement ours = SampleStatements.courseCompletion(7);
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"" + ours.id() + " is conflicting\"}")));
        lrs.stubFor(get("/xAPI/statements?statementId=" + ours.id())
                .willReturn(okJson(Fixtures.lrs("statement-stored-learning-locker.json"))));

        List<DeliveryOutcome> outcomes = delivery.deliver(List.of(ours));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(Status.DELIVERED);
            assertThat(outcome.statementId()).isEqualTo(ours.id());
        });
        lrs.verify(getRequestedFor(urlEqualTo("/xAPI/statements?statementId=" + ours.id()))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3")));
    }

    @Test
    void aConflictWithADifferentStoredStatementCarriesBothVersions() {
        Statement ours = SampleStatements.courseCompletion(7).toBuilder()
                .result(Result.builder().completion(true).duration("PT7H").build()).build();
        Statement stored = XapiJson.readStatement(Fixtures.lrs("statement-stored-learning-locker.json"));
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"" + ours.id() + " is conflicting\"}")));
        lrs.stubFor(get("/xAPI/statements?statementId=" + ours.id())
                .willReturn(okJson(Fixtures.lrs("statement-stored-learning-locker.json"))));

        DeliveryOutcome outcome = delivery.deliver(List.of(ours)).get(0);

        assertThat(outcome.status()).isEqualTo(Status.CONFLICT);
        assertThat(outcome.statement()).isEqualTo(ours);
        assertThat(outcome.stored()).contains(stored);
        assertThat(outcome.reason()).contains(ours.id() + " is conflicting");
    }

    @Test
    void aVoidingTheLrsHoldsWithAnotherContextIsDeliveredButAVoidingOfAnotherStatementIsAConflict() {
        UUID target = UUID.randomUUID();
        Statement stored = Statement.builder().id(UUID.randomUUID())
                .actor(XapiProfile.asn(SampleStatements.HOME_PAGE, SampleStatements.NIP, "Siti Rahmawati"))
                .verb(XapiProfile.VOIDED).object(new StatementRef(target)).timestamp("2026-03-01T08:00:00Z").build();
        // sent again by a later version of the bridge, with the course as context parent
        Statement ours = stored.toBuilder().context(XapiProfile.stepVoidingContext(SampleStatements.SITE,
                Activity.of(URI.create(SampleStatements.SITE + "/course/view.php?id=5")),
                Activity.of(URI.create(SampleStatements.SITE + "/mod/page/view.php?id=51")))).build();
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"" + ours.id() + " is conflicting\"}")));
        lrs.stubFor(get("/xAPI/statements?statementId=" + ours.id()).willReturn(okJson(XapiJson.toJson(stored))));

        assertThat(delivery.deliver(List.of(ours))).singleElement().extracting(DeliveryOutcome::status)
                .isEqualTo(Status.DELIVERED);

        Statement otherTarget = ours.toBuilder().object(new StatementRef(UUID.randomUUID())).build();
        assertThat(delivery.deliver(List.of(otherTarget))).singleElement().extracting(DeliveryOutcome::status)
                .isEqualTo(Status.CONFLICT);
    }

    @Test
    void aConflictInABatchIsSettledAndTheRestIsSentAgain() {
        List<Statement> statements = completions(3);
        Statement conflicting = statements.get(1);
        lrs.stubFor(post("/xAPI/statements").atPriority(1)
                .withRequestBody(containing(conflicting.id().toString()))
                .willReturn(aResponse().withStatus(409)
                        .withBody("{\"message\":\"" + conflicting.id() + " is conflicting\"}")));
        lrs.stubFor(post("/xAPI/statements").atPriority(5).willReturn(storedIds()));
        lrs.stubFor(get("/xAPI/statements?statementId=" + conflicting.id())
                .willReturn(okJson(XapiJson.toJson(conflicting.toBuilder()
                        .stored("2025-03-01T02:15:03.412Z").version("1.0.0").build()))));

        List<DeliveryOutcome> outcomes = delivery.deliver(statements);

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(Status.DELIVERED);
        assertThat(postedBatches()).containsExactly(
                statements.stream().map(Statement::id).toList(),
                List.of(statements.get(0).id(), statements.get(2).id()));
    }

    @Test
    void aBadStatementInABatchOfEightIsFoundBySplittingAndOnlyItIsRejected() {
        List<Statement> statements = completions(8);
        Statement bad = statements.get(5);
        lrs.stubFor(post("/xAPI/statements").atPriority(1)
                .withRequestBody(containing(bad.id().toString()))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"warnings\":[\"Problem in 'body.5.object.id'. Received '\\\"x\\\"'\"]}")));
        lrs.stubFor(post("/xAPI/statements").atPriority(5).willReturn(storedIds()));

        List<DeliveryOutcome> outcomes = delivery.deliver(statements);

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(Status.DELIVERED,
                Status.DELIVERED, Status.DELIVERED, Status.DELIVERED, Status.DELIVERED, Status.REJECTED,
                Status.DELIVERED, Status.DELIVERED);
        assertThat(outcomes.get(5).reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("rejected by the LRS (400): ").contains("body.5.object.id"));
        List<UUID> ids = statements.stream().map(Statement::id).toList();
        assertThat(postedBatches()).containsExactly(
                ids,
                ids.subList(0, 4),
                ids.subList(4, 8),
                ids.subList(4, 6),
                List.of(ids.get(4)),
                List.of(bad.id()),
                ids.subList(6, 8));
    }

    @Test
    void aBatchTooLargeForTheLrsIsSplitUntilItFits() {
        lrs.stubFor(post("/xAPI/statements").atPriority(1).withRequestBody(matchingJsonPath("$[2]"))
                .willReturn(aResponse().withStatus(413).withBody("request entity too large")));
        lrs.stubFor(post("/xAPI/statements").atPriority(5).willReturn(storedIds()));
        List<Statement> statements = completions(5);

        List<DeliveryOutcome> outcomes = delivery.deliver(statements);

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(Status.DELIVERED);
        assertThat(postedBatches()).extracting(List::size).containsExactly(5, 2, 3, 1, 2);
    }

    @Test
    void aSingleStatementTooLargeForTheLrsIsRejected() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(413).withBody("too large")));

        DeliveryOutcome outcome = delivery.deliver(List.of(SampleStatements.courseCompletion(7))).get(0);

        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.reason()).contains("too large for the LRS (413): too large");
    }

    @Test
    void anInvalidStatementIsRejectedWithoutBeingSent() {
        lrs.stubFor(post("/xAPI/statements").willReturn(storedIds()));
        Statement valid = SampleStatements.courseCompletion(1);
        Statement invalid = SampleStatements.courseCompletion(2).toBuilder()
                .actor(new Agent("Tanpa NIP", null, null, null, null)).timestamp("2025-03-01T09:15:00").build();

        List<DeliveryOutcome> outcomes = delivery.deliver(List.of(valid, invalid));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(Status.DELIVERED, Status.REJECTED);
        assertThat(outcomes.get(1).reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invalid xAPI statement: actor: an Agent needs exactly one inverse functional identifier")
                .contains("; timestamp: needs a zone offset"));
        assertThat(postedBatches()).containsExactly(List.of(valid.id()));
    }

    @Test
    void statementsCheckedWhereTheyWereBuiltAreSentOrRejectedAsTheCheckFound() {
        lrs.stubFor(post("/xAPI/statements").willReturn(storedIds()));
        CheckedStatement valid = CheckedStatement.of(SampleStatements.courseCompletion(1));
        CheckedStatement invalid = CheckedStatement.of(SampleStatements.courseCompletion(2).toBuilder()
                .timestamp("2025-03-01T09:15:00").build());

        List<DeliveryOutcome> outcomes = delivery.deliverChecked(List.of(invalid, valid));

        assertThat(valid.isValid()).isTrue();
        assertThat(invalid.violations()).extracting(Violation::path).containsExactly("timestamp");
        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(Status.REJECTED, Status.DELIVERED);
        assertThat(outcomes.get(0).reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invalid xAPI statement: timestamp: needs a zone offset"));
        assertThat(postedBatches()).containsExactly(List.of(valid.statement().id()));
    }

    @Test
    void theSameIdTwiceIsNeverSentInOneBatch() {
        lrs.stubFor(post("/xAPI/statements").willReturn(storedIds()));
        Statement once = SampleStatements.courseCompletion(1);
        Statement other = SampleStatements.courseCompletion(2);

        List<DeliveryOutcome> outcomes = delivery.deliver(List.of(once, other, once));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(Status.DELIVERED);
        assertThat(postedBatches()).containsExactly(List.of(once.id(), other.id()), List.of(once.id()));
    }

    @Test
    void aStatementWithoutIdIsAProgrammingError() {
        Statement anonymous = SampleStatements.courseCompletion(1).toBuilder().id(null).build();

        assertThatThrownBy(() -> delivery.deliver(List.of(anonymous)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("StatementIds");
    }

    @Test
    void refusedCredentialsStopTheDeliveryAsFatal() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.lrs("error-unauthorised-learning-locker.json"))));

        assertThatThrownBy(() -> delivery.deliver(completions(2)))
                .isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("jembatan.lrs.password");
    }

    @Test
    void anOverloadedLrsStopsTheDeliveryAsTransient() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> delivery.deliver(completions(2)))
                .isInstanceOfSatisfying(LrsTransientException.class, e -> assertThat(e.isRetryable()).isTrue());
        lrs.verify(1, postRequestedFor(urlPathEqualTo("/xAPI/statements")));
    }
}
