package id.jembatan.support.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsConflictException;
import id.jembatan.lrs.LrsException;
import id.jembatan.lrs.LrsFatalException;
import id.jembatan.lrs.LrsPayloadTooLargeException;
import id.jembatan.lrs.LrsRejectedException;
import id.jembatan.lrs.LrsTransientException;
import id.jembatan.lrs.StatementQuery;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.MoodleResponseException;
import id.jembatan.moodle.MoodleTransportException;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogException;
import id.jembatan.moodle.log.MoodleLogReader;
import id.jembatan.support.error.Failures.Kind;
import id.jembatan.support.state.StateStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Failures} over the exceptions the adapters really throw: Moodle's web service client and log reader, the LRS
 * client, the state stores; each made by the adapter from an answer a WireMock server or a failing database gives.
 */
class FailuresTest {

    private static final String MOODLE = "/webservice/rest/server.php";
    private static final String STATEMENTS = "/xapi/statements";

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private MoodleClient moodle;
    private LrsClient lrs;

    @BeforeEach
    void clients() {
        moodle = new MoodleClient(new MoodleClientConfig(URI.create(server.baseUrl()), "TEST-TOKEN",
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
        lrs = new LrsClient(new LrsConfig(URI.create(server.baseUrl() + "/xapi/"), "jembatan", "rahasia-lrs",
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @ParameterizedTest(name = "Moodle errorcode {0} ({1}) is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sitemaintenance   | TRANSIENT | TRANSIENT
            dbconnectionfailed| TRANSIENT | TRANSIENT
            invalidtoken      | FATAL     | FATAL
            accessexception   | FATAL     | FATAL
            invalidparameter  | PERMANENT | FATAL
            invalidrecord     | PERMANENT | FATAL
            """)
    void aMoodleExceptionIsTransientOnlyWhenMoodleSaysARetryCanHelp(String errorcode, ErrorKind moodleKind,
                                                                    Kind expected) {
        MoodleClientException failure = moodleFailure(okJson("{\"exception\":\"moodle_exception\",\"errorcode\":\""
                + errorcode + "\",\"message\":\"Moodle says " + errorcode + "\"}"));

        assertThat(failure).isInstanceOf(MoodleException.class);
        assertThat(failure.kind()).isEqualTo(moodleKind);
        assertThat(Failures.classify(failure)).isEqualTo(expected);
        assertThat(Failures.isTransient(failure)).isEqualTo(expected == Kind.TRANSIENT);
    }

    @ParameterizedTest(name = "Moodle answering HTTP {0} is {1}")
    @CsvSource({"503, TRANSIENT", "502, TRANSIENT", "429, TRANSIENT", "408, TRANSIENT", "404, FATAL", "403, FATAL"})
    void aMoodleHttpFailureIsTransientFor5xxAndThrottlingAndFatalForOther4xx(int status, Kind expected) {
        MoodleClientException failure = moodleFailure(aResponse().withStatus(status).withBody("nope"));

        assertThat(failure).isInstanceOf(MoodleTransportException.class);
        assertThat(Failures.classify(failure)).isEqualTo(expected);
    }

    @Test
    void aMoodleThatAnswersHtmlIsFatal() {
        MoodleClientException failure = moodleFailure(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Login</body></html>"));

        assertThat(failure).isInstanceOf(MoodleResponseException.class);
        assertThat(Failures.classify(failure)).isEqualTo(Kind.FATAL);
    }

    @Test
    void aMoodleThatCannotBeReachedIsTransient() {
        MoodleClient unreachable = new MoodleClient(new MoodleClientConfig(
                URI.create("http://127.0.0.1:" + closedPort()),
                "TEST-TOKEN", Duration.ofSeconds(2), Duration.ofSeconds(2)));

        MoodleClientException failure = catchThrowableOfType(MoodleClientException.class, unreachable::siteInfo);

        assertThat(failure).isInstanceOf(MoodleTransportException.class);
        assertThat(Failures.classify(failure)).isEqualTo(Kind.TRANSIENT);
    }

    @ParameterizedTest(name = "the log database failing with SQLState {0} is {1}")
    @CsvSource({"08001, TRANSIENT", "08S01, TRANSIENT", "40001, TRANSIENT", "57P01, TRANSIENT", "42S02, FATAL",
            "28000, FATAL", "42501, FATAL", "XX000, FATAL"})
    void aMoodleLogFailureIsTransientWhenTheDatabaseIsUnreachableOrBusyAndFatalWhenASettingIsWrong(String sqlState,
                                                                                                  Kind expected) {
        MoodleLogReader reader = new MoodleLogReader(failingDataSource(new SQLException("refused", sqlState)));

        MoodleLogException failure = catchThrowableOfType(MoodleLogException.class, reader::maxId);

        assertThat(failure.kind()).isEqualTo(expected == Kind.TRANSIENT ? ErrorKind.TRANSIENT : ErrorKind.FATAL);
        assertThat(Failures.classify(failure)).isEqualTo(expected);
    }

    @Test
    void anUnreadableLogRowIsNotWorthARetry() {
        LogRow phpSerialised = new LogRow(2001, "\\core\\event\\user_graded", "core", "graded", "user", "grade_grades",
                9L, 33, 50, 6, -1, 6, 3L, false, "a:1:{s:6:\"itemid\";s:1:\"9\";}", 1795908391, "cli");

        MoodleLogException failure = catchThrowableOfType(MoodleLogException.class,
                () -> phpSerialised.otherLong("itemid"));

        assertThat(failure.kind()).isEqualTo(ErrorKind.PERMANENT);
        assertThat(Failures.classify(failure)).isEqualTo(Kind.FATAL);
    }

    @ParameterizedTest(name = "the LRS answering {0} is {1}")
    @CsvSource({"503, TRANSIENT", "500, TRANSIENT", "429, TRANSIENT", "401, FATAL", "403, FATAL", "404, FATAL",
            "400, FATAL", "409, FATAL", "413, FATAL"})
    void anLrsFailureIsTransientOnlyWhenTheLrsIsUnavailableOrThrottling(int status, Kind expected) {
        LrsException failure = lrsFailure(status);

        assertThat(failure.isRetryable()).isEqualTo(expected == Kind.TRANSIENT);
        assertThat(Failures.classify(failure)).isEqualTo(expected);
    }

    @Test
    void eachLrsFailureIsOfTheSubclassItsStatusCallsFor() {
        assertThat(lrsFailure(503)).isInstanceOf(LrsTransientException.class);
        assertThat(lrsFailure(401)).isInstanceOf(LrsFatalException.class);
        assertThat(lrsFailure(400)).isExactlyInstanceOf(LrsRejectedException.class);
        assertThat(lrsFailure(409)).isInstanceOf(LrsConflictException.class);
        assertThat(lrsFailure(413)).isInstanceOf(LrsPayloadTooLargeException.class);
    }

    @Test
    void anLrsThatCannotBeReachedIsTransient() {
        LrsClient unreachable = new LrsClient(new LrsConfig(URI.create("http://127.0.0.1:" + closedPort() + "/xapi/"),
                "jembatan", "rahasia-lrs", Duration.ofSeconds(2), Duration.ofSeconds(2)));

        LrsException failure = catchThrowableOfType(LrsException.class, () -> unreachable.get(UUID.randomUUID()));

        assertThat(failure).isInstanceOf(LrsTransientException.class);
        assertThat(Failures.classify(failure)).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anUnreachableSimpegIsTransientAndAMissingTableIsFatal() throws Exception {
        org.postgresql.ds.PGSimpleDataSource refused = new org.postgresql.ds.PGSimpleDataSource();
        refused.setUrl("jdbc:postgresql://127.0.0.1:1/simpeg");
        org.h2.jdbcx.JdbcDataSource empty = new org.h2.jdbcx.JdbcDataSource();
        empty.setURL("jdbc:h2:mem:no-simpeg-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        var sql = id.jembatan.hr.simpeg.SimpegSql.reference();

        RuntimeException unreachable = catchRuntime(
                () -> new id.jembatan.hr.simpeg.SimpegSource(refused, sql).asn().captureUpperBound());
        RuntimeException noTable = catchRuntime(
                () -> new id.jembatan.hr.simpeg.SimpegSource(empty, sql).asn().captureUpperBound());

        assertThat(unreachable).isInstanceOf(id.jembatan.hr.simpeg.SimpegException.class);
        assertThat(Failures.classify(unreachable)).isEqualTo(Kind.TRANSIENT);
        assertThat(noTable).isInstanceOf(id.jembatan.hr.simpeg.SimpegException.class);
        assertThat(Failures.classify(noTable)).isEqualTo(Kind.FATAL);
        assertThat(Failures.message(new IllegalStateException("wrapped", unreachable))).isEqualTo(unreachable.getMessage());
    }

    private static RuntimeException catchRuntime(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void aStateStoreFailureIsTransient() {
        assertThat(Failures.classify(new StateStoreException("watermark store down"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new StateStoreException("insert failed", new SQLException("busy", "40001"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aWrappedAdapterFailureIsClassifiedByTheAdapterException() {
        LrsException unavailable = lrsFailure(503);
        LrsException refused = lrsFailure(401);

        assertThat(Failures.classify(new CamelExecutionException("pass failed", null, unavailable)))
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new RuntimeCamelException(new CompletionException(unavailable))))
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new CamelExecutionException("pass failed", null, refused)))
                .isEqualTo(Kind.FATAL);
        assertThat(Failures.classify(new IllegalStateException("wrapped", new StateStoreException("down"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void theOutermostAdapterExceptionDecidesWhenAdapterExceptionsAreNested() {
        assertThat(Failures.classify(new StateStoreException("recording failed", lrsFailure(401))))
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new RuntimeCamelException(new StateStoreException("recording failed",
                lrsFailure(401))))).isEqualTo(Kind.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(classes = {IllegalStateException.class, NullPointerException.class, UncheckedIOException.class,
            IOException.class, Error.class})
    void anExceptionNoAdapterThrewIsFatal(Class<? extends Throwable> type) throws Exception {
        Throwable unknown = type == UncheckedIOException.class ? new UncheckedIOException(new IOException("disk"))
                : type.getConstructor(String.class).newInstance("unexpected");

        assertThat(Failures.classify(unknown)).isEqualTo(Kind.FATAL);
        assertThat(Failures.classify(new CamelExecutionException("pass failed", null, unknown))).isEqualTo(Kind.FATAL);
        assertThat(Failures.isTransient(unknown)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsBackIsClassifiedInsteadOfFollowedForever() {
        LoopingCause first = new LoopingCause("first");
        LoopingCause second = new LoopingCause("second");
        first.initCause(second);
        second.initCause(first);

        assertThat(Failures.classify(first)).isEqualTo(Kind.FATAL);
        assertThat(Failures.message(first)).contains("first");
    }

    @Test
    void theMessageIsTheAdapterExceptionsWhichNamesTheSettingToFix() {
        LrsException refused = lrsFailure(401);
        MoodleClientException badToken = moodleFailure(okJson("{\"exception\":\"moodle_exception\","
                + "\"errorcode\":\"invalidtoken\",\"message\":\"Invalid token - token not found\"}"));
        MoodleLogException noTable = catchThrowableOfType(MoodleLogException.class, new MoodleLogReader(
                failingDataSource(new SQLException("Table not found", "42S02")))::maxId);

        assertThat(Failures.message(new CamelExecutionException("pass failed", null, refused)))
                .isEqualTo(refused.getMessage()).contains("jembatan.lrs.username", "jembatan.lrs.password");
        assertThat(Failures.message(new RuntimeCamelException(badToken)))
                .isEqualTo(badToken.getMessage()).contains("jembatan.moodle.token");
        assertThat(Failures.message(new RuntimeCamelException(noTable)))
                .isEqualTo(noTable.getMessage()).contains("jembatan.moodle.log-table-prefix");
        assertThat(Failures.message(new IllegalStateException("outer", new StateStoreException("watermarks down"))))
                .isEqualTo("watermarks down");
    }

    @Test
    void theMessageOfAnUnknownFailureNamesItsType() {
        assertThat(Failures.message(new IllegalStateException("no such thing"))).isEqualTo(
                "IllegalStateException: no such thing");
    }

    private MoodleClientException moodleFailure(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo(MOODLE)).willReturn(answer));
        return catchThrowableOfType(MoodleClientException.class, moodle::siteInfo);
    }

    private LrsException lrsFailure(int status) {
        server.stubFor(get(urlPathEqualTo(STATEMENTS)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"status " + status + "\"}")));
        return catchThrowableOfType(LrsException.class, () -> lrs.query(StatementQuery.all()));
    }

    private static DataSource failingDataSource(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(FailuresTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An exception whose cause chain leads back to itself (a → b → a, which {@link Throwable#initCause} allows), as
     * wrapping code sometimes builds. It fails the test instead of hanging it once its cause has been asked for more
     * often than any finite chain needs.
     */
    private static final class LoopingCause extends RuntimeException {

        private int asked;

        LoopingCause(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            if (++asked > 1_000) {
                throw new AssertionError("the cause chain was followed round its loop " + asked + " times");
            }
            return super.getCause();
        }
    }
}
