package id.jembatan.moodle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays recorded Moodle answers with WireMock and checks the requests the client sent: a POST to the
 * REST endpoint with only {@code wsfunction} in the query string, and a form body holding {@code wstoken},
 * {@code wsfunction}, {@code moodlewsrestformat=json} and exactly the recorded function parameters, in order.
 */
final class MoodleReplay {

    static final String TOKEN = "TEST-TOKEN";
    static final String PATH = "/webservice/rest/server.php";

    private final WireMockExtension wiremock;

    MoodleReplay(WireMockExtension wiremock) {
        this.wiremock = wiremock;
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    MoodleClient client() {
        return client(TOKEN);
    }

    MoodleClient client(String token) {
        return new MoodleClient(config(token, Duration.ofSeconds(5)));
    }

    MoodleClientConfig config(String token, Duration readTimeout) {
        return new MoodleClientConfig(URI.create(wiremock.baseUrl()), token, Duration.ofSeconds(2), readTimeout);
    }

    /** Answers the fixtures' calls with their recorded answers, in the order given. */
    void answer(Fixture... fixtures) {
        for (int i = 0; i < fixtures.length; i++) {
            MappingBuilder stub = post(urlPathEqualTo(PATH))
                    .withQueryParam("wsfunction", equalTo(fixtures[i].wsfunction()))
                    .willReturn(recorded(fixtures[i]));
            if (fixtures.length > 1) {
                stub.inScenario("pages")
                        .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "page " + i)
                        .willSetStateTo("page " + (i + 1));
            }
            wiremock.stubFor(stub);
        }
    }

    /** Loads and answers the fixture {@code name}; returns it. */
    Fixture answer(String name) {
        Fixture fixture = Fixture.load(name);
        answer(fixture);
        return fixture;
    }

    static ResponseDefinitionBuilder recorded(Fixture fixture) {
        ResponseDefinitionBuilder response = aResponse().withStatus(fixture.status()).withBody(fixture.bodyRaw());
        fixture.headers().forEach(response::withHeader);
        return response;
    }

    /** Checks that the client sent exactly the fixtures' requests, in order, with the recorded parameters. */
    void verifySent(Fixture... fixtures) {
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(fixtures.length);
        for (int i = 0; i < fixtures.length; i++) {
            Fixture fixture = fixtures[i];
            LoggedRequest request = requests.get(i);
            verify(request, fixture.wsfunction(), fixture.token(), fixture.params());
            if (!fixture.formBody().isEmpty()) {
                assertThat(request.getBodyAsString()).isEqualTo("wstoken=" + fixture.token() + "&wsfunction="
                        + fixture.wsfunction() + "&moodlewsrestformat=json&" + fixture.formBody());
            }
        }
    }

    /**
     * Checks the one request the client sent against parameters given by the test, for cases whose
     * recorded request the typed API cannot (or deliberately does not) repeat.
     */
    void verifySent(String wsfunction, String token, List<Map.Entry<String, String>> params) {
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(1);
        verify(requests.get(0), wsfunction, token, params);
    }

    void verifySent(String wsfunction, List<Map.Entry<String, String>> params) {
        verifySent(wsfunction, TOKEN, params);
    }

    void verifyNothingSent() {
        assertThat(requests()).isEmpty();
    }

    List<LoggedRequest> requests() {
        return wiremock.findAll(anyRequestedFor(anyUrl()));
    }

    /** Parameters as name/value pairs, in order: {@code params("field", "id", "values[0]", "3")}. */
    static List<Map.Entry<String, String>> params(String... namesAndValues) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(new SimpleImmutableEntry<>(namesAndValues[i], namesAndValues[i + 1]));
        }
        return params;
    }

    private static void verify(LoggedRequest request, String wsfunction, String token,
            List<Map.Entry<String, String>> params) {
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(PATH + "?wsfunction=" + wsfunction).doesNotContain("wstoken");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        List<Map.Entry<String, String>> expected = new ArrayList<>(params(
                "wstoken", token, "wsfunction", wsfunction, "moodlewsrestformat", "json"));
        expected.addAll(params);
        assertThat(decode(request.getBodyAsString())).containsExactlyElementsOf(expected);
    }

    static List<Map.Entry<String, String>> decode(String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            fields.add(new SimpleImmutableEntry<>(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
        }
        return fields;
    }
}
