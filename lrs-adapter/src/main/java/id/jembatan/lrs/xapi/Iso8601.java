package id.jembatan.lrs.xapi;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 timestamps and durations as xAPI uses them (xAPI Data 4.5 and 4.6). */
final class Iso8601 {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(?:" + NUMBER + "Y)?(?:" + NUMBER + "M)?(?:" + NUMBER + "D)?"
                    + "(?:T(?=\\d)(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?"
                    + "|P" + NUMBER + "W");

    private Iso8601() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static String format(OffsetDateTime timestamp) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timestamp);
    }

    static String format(Duration duration) {
        if (duration == null) {
            return null;
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("an xAPI duration cannot be negative: " + duration);
        }
        return duration.toString();
    }

    /** Parses date-time text with a zone offset ({@code Z}, {@code +07:00}, {@code +0700} or {@code +07}). */
    static Optional<OffsetDateTime> parseTimestamp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TIMESTAMP.matcher(text);
        if (!matcher.matches() || matcher.group(2) == null) {
            return Optional.empty();
        }
        String offset = matcher.group(2);
        if (!offset.equals("Z")) {
            String digits = offset.substring(1).replace(":", "");
            offset = offset.charAt(0) + digits.substring(0, 2) + ":" + (digits.length() > 2 ? digits.substring(2) : "00");
        }
        try {
            return Optional.of(OffsetDateTime.parse(matcher.group(1).replace(',', '.') + offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True for a well-formed date-time that only lacks its zone offset. */
    static boolean lacksOffset(String text) {
        Matcher matcher = TIMESTAMP.matcher(text);
        return matcher.matches() && matcher.group(2) == null;
    }

    static boolean isDuration(String text) {
        return text != null && DURATION.matcher(text).matches();
    }
}
