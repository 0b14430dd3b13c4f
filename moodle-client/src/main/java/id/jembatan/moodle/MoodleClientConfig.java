package id.jembatan.moodle;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach one Moodle site.
 *
 * @param baseUrl the site's wwwroot, e.g. {@code https://lms.example.go.id} or {@code https://host/moodle}
 *     ({@code jembatan.moodle.url})
 * @param token the web service token of the bridge's external service ({@code jembatan.moodle.token});
 *     secret: it is sent only in POST bodies and never shown by {@link #toString()}
 * @param connectTimeout how long to wait for a TCP/TLS connection; null means {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param readTimeout how long to wait for Moodle's answer to one call; null means {@link #DEFAULT_READ_TIMEOUT}
 */
public record MoodleClientConfig(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout) {

    /** Connect timeout used when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Read timeout used when none is configured. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final String SERVER_PATH = "webservice/rest/server.php";

    /** Validates the settings; messages name the property to fix. */
    public MoodleClientConfig {
        if (baseUrl == null) {
            throw new IllegalArgumentException("jembatan.moodle.url is not set: set it to the Moodle site's address");
        }
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "jembatan.moodle.url must be an absolute http(s) URL of the Moodle site, was: " + baseUrl);
        }
        if (baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("jembatan.moodle.url must be the site's plain address (no"
                    + " credentials, query or fragment), e.g. https://lms.example.go.id");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(
                    "jembatan.moodle.token is empty: set it to the web service token of the bridge's external service");
        }
        connectTimeout = positiveOrDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connect timeout");
        readTimeout = positiveOrDefault(readTimeout, DEFAULT_READ_TIMEOUT, "read timeout");
    }

    /** A configuration with the default timeouts. */
    public MoodleClientConfig(URI baseUrl, String token) {
        this(baseUrl, token, null, null);
    }

    /** The REST endpoint, {@code <baseUrl>/webservice/rest/server.php}. */
    public URI endpoint() {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + SERVER_PATH : base + "/" + SERVER_PATH);
    }

    @Override
    public String toString() {
        return "MoodleClientConfig[baseUrl=" + baseUrl + ", token=****, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }

    private static Duration positiveOrDefault(Duration value, Duration fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the Moodle " + what + " must be positive, was " + value);
        }
        return value;
    }
}
