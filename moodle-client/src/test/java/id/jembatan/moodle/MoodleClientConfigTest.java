package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoodleClientConfigTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void tokenNeverShowsInToString() {
        MoodleClientConfig config = new MoodleClientConfig(URI.create("https://lms.example.go.id"), TOKEN);

        assertThat(config.toString()).contains("https://lms.example.go.id", "token=****").doesNotContain(TOKEN);
        assertThat(new MoodleClient(config).toString()).doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankTokenIsRefusedNamingTheSetting(String token) {
        assertThatThrownBy(() -> new MoodleClientConfig(URI.create("https://lms.example.go.id"), token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jembatan.moodle.token");
    }

    @Test
    void missingTokenIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new MoodleClientConfig(URI.create("https://lms.example.go.id"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jembatan.moodle.token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lms.example.go.id", "ftp://lms.example.go.id", "https://lms.example.go.id/?x=1",
        "https://admin:secret@lms.example.go.id", "https://lms.example.go.id/#top"})
    void urlThatIsNotAPlainSiteAddressIsRefusedNamingTheSetting(String url) {
        assertThatThrownBy(() -> new MoodleClientConfig(URI.create(url), TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jembatan.moodle.url")
                .hasMessageNotContaining("secret");
    }

    @Test
    void missingUrlIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new MoodleClientConfig(null, TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jembatan.moodle.url");
    }

    @Test
    void endpointIsTheRestServerUnderTheSiteWithOrWithoutTrailingSlash() {
        assertThat(new MoodleClientConfig(URI.create("https://lms.example.go.id"), TOKEN).endpoint())
                .isEqualTo(URI.create("https://lms.example.go.id/webservice/rest/server.php"));
        assertThat(new MoodleClientConfig(URI.create("https://example.go.id/moodle/"), TOKEN).endpoint())
                .isEqualTo(URI.create("https://example.go.id/moodle/webservice/rest/server.php"));
    }

    @Test
    void unsetTimeoutsTakeTheDefaults() {
        MoodleClientConfig config = new MoodleClientConfig(URI.create("https://lms.example.go.id"), TOKEN);

        assertThat(config.connectTimeout()).isEqualTo(MoodleClientConfig.DEFAULT_CONNECT_TIMEOUT);
        assertThat(config.readTimeout()).isEqualTo(MoodleClientConfig.DEFAULT_READ_TIMEOUT);
    }

    @Test
    void nonPositiveTimeoutIsRefused() {
        URI url = URI.create("https://lms.example.go.id");

        assertThatThrownBy(() -> new MoodleClientConfig(url, TOKEN, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect timeout");
        assertThatThrownBy(() -> new MoodleClientConfig(url, TOKEN, null, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read timeout");
    }
}
