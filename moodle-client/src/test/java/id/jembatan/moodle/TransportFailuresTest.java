package id.jembatan.moodle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP and network failures, and answers the client cannot use: how each is classified and explained. */
class TransportFailuresTest {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = MoodleReplay.server();

    private final MoodleReplay replay = new MoodleReplay(WIREMOCK);

    @Test
    void refusedConnectionIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MoodleClient client = new MoodleClient(new MoodleClientConfig(
                URI.create("http://127.0.0.1:" + closedPort), MoodleReplay.TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2)));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class, client::siteInfo);

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.wsfunction()).isEqualTo("core_webservice_get_site_info");
        assertThat(error.getMessage()).contains("127.0.0.1:" + closedPort, "refused")
                .doesNotContain(MoodleReplay.TOKEN);
    }

    @Test
    void serviceUnavailableIsTransientAndKeepsRetryAfter() {
        answer(aResponse().withStatus(503).withHeader("Retry-After", "120").withBody("<h1>Service Unavailable</h1>"));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.httpStatus()).hasValue(503);
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(error.getMessage()).contains("HTTP 503", "Retry-After 120 s");
    }

    @Test
    void tooManyRequestsIsTransient() {
        answer(aResponse().withStatus(429));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.httpStatus()).hasValue(429);
        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void internalServerErrorIsTransient() {
        answer(aResponse().withStatus(500).withBody("PHP Fatal error"));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.httpStatus()).hasValue(500);
    }

    @Test
    void answerSlowerThanTheReadTimeoutIsTransient() {
        answer(aResponse().withFixedDelay(1500).withBody("{}"));
        MoodleClient client = new MoodleClient(replay.config(MoodleReplay.TOKEN, Duration.ofMillis(250)));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class, client::siteInfo);

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.getMessage()).contains("read timeout of 250 ms");
    }

    @Test
    void connectionResetIsTransient() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void notFoundIsFatalAndNamesTheUrlSetting() {
        answer(aResponse().withStatus(404));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("HTTP 404", "jembatan.moodle.url");
    }

    @Test
    void forbiddenIsFatalAndPointsAtTheRestProtocol() {
        answer(aResponse().withStatus(403));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("REST protocol");
    }

    @Test
    void redirectIsNotFollowedAndIsFatal() {
        answer(aResponse().withStatus(301).withHeader("Location", "https://lms.example.go.id/webservice/rest/server.php"));

        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("https://lms.example.go.id/webservice/rest/server.php",
                "jembatan.moodle.url");
        assertThat(replay.requests()).hasSize(1);
    }

    @Test
    void htmlPageIsAFatalResponseError() {
        answer(aResponse().withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Login</body></html>"));

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("HTML page", "jembatan.moodle.url");
    }

    @Test
    void phpNoticeBeforeTheJsonIsAFatalResponseError() {
        answer(aResponse().withBody("Notice: Undefined index: foo in /var/www/moodle/lib.php on line 1\n{\"sitename\":\"x\"}"));

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("not JSON", "Notice: Undefined index", "debug");
    }

    @Test
    void answerOfTheWrongShapeIsAFatalResponseError() {
        answer(aResponse().withBody("[1,2,3]"));

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.FATAL);
        assertThat(error.getMessage()).contains("core_webservice_get_site_info", "expected shape");
    }

    @Test
    void bareNullWhereAResultIsExpectedIsAFatalResponseError() {
        answer(aResponse().withBody("null"));

        MoodleResponseException error = catchThrowableOfType(MoodleResponseException.class,
                () -> replay.client().siteInfo());

        assertThat(error.getMessage()).contains("answered null");
    }

    @Test
    void maintenanceModeIsTransient() {
        answer(aResponse().withBody("{\"exception\":\"moodle_exception\",\"errorcode\":\"sitemaintenance\","
                + "\"message\":\"The site is undergoing maintenance and is currently not available\"}"));

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client().siteInfo());

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.isRetryable()).isTrue();
    }

    @Test
    void tokenEchoedByMoodleIsMaskedInTheException() {
        String token = "0123456789abcdef0123456789abcdef";
        answer(aResponse().withBody("{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\","
                + "\"message\":\"Invalid token " + token + "\",\"debuginfo\":\"token=" + token + "\"}"));

        MoodleException error = catchThrowableOfType(MoodleException.class, () -> replay.client(token).siteInfo());

        assertThat(error.getMessage()).doesNotContain(token).contains("****");
        assertThat(error.moodleMessage()).doesNotContain(token);
        assertThat(error.debuginfo()).hasValue("token=****");
        assertThat(replay.client(token).toString()).doesNotContain(token);
    }

    private void answer(ResponseDefinitionBuilder response) {
        WIREMOCK.stubFor(post(urlPathEqualTo(MoodleReplay.PATH)).willReturn(response));
    }
}
