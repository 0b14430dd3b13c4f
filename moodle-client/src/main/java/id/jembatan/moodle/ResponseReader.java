package id.jembatan.moodle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one HTTP answer of Moodle's REST server into JSON or a classified exception: HTTP status first,
 * then XML or HTML where JSON was asked for, then Moodle's {@code exception} bodies (sent with HTTP 200).
 * Every text that goes into an exception passes through the token redaction.
 */
final class ResponseReader {

    private static final int SNIPPET = 200;
    private static final Pattern XML_EXCEPTION = Pattern.compile("<EXCEPTION\\s+class=\"([^\"]*)\"");
    private static final Pattern XML_ERRORCODE = Pattern.compile("<ERRORCODE>(.*?)</ERRORCODE>", Pattern.DOTALL);
    private static final Pattern XML_MESSAGE = Pattern.compile("<MESSAGE>(.*?)</MESSAGE>", Pattern.DOTALL);

    private final ObjectMapper mapper;
    private final URI endpoint;
    private final String token;
    private final Clock clock;

    ResponseReader(ObjectMapper mapper, URI endpoint, String token, Clock clock) {
        this.mapper = mapper;
        this.endpoint = endpoint;
        this.token = token;
        this.clock = clock;
    }

    /** The JSON answer ({@link NullNode} for Moodle's bare {@code null} or an empty body), or an exception. */
    JsonNode read(String wsfunction, int status, HttpHeaders headers, String body) {
        checkStatus(wsfunction, status, headers);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return NullNode.getInstance();
        }
        if (text.startsWith("<")) {
            throw notJson(wsfunction, headers, text);
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MoodleResponseException(wsfunction, redact(wsfunction + ": Moodle's answer is not JSON: "
                    + snippet(text) + ". Moodle prints PHP notices into web service answers when"
                    + " 'Display debug messages' is on; turn it off on the site"), null);
        }
        if (json.isObject() && json.hasNonNull("errorcode") && json.has("exception")) {
            throw ErrorClassifier.exception(wsfunction,
                    redact(json.path("errorcode").asText()),
                    redact(json.path("exception").asText()),
                    redact(json.path("message").asText("")),
                    json.hasNonNull("debuginfo") ? redact(json.get("debuginfo").asText()) : null);
        }
        return json;
    }

    /** Maps a JSON answer onto a result type; a mismatch means this Moodle answers differently. */
    <T> T convert(String wsfunction, JsonNode json, JavaType type) {
        if (json.isNull()) {
            throw new MoodleResponseException(wsfunction, wsfunction + ": Moodle answered null where "
                    + type.toCanonical() + " was expected", null);
        }
        try {
            return mapper.readerFor(type).readValue(json);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException problem ? problem.getOriginalMessage() : e.getMessage();
            throw new MoodleResponseException(wsfunction, redact(wsfunction + ": Moodle's answer does not have"
                    + " the expected shape (is this Moodle 4.x?): " + detail), null);
        }
    }

    private void checkStatus(String wsfunction, int status, HttpHeaders headers) {
        if (status >= 200 && status < 300) {
            return;
        }
        String answered = wsfunction + ": " + endpoint + " answered HTTP " + status;
        if (status >= 300 && status < 400) {
            String location = headers.firstValue("Location").orElse("(no Location)");
            throw transport(wsfunction, ErrorKind.FATAL, status, null, answered + " redirecting to " + location
                    + ". Set jembatan.moodle.url to the site's own address (its wwwroot, with the right http or"
                    + " https) so that no redirect is needed: a redirected POST loses its body");
        }
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = headers.firstValue("Retry-After").map(this::retryAfter).orElse(null);
            throw transport(wsfunction, ErrorKind.TRANSIENT, status, retryAfter, answered
                    + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)"));
        }
        String hint = switch (status) {
            case 401, 403 -> ". Check that web services and the REST protocol are enabled on the site"
                    + " (Site administration > Server > Web services) and that no proxy blocks " + endpoint;
            case 404 -> ". No Moodle web service there: check jembatan.moodle.url (the site's wwwroot)";
            default -> ". Check jembatan.moodle.url and any proxy in front of Moodle";
        };
        throw transport(wsfunction, ErrorKind.FATAL, status, null, answered + hint);
    }

    private MoodleTransportException transport(String wsfunction, ErrorKind kind, int status, Duration retryAfter,
            String message) {
        return new MoodleTransportException(wsfunction, kind, status, retryAfter, redact(message), null);
    }

    private MoodleResponseException notJson(String wsfunction, HttpHeaders headers, String text) {
        String contentType = headers.firstValue("Content-Type").orElse("no Content-Type");
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return new MoodleResponseException(wsfunction, redact(wsfunction + ": Moodle answered an HTML page ("
                    + contentType + "), not JSON. Check jembatan.moodle.url: it must be the site's wwwroot, with"
                    + " no login page or proxy page in the way"), null);
        }
        StringBuilder message = new StringBuilder(wsfunction).append(": Moodle answered XML (").append(contentType)
                .append("), not JSON. The client always sends moodlewsrestformat=json in the POST body, so the body"
                        + " did not reach Moodle's REST server: check that no proxy or redirect in front of"
                        + " jembatan.moodle.url drops POST bodies");
        Matcher exception = XML_EXCEPTION.matcher(text);
        if (exception.find()) {
            message.append(". Moodle's XML reports ").append(group(XML_ERRORCODE, text))
                    .append(" (").append(exception.group(1)).append("): ").append(group(XML_MESSAGE, text));
        }
        return new MoodleResponseException(wsfunction, redact(message.toString()), null);
    }

    private Duration retryAfter(String value) {
        String trimmed = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    private static String snippet(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "...";
    }

    String redact(String text) {
        return text == null ? null : text.replace(token, "****");
    }
}
