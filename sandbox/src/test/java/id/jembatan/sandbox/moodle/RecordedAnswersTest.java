package id.jembatan.sandbox.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded call in {@code src/main/resources/sandbox/moodle/ws/} against the sandbox, with the recorded
 * query string and form body, and expects Moodle's recorded answer byte for byte. Where the sandbox's site
 * differs from the site at recording time (user 13 existed and was enrolled in course 6 only for the later
 * calls), the answer is expected to be the recorded one plus user 13.
 */
class RecordedAnswersTest {

    /** Recorded before user 13 was made or enrolled; the sandbox's answer also holds him. */
    private static final Set<String> PLUS_USER_13 = Set.of("core_user_get_users__by_email_wildcard",
            "core_user_get_users__invalid_criteria_key_warning", "core_enrol_get_enrolled_users__course_wasbang");

    private static MoodleSandbox moodle;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        moodle = MoodleSandbox.start();
    }

    @AfterAll
    static void stop() {
        moodle.close();
    }

    static Stream<String> recordedCalls() throws IOException, URISyntaxException {
        Path folder = Path.of(RecordedAnswersTest.class.getClassLoader().getResource("sandbox/moodle/ws").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedCalls")
    void replayedRecordedCallGetsTheRecordedAnswer(String name) throws Exception {
        Fixture recorded = Fixture.load(name);

        HttpResponse<String> answer = replay(recorded);

        assertThat(answer.statusCode()).isEqualTo(recorded.status());
        assertThat(answer.headers().firstValue("Content-Type")).contains(recorded.headers().get("Content-type"));
        assertThat(answer.headers().firstValue("Cache-Control")).contains(recorded.headers().get("Cache-Control"));
        if (PLUS_USER_13.contains(name)) {
            JsonNode body = PhpJson.parse(answer.body());
            ArrayNode users = (ArrayNode) (body.isArray() ? body : body.path("users"));
            assertThat(removeUser(users, 13)).as("user 13 is in the answer").isTrue();
            assertThat(PhpJson.text(body)).isEqualTo(recorded.bodyRaw());
        } else {
            assertThat(answer.body()).isEqualTo(recorded.bodyRaw());
        }
    }

    @Test
    void everyRecordedExceptionBodyIsWrittenAsMoodleWroteIt() {
        for (JsonNode body : List.of(WsAnswers.INVALID_TOKEN, WsAnswers.ACCESS_EXCEPTION, WsAnswers.INVALID_PARAMETER,
                WsAnswers.CODING_ERROR, WsAnswers.NO_COURSE, WsAnswers.INVALID_USER, WsAnswers.NOT_ENROLLED)) {
            assertThat(PhpJson.text(body)).contains("\"exception\":").doesNotContain("\n");
        }
        assertThat(PhpJson.text(PhpJson.parse("{\"u\":\"http://x/y\",\"n\":\"Jalan Ké\"}")))
                .isEqualTo("{\"u\":\"http:\\/\\/x\\/y\",\"n\":\"Jalan K\\u00e9\"}");
    }

    private static HttpResponse<String> replay(Fixture recorded) throws IOException, InterruptedException {
        URI uri = URI.create(moodle.baseUrl() + MoodleSandbox.PATH + "?" + encode(recorded.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (recorded.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(recorded.formBody()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static boolean removeUser(ArrayNode users, long id) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).path("id").asLong() == id) {
                users.remove(i);
                return true;
            }
        }
        return false;
    }
}
