package id.jembatan.lrs.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code multipart/mixed} bodies (RFC 2046) as xAPI uses them for attachments (Data 2.4.11): the first part is the
 * statement JSON, each further part one attachment's raw data with {@code X-Experience-API-Hash} and
 * {@code Content-Transfer-Encoding: binary}. Works on bytes, because attachment data is binary.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final byte[] CRLF = {'\r', '\n'};
    /** RFC 2046 5.1.1: a boundary has 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;

    /** One part: its headers (names lower case) and content. */
    record Part(Map<String, String> headers, byte[] content) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        String contentType() {
            return header("content-type").orElse("text/plain");
        }
    }

    private Multipart() {
    }

    static Optional<String> boundary(String contentType) {
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }

    /**
     * The parts of {@code body}.
     *
     * @throws StoreRejection {@code INVALID} when the body is not multipart with this boundary
     */
    static List<Part> parse(byte[] body, String boundary) {
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw malformed("the boundary must have 1 to " + MAX_BOUNDARY + " characters (RFC 2046 5.1.1), has "
                    + boundary.length());
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            throw malformed("the boundary does not occur in the body");
        }
        byte[] next = concat(CRLF, delimiter);
        int[] nextFailure = failure(next);
        List<Part> parts = new ArrayList<>();
        int position = start + delimiter.length;
        while (true) {
            if (position + 1 < body.length && body[position] == '-' && body[position + 1] == '-') {
                return parts;
            }
            position = skipLine(body, position);
            int end = indexOf(body, next, nextFailure, position);
            if (end < 0) {
                throw malformed("a part is not closed by the boundary");
            }
            parts.add(part(Arrays.copyOfRange(body, position, end)));
            position = end + next.length;
        }
    }

    private static Part part(byte[] raw) {
        int split = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] content;
        if (split < 0) {
            if (raw.length >= 2 && raw[0] == '\r' && raw[1] == '\n') {
                return new Part(headers, Arrays.copyOfRange(raw, 2, raw.length));
            }
            throw malformed("a part has no blank line after its headers");
        }
        String head = new String(raw, 0, split, StandardCharsets.UTF_8);
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        content = Arrays.copyOfRange(raw, split + 4, raw.length);
        return new Part(headers, content);
    }

    /** Writes parts as a multipart body with {@code boundary}. */
    static byte[] write(List<Part> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            part.headers().forEach((name, value) -> out.writeBytes((name + ": " + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            out.writeBytes(CRLF);
            out.writeBytes(part.content());
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static int skipLine(byte[] body, int position) {
        while (position < body.length && body[position] != '\n') {
            position++;
        }
        return position + 1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        return indexOf(haystack, needle, failure(needle), from);
    }

    /**
     * Knuth-Morris-Pratt: each byte of {@code haystack} is looked at a bounded number of times whatever the needle, so
     * parsing stays linear in the body for any boundary (a naive search is body length times boundary length on a
     * body made of near-boundaries).
     */
    private static int indexOf(byte[] haystack, byte[] needle, int[] failure, int from) {
        if (needle.length == 0) {
            return Math.max(0, from);
        }
        int matched = 0;
        for (int i = Math.max(0, from); i < haystack.length; i++) {
            while (matched > 0 && haystack[i] != needle[matched]) {
                matched = failure[matched - 1];
            }
            if (haystack[i] == needle[matched]) {
                matched++;
            }
            if (matched == needle.length) {
                return i - needle.length + 1;
            }
        }
        return -1;
    }

    /** KMP's table: for each prefix of {@code needle}, the length of its longest proper prefix that is also a suffix. */
    private static int[] failure(byte[] needle) {
        int[] failure = new int[needle.length];
        int length = 0;
        for (int i = 1; i < needle.length; i++) {
            while (length > 0 && needle[i] != needle[length]) {
                length = failure[length - 1];
            }
            if (needle[i] == needle[length]) {
                length++;
            }
            failure[i] = length;
        }
        return failure;
    }

    private static StoreRejection malformed(String english) {
        return StoreRejection.invalid("badan multipart/mixed rusak", "malformed multipart/mixed body: " + english);
    }
}
