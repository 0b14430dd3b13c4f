package id.jembatan.lrs;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the LRS is and how to log in: {@code jembatan.lrs.endpoint}, {@code jembatan.lrs.username},
 * {@code jembatan.lrs.password}. The password never appears in {@link #toString()}.
 *
 * @param endpoint the xAPI base, e.g. {@code https://lrs.example/xapi/}; a trailing slash is added when missing
 * @param username Basic-auth user (the LRS client key)
 * @param password Basic-auth password (the LRS client secret)
 * @param connectTimeout how long to wait for a connection; default 5 s
 * @param requestTimeout how long to wait for one response; default 30 s
 */
public record LrsConfig(URI endpoint, String username, String password, Duration connectTimeout,
        Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public LrsConfig {
        Objects.requireNonNull(endpoint, "jembatan.lrs.endpoint is required");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!endpoint.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException(
                    "jembatan.lrs.endpoint must be an absolute http(s) URL such as https://lrs.example/xapi/, was '"
                            + endpoint + "'");
        }
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("jembatan.lrs.endpoint must not contain credentials; set "
                    + "jembatan.lrs.username and jembatan.lrs.password instead");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("jembatan.lrs.endpoint must not have a query or fragment, was '"
                    + endpoint + "'");
        }
        if (!endpoint.getRawPath().endsWith("/")) {
            endpoint = URI.create(endpoint + "/");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("jembatan.lrs.username is required");
        }
        if (password == null) {
            throw new IllegalArgumentException("jembatan.lrs.password is required");
        }
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connect timeout");
        requestTimeout = positive(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "request timeout");
    }

    /** A configuration with the default timeouts. */
    public static LrsConfig of(URI endpoint, String username, String password) {
        return new LrsConfig(endpoint, username, password, null, null);
    }

    /** The scheme, host and port of the endpoint: what a {@code more} path is resolved against. */
    public URI origin() {
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority());
    }

    @Override
    public String toString() {
        return "LrsConfig[endpoint=" + endpoint + ", username=" + username + ", password=****, connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    private static Duration positive(Duration value, Duration fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("LRS " + what + " must be positive, was " + value);
        }
        return value;
    }
}
