package id.jembatan.lrs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Fixtures;
import id.jembatan.lrs.xapi.SampleStatements;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LrsClientTest {

    /** {@code jembatan:rahasia-lrs} in Basic encoding. */
    static final String BASIC = "Basic amVtYmF0YW46cmFoYXNpYS1scnM=";

    @RegisterExtension
    static WireMockExtension lrs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final LrsClient client = client("/xAPI/");

    static LrsClient client(String path) {
        return new LrsClient(new LrsConfig(URI.create(lrs.baseUrl() + path), "jembatan", "rahasia-lrs",
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @Test
    void postSendsTheBatchAsJsonWithVersionHeaderAndBasicAuth() {
        Statement first = SampleStatements.courseCompletion(7);
        Statement second = SampleStatements.quizPassed(12345, 85);
        lrs.stubFor(post("/xAPI/statements").willReturn(okJson("[\"" + first.id() + "\",\"" + second.id() + "\"]")));

        List<UUID> ids = client.post(List.of(first, second));

        assertThat(ids).containsExactly(first.id(), second.id());
        lrs.verify(1, postRequestedFor(urlEqualTo("/xAPI/statements"))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(XapiJson.toJson(List.of(first, second)))));
    }

    @Test
    void putSendsTheStatementUnderItsId() {
        Statement statement = SampleStatements.courseCompletion(7);
        lrs.stubFor(put(urlPathEqualTo("/xAPI/statements")).willReturn(aResponse().withStatus(204)));

        client.put(statement);

        lrs.verify(putRequestedFor(urlEqualTo("/xAPI/statements?statementId=" + statement.id()))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson(XapiJson.toJson(statement))));
    }

    @Test
    void getByIdReturnsTheStoredStatementWithWhatTheLrsAdded() {
        UUID id = UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7");
        lrs.stubFor(get("/xAPI/statements?statementId=" + id)
                .willReturn(okJson(Fixtures.lrs("statement-stored-learning-locker.json"))));

        Statement stored = client.get(id).orElseThrow();

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.stored()).isEqualTo("2025-03-01T02:15:03.412Z");
        assertThat(stored.version()).isEqualTo("1.0.0");
        assertThat(stored.authority()).isNotNull();
        lrs.verify(getRequestedFor(urlEqualTo("/xAPI/statements?statementId=" + id))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void anUnknownIdIsEmpty() {
        UUID id = UUID.fromString("0d3e4c7a-1b2f-5c3d-8e4f-5a6b7c8d9e99");
        lrs.stubFor(get("/xAPI/statements?statementId=" + id).willReturn(aResponse().withStatus(404)
                .withBody("{\"errorId\":\"x\",\"message\":\"No model found for " + id + "\"}")));

        assertThat(client.get(id)).isEmpty();
    }

    @Test
    void aVoidedStatementIsFetchedByVoidedStatementId() {
        UUID id = UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7");
        lrs.stubFor(get("/xAPI/statements?voidedStatementId=" + id)
                .willReturn(okJson(Fixtures.lrs("statement-stored-learning-locker.json"))));

        assertThat(client.getVoided(id)).map(Statement::id).contains(id);
    }

    @Test
    void queryEncodesEveryFilter() {
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements"))
                .willReturn(okJson("{\"statements\":[],\"more\":\"\"}")));
        StatementQuery query = StatementQuery.builder()
                .since(Instant.parse("2025-03-01T00:00:00Z"))
                .until(Instant.parse("2025-03-02T00:00:00.5Z"))
                .verb(XapiProfile.COMPLETED.id())
                .agent(XapiProfile.asn(SampleStatements.HOME_PAGE, SampleStatements.NIP, null))
                .activity(URI.create("https://elearning.kota.go.id/course/view.php?id=7"))
                .ascending(true)
                .limit(50)
                .build();

        StatementPage page = client.query(query);

        assertThat(page.statements()).isEmpty();
        assertThat(page.more()).isEmpty();
        lrs.verify(getRequestedFor(urlPathEqualTo("/xAPI/statements"))
                .withQueryParam("since", equalTo("2025-03-01T00:00:00Z"))
                .withQueryParam("until", equalTo("2025-03-02T00:00:00.500Z"))
                .withQueryParam("verb", equalTo("http://adlnet.gov/expapi/verbs/completed"))
                .withQueryParam("agent", equalToJson("{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                        + "\"https://sso.kota.go.id\",\"name\":\"198503152010012003\"}}"))
                .withQueryParam("activity", equalTo("https://elearning.kota.go.id/course/view.php?id=7"))
                .withQueryParam("ascending", equalTo("true"))
                .withQueryParam("limit", equalTo("50"))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void pagesFollowLearningLockersCursorMoreAndExposeConsistentThrough() {
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements")).withQueryParam("cursor", absent())
                .willReturn(okJson(Fixtures.lrs("statements-page1-learning-locker.json"))
                        .withHeader("X-Experience-API-Consistent-Through", "2025-03-01T03:05:00.123Z")));
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements"))
                .withQueryParam("cursor", equalTo("5f0d2c3e-9a41-4b7e-8c55-1d2e3f4a5b6c"))
                .willReturn(okJson(Fixtures.lrs("statements-page2-learning-locker.json"))
                        .withHeader("X-Experience-API-Consistent-Through", "2025-03-01T03:05:01Z")));
        StatementQuery query = StatementQuery.builder().since(Instant.parse("2025-03-01T00:00:00Z")).ascending(true)
                .limit(2).build();

        List<StatementPage> pages = client.pages(query).toList();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).statements()).hasSize(2);
        assertThat(pages.get(0).more()).contains(URI.create(lrs.baseUrl()
                + "/xAPI/statements?since=2025-03-01T00%3A00%3A00Z&ascending=true&limit=2"
                + "&cursor=5f0d2c3e-9a41-4b7e-8c55-1d2e3f4a5b6c"));
        assertThat(pages.get(0).consistentThrough()).contains(Instant.parse("2025-03-01T03:05:00.123Z"));
        assertThat(pages.get(1).more()).isEmpty();
        assertThat(pages.get(1).consistentThrough()).contains(Instant.parse("2025-03-01T03:05:01Z"));
        lrs.verify(getRequestedFor(urlEqualTo("/xAPI/statements?since=2025-03-01T00%3A00%3A00Z&ascending=true"
                + "&limit=2&cursor=5f0d2c3e-9a41-4b7e-8c55-1d2e3f4a5b6c"))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void statementsFollowTheAdlLrsMorePathResolvedAgainstTheOriginNotTheEndpoint() {
        LrsClient adl = client("/xapi/");
        lrs.stubFor(get(urlPathEqualTo("/xapi/statements"))
                .willReturn(okJson(Fixtures.lrs("statements-page1-adl.json"))));
        lrs.stubFor(get("/xapi/statements/more/8d9c1b6f0a2e4d3c9b7a6f5e4d3c2b1a")
                .willReturn(okJson(Fixtures.lrs("statements-page2-adl.json"))));

        List<Statement> statements = adl.statements(StatementQuery.all()).toList();

        assertThat(statements).extracting(Statement::id).containsExactly(
                UUID.fromString("0d3e4c7a-1b2f-5c3d-8e4f-5a6b7c8d9e01"),
                UUID.fromString("0d3e4c7a-1b2f-5c3d-8e4f-5a6b7c8d9e02"));
        assertThat(statements.get(0).version()).isEqualTo("1.0.3");
        lrs.verify(getRequestedFor(urlEqualTo("/xapi/statements/more/8d9c1b6f0a2e4d3c9b7a6f5e4d3c2b1a"))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void theAgentFilterLearningLockerDropsFromMoreIsPutBack() {
        Agent asn = XapiProfile.asn(SampleStatements.HOME_PAGE, SampleStatements.NIP, null);
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements")).withQueryParam("cursor", absent())
                .willReturn(okJson(Fixtures.lrs("statements-page1-agent-filter-learning-locker.json"))));
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements"))
                .withQueryParam("cursor", equalTo("20dd2a30-eb8c-11f1-bc1a-3bf00d50cf59"))
                .willReturn(okJson(Fixtures.lrs("statements-page2-learning-locker.json"))));

        List<Statement> statements = client.statements(StatementQuery.builder().agent(asn).ascending(true).limit(1)
                .build()).toList();

        assertThat(statements).hasSize(2);
        lrs.verify(getRequestedFor(urlPathEqualTo("/xAPI/statements"))
                .withQueryParam("cursor", equalTo("20dd2a30-eb8c-11f1-bc1a-3bf00d50cf59"))
                .withQueryParam("agent", equalToJson(XapiJson.toJson(asn)))
                .withQueryParam("ascending", equalTo("true"))
                .withQueryParam("limit", equalTo("1")));
    }

    @Test
    void pagesAreFetchedOnlyWhenTheStreamNeedsThem() {
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements")).withQueryParam("cursor", absent())
                .willReturn(okJson(Fixtures.lrs("statements-page1-learning-locker.json"))));

        var stream = client.statements(StatementQuery.all());
        assertThat(lrs.getAllServeEvents()).isEmpty();

        assertThat(stream.limit(2).toList()).hasSize(2);
        lrs.verify(1, getRequestedFor(urlPathEqualTo("/xAPI/statements")));
    }

    @Test
    void aMoreLinkToAnotherHostIsRefused() {
        assertThatThrownBy(() -> client.more(URI.create("https://elsewhere.example/xAPI/statements?cursor=1")))
                .isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("another origin");
    }

    @Test
    void unauthorisedIsFatalAndNamesTheCredentialSettings() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.lrs("error-unauthorised-learning-locker.json"))));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isInstanceOfSatisfying(LrsFatalException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.status()).hasValue(401);
                })
                .hasMessageContaining("jembatan.lrs.username")
                .hasMessageContaining("jembatan.lrs.password")
                .hasMessageContaining("Unauthorised")
                .hasMessageNotContaining("rahasia-lrs");
    }

    @Test
    void forbiddenIsFatalAndNamesTheCredentialSettings() {
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements")).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"Forbidden\"}")));

        assertThatThrownBy(() -> client.query(StatementQuery.all()))
                .isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("403")
                .hasMessageContaining("jembatan.lrs.username and jembatan.lrs.password");
    }

    @Test
    void aWrongEndpointIsFatalAndNamesTheEndpointSetting() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(404).withBody("Cannot POST")));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("jembatan.lrs.endpoint");
    }

    @Test
    void aNonJsonSuccessIsFatalAndNamesTheEndpointSetting() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(200)
                .withBody("<html>Moodle</html>")));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isInstanceOf(LrsFatalException.class)
                .hasMessageContaining("jembatan.lrs.endpoint")
                .hasMessageContaining("<html>Moodle</html>");
    }

    @Test
    void serviceUnavailableIsTransient() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(503).withBody("upstream down")));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isInstanceOfSatisfying(LrsTransientException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.status()).hasValue(503);
                })
                .hasMessageContaining("upstream down");
    }

    @Test
    void tooManyRequestsIsTransientWithTheWaitTheLrsAskedFor() {
        lrs.stubFor(get(urlPathEqualTo("/xAPI/statements")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")));

        assertThatThrownBy(() -> client.query(StatementQuery.all()))
                .isInstanceOfSatisfying(LrsTransientException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                });
    }

    @Test
    void aRefusedConnectionIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LrsClient unreachable = new LrsClient(LrsConfig.of(URI.create("http://127.0.0.1:" + closedPort + "/xAPI/"),
                "jembatan", "rahasia-lrs"));

        assertThatThrownBy(() -> unreachable.get(UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7")))
                .isInstanceOfSatisfying(LrsTransientException.class, e -> assertThat(e.status()).isEmpty())
                .hasMessageContaining("did not answer")
                .hasMessageNotContaining("rahasia-lrs");
    }

    @Test
    void aBadRequestIsRejectedWithTheLrsWarnings() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.lrs("error-missing-version-learning-locker.json"))));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isExactlyInstanceOf(LrsRejectedException.class)
                .extracting(e -> ((LrsRejectedException) e).lrsMessage())
                .isEqualTo("Missing required value in 'header.X-Experience-API-Version'");
    }

    @Test
    void aConflictNamesTheConflictingId() {
        Statement statement = SampleStatements.courseCompletion(7);
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"" + statement.id() + " is conflicting\"}")));

        assertThatThrownBy(() -> client.post(List.of(statement)))
                .isInstanceOfSatisfying(LrsConflictException.class,
                        e -> assertThat(e.conflictingId()).contains(statement.id()));
    }

    @Test
    void tooLargeIsItsOwnRejection() {
        lrs.stubFor(post("/xAPI/statements").willReturn(aResponse().withStatus(413).withBody("request entity too large")));

        assertThatThrownBy(() -> client.post(List.of(SampleStatements.courseCompletion(7))))
                .isInstanceOf(LrsPayloadTooLargeException.class)
                .hasMessageContaining("413");
    }
}
