package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {

    private final ResponseReader reader = new ResponseReader(MoodleJson.mapper(),
            URI.create("https://lms.example.go.id/webservice/rest/server.php"), "TEST-TOKEN",
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void retryAfterAsHttpDateIsTurnedIntoAWait() {
        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class, () -> reader.read(
                "core_webservice_get_site_info", 503, headers("Retry-After", "Sat, 28 Nov 2026 10:01:30 GMT"), ""));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(90));
    }

    @Test
    void unreadableRetryAfterIsIgnored() {
        MoodleTransportException error = catchThrowableOfType(MoodleTransportException.class, () -> reader.read(
                "core_webservice_get_site_info", 429, headers("Retry-After", "soon"), ""));

        assertThat(error.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void bareNullAndEmptyBodiesReadAsJsonNull() {
        assertThat(reader.read("enrol_manual_enrol_users", 200, headers(), "null\n").isNull()).isTrue();
        assertThat(reader.read("enrol_manual_enrol_users", 200, headers(), "").isNull()).isTrue();
    }

    private static HttpHeaders headers(String... nameAndValue) {
        Map<String, List<String>> map = nameAndValue.length == 0 ? Map.of() : Map.of(nameAndValue[0], List.of(nameAndValue[1]));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
