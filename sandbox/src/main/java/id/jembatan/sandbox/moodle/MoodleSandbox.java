package id.jembatan.sandbox.moodle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * A sandbox Moodle for end-to-end tests and benchmarks: an HTTP server on a free 127.0.0.1 port that answers
 * REST web service calls ({@code /webservice/rest/server.php}, form-encoded POST or GET) the way the recorded
 * Moodle 4.5.6 did, computing each answer from {@link SandboxData} in the recorded JSON shapes, with Moodle's
 * recorded headers and its exception bodies (HTTP 200) for a wrong token, a function the service does not
 * offer, a bad parameter, an unknown course or user. The calls that change a site (creating and updating accounts,
 * cohorts and their members, manual enrolments, messages) change what it serves, as the real site would.
 *
 * <p>It counts and keeps the calls it receives and can be told to fail: {@link #failWith}, {@link #failNext},
 * {@link #rejectToken()} and {@link #slow}. Built on WireMock (Jetty) with a response transformer; thread-safe.
 *
 * <pre>{@code
 * try (MoodleSandbox moodle = MoodleSandbox.start()) {
 *     MoodleClient client = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token()));
 *     ...
 *     assertThat(moodle.calls("core_user_get_users_by_field")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class MoodleSandbox implements AutoCloseable {

    /** The token the sandbox accepts, as in the recorded fixtures. */
    public static final String TOKEN = "TEST-TOKEN";

    /** How many received calls {@link #requests()} keeps (the most recent); counts are kept for all. */
    public static final int KEPT_CALLS = 100_000;

    static final String PATH = "/webservice/rest/server.php";

    private static final String TRANSFORMER = "jembatan-moodle-sandbox";
    private static final byte[] UNAVAILABLE = ("<html><head><title>Service Unavailable</title></head><body>"
            + "<h1>Service Unavailable</h1></body></html>").getBytes(StandardCharsets.UTF_8);

    private static final System.Logger LOG = System.getLogger(MoodleSandbox.class.getName());

    private final WsAnswers answers = new WsAnswers();
    private final WsChanges changes = new WsChanges(Clock.systemUTC());
    private final Object writes = new Object();
    private final HttpHeaders jsonHeaders;
    private final WireMockServer server;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Deque<SandboxCall> received = new ArrayDeque<>();
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failNextStatus;
    private volatile boolean tokenRejected;
    private volatile Duration delay = Duration.ZERO;
    private volatile SandboxData data;

    private MoodleSandbox(SandboxData data) {
        this.data = Objects.requireNonNull(data, "data");
        List<HttpHeader> headers = new ArrayList<>();
        Fixture.load("core_webservice_get_site_info__ok").headers()
                .forEach((name, value) -> headers.add(HttpHeader.httpHeader(name, value)));
        this.jsonHeaders = new HttpHeaders(headers);
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal()
                .gzipDisabled(true).stubRequestLoggingDisabled(true).http2PlainDisabled(true)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(4)
                .notifier(new ConsoleNotifier(false)).extensions(new Answerer()));
        server.start();
        server.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withTransformers(TRANSFORMER)));
        LOG.log(System.Logger.Level.INFO, "SANDBOX: Moodle tiruan / simulated Moodle \"{0}\" at {1},"
                + " bukan situs nyata / not a real site", data.siteName(), baseUrl());
    }

    /** Starts a sandbox serving the recorded site ({@link SandboxData#recorded()}). */
    public static MoodleSandbox start() {
        return start(SandboxData.recorded());
    }

    /** Starts a sandbox serving {@code data}. */
    public static MoodleSandbox start(SandboxData data) {
        return new MoodleSandbox(data);
    }

    /** The site's address, e.g. {@code http://127.0.0.1:41234}, for {@code jembatan.moodle.url}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The token the sandbox accepts ({@value #TOKEN}). */
    public String token() {
        return TOKEN;
    }

    /** What the sandbox serves. */
    public SandboxData data() {
        return data;
    }

    /** Serves {@code newData} from the next call on (e.g. users changed between two runs of a flow). */
    public void serve(SandboxData newData) {
        Objects.requireNonNull(newData, "newData");
        synchronized (writes) {
            this.data = newData;
        }
    }

    /**
     * Serves {@code change} applied to what is served now, atomically with the calls that change the site
     * ({@code core_user_create_users}, ...), so that nothing they stored is lost; returns what is served after.
     */
    public SandboxData update(UnaryOperator<SandboxData> change) {
        synchronized (writes) {
            this.data = Objects.requireNonNull(change.apply(data), "changed data");
            return data;
        }
    }

    /** The messages sent through {@code core_message_send_instant_messages}, in order. */
    public List<SandboxMessage> messages() {
        return changes.messages();
    }

    /** How many calls of {@code wsfunction} arrived since the start or the last {@link #reset()}, failed ones too. */
    public int calls(String wsfunction) {
        LongAdder count = counts.get(wsfunction);
        return count == null ? 0 : count.intValue();
    }

    /** How many calls arrived since the start or the last {@link #reset()}. */
    public int totalCalls() {
        return counts.values().stream().mapToInt(LongAdder::intValue).sum();
    }

    /** The calls received (the last {@value #KEPT_CALLS}), in arrival order. */
    public List<SandboxCall> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The calls of {@code wsfunction} received (among the last {@value #KEPT_CALLS}), in arrival order. */
    public List<SandboxCall> requests(String wsfunction) {
        return requests().stream().filter(call -> call.wsfunction().equals(wsfunction)).toList();
    }

    /**
     * {@code core_message_send_instant_messages} answers {@code msgid: -1} for messages to these users (as Moodle does
     * when a user's preferences refuse the sender), until called again with others or none; messages to the rest go.
     */
    public void refuseMessagesTo(Long... userIds) {
        changes.refuseMessagesTo(List.of(userIds));
    }

    /** Answers every call of {@code wsfunction} with HTTP {@code httpStatus} (e.g. 503) until {@link #reset()}. */
    public void failWith(String wsfunction, int httpStatus) {
        failing.put(wsfunction, requireErrorStatus(httpStatus));
    }

    /** Answers the next {@code n} calls, whatever their function, with HTTP {@code httpStatus}. */
    public void failNext(int n, int httpStatus) {
        failNextStatus = requireErrorStatus(httpStatus);
        failuresLeft.set(n);
    }

    /** Answers every call with Moodle's {@code invalidtoken} exception until {@link #reset()}, as if revoked. */
    public void rejectToken() {
        tokenRejected = true;
    }

    /** Delays every answer by {@code latency} ({@link Duration#ZERO} for none) until {@link #reset()}. */
    public void slow(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        this.delay = latency;
    }

    /** Forgets the calls and counts and clears every fault switch; the data stays. */
    public void reset() {
        failing.clear();
        failuresLeft.set(0);
        tokenRejected = false;
        delay = Duration.ZERO;
        counts.clear();
        synchronized (received) {
            received.clear();
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "MoodleSandbox[" + (server.isRunning() ? baseUrl() : "stopped") + "]";
    }

    private ResponseDefinition respond(Request request) {
        Map<String, String> query = FormFields.decode(rawQuery(request.getUrl()));
        Map<String, String> form = FormFields.decode(request.getBodyAsString());
        FormFields params = FormFields.of(query, form);
        String wsfunction = params.get("wsfunction") == null ? "" : params.get("wsfunction");
        record(new SandboxCall(request.getMethod().getName(), wsfunction, query, form));

        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition();
        long millis = delay.toMillis();
        if (millis > 0) {
            response.withFixedDelay((int) Math.min(millis, Integer.MAX_VALUE));
        }
        int failure = failure(wsfunction);
        if (failure > 0) {
            return response.withStatus(failure).withHeader("Content-Type", "text/html; charset=UTF-8")
                    .withBody(UNAVAILABLE).build();
        }
        JsonNode body;
        if (tokenRejected || !TOKEN.equals(params.get("wstoken"))) {
            body = WsAnswers.INVALID_TOKEN;
        } else if (wsfunction.isEmpty()) {
            body = WsAnswers.INVALID_PARAMETER;
        } else if (changes.handles(wsfunction)) {
            synchronized (writes) {
                WsChanges.Change change = changes.apply(data, wsfunction, params);
                data = change.after();
                body = change.answer();
            }
        } else {
            body = answers.answer(data, wsfunction, params);
        }
        return response.withStatus(200).withHeaders(jsonHeaders).withBody(PhpJson.bytes(body)).build();
    }

    private void record(SandboxCall call) {
        counts.computeIfAbsent(call.wsfunction(), f -> new LongAdder()).increment();
        synchronized (received) {
            if (received.size() == KEPT_CALLS) {
                received.removeFirst();
            }
            received.addLast(call);
        }
    }

    private int failure(String wsfunction) {
        if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return failNextStatus;
        }
        return failing.getOrDefault(wsfunction, 0);
    }

    private static String rawQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    private static int requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HTTP error status is 400 to 599, was " + status);
        }
        return status;
    }

    /** Computes the answer of every call to {@value #PATH}. */
    private final class Answerer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return respond(serveEvent.getRequest());
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
