package id.jembatan.lrs.xapi;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deterministic statement ids: UUID version 5 (name-based, SHA-1,
 * <a href="https://www.rfc-editor.org/rfc/rfc4122#section-4.3">RFC 4122 §4.3</a>) of the source event, so that a
 * replay or a retry produces the same id and the LRS stores the event once. The names hashed are documented in
 * {@code docs/xapi-profile.md}; changing them changes every id, so they are a contract.
 */
public final class StatementIds {

    /** RFC 4122 Appendix C namespace for domain names. */
    public static final UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /** RFC 4122 Appendix C namespace for URLs. */
    public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /**
     * Jembatan's namespace for statement ids: {@code uuid5(NAMESPACE_URL, "https://jembatan.id/xapi/statement-ids")}.
     */
    public static final UUID NAMESPACE = UUID.fromString("07e22d4b-9758-5f9d-8e3e-97113d44fff2");

    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private StatementIds() {
    }

    /** UUID version 5 of {@code name} (UTF-8) in {@code namespace}. */
    public static UUID uuid5(UUID namespace, String name) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        ByteBuffer hash = ByteBuffer.wrap(sha1.digest());
        long most = hash.getLong();
        long least = hash.getLong();
        most = (most & ~0xF000L) | 0x5000L;
        least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** A statement id for any source: {@code uuid5(NAMESPACE, name)}. */
    public static UUID forName(String name) {
        return uuid5(NAMESPACE, name);
    }

    /**
     * The id of the statement made from one row of Moodle's standard log ({@code logstore_standard_log.id}): the name
     * is {@code <site>#log/<logId>}, the site as by {@link #canonicalSite(URI)}.
     */
    public static UUID forLogRow(URI siteUrl, long logId) {
        return forName(canonicalSite(siteUrl) + "#log/" + logId);
    }

    /**
     * The id of the statement about a record that exists once per user and course, whichever way it was read (log,
     * web service or push): the name is {@code <site>#<kind>/<userId>/<courseId>}.
     *
     * @param kind lower-case words joined by hyphens, e.g. {@code course-completion}; not {@code log}
     */
    public static UUID forRecord(URI siteUrl, long userId, long courseId, String kind) {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches() || kind.equals("log")) {
            throw new IllegalArgumentException(
                    "record kind must be lower-case words joined by hyphens and not 'log', was '" + kind + "'");
        }
        return forName(canonicalSite(siteUrl) + "#" + kind + "/" + userId + "/" + courseId);
    }

    /**
     * The site URL as hashed: scheme and host in lower case, default port dropped, no trailing slash, no query or
     * fragment. {@code https://Elearning.Kota.go.id:443/moodle/} becomes {@code https://elearning.kota.go.id/moodle}.
     */
    public static String canonicalSite(URI siteUrl) {
        Objects.requireNonNull(siteUrl, "siteUrl");
        Canonical last = lastSite;
        if (last != null && last.site() == siteUrl) {
            return last.text();
        }
        String text = canonicalize(siteUrl);
        lastSite = new Canonical(siteUrl, text);
        return text;
    }

    /**
     * The last site canonicalized: a flow passes the same {@code URI} (its {@code jembatan.moodle.url}) for every
     * statement, several times per statement, and would otherwise parse it again each time.
     */
    private record Canonical(URI site, String text) {
    }

    private static volatile Canonical lastSite;

    private static String canonicalize(URI siteUrl) {
        if (!siteUrl.isAbsolute() || siteUrl.getHost() == null) {
            throw new IllegalArgumentException("site URL must be absolute with a host, was '" + siteUrl + "'");
        }
        String scheme = siteUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = siteUrl.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        String path = siteUrl.getRawPath() == null ? "" : siteUrl.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + siteUrl.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }
}
