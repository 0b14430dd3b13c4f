package id.jembatan.lrs.xapi;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /**
     * Parses date-time text with a zone offset ({@code Z}, {@code +07:00}, {@code +0700} or {@code +07}). A negative
     * zero offset ({@code -00}, {@code -0000}, {@code -00:00}) is refused (docs/decisions/0019).
     */
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
            if (offset.charAt(0) == '-' && digits.chars().allMatch(c -> c == '0')) {
                // ISO 8601 writes a zero offset with "+" (or Z); RFC 3339's "-00:00" (offset unknown) is not ISO 8601
                return Optional.empty();
            }
            offset = offset.charAt(0) + digits.substring(0, 2) + ":" + (digits.length() > 2 ? digits.substring(2) : "00");
        }
        try {
            return Optional.of(OffsetDateTime.parse(matcher.group(1).replace(',', '.') + offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code text} is a date-time with a zone offset ({@link #parseTimestamp} finds one). The form this
     * project writes, {@code 2025-03-01T02:15:00Z} with or without a fraction ({@link #format(Instant)}), is checked
     * without a regular expression or a parser: it is in every statement a flow validates.
     */
    static boolean isTimestamp(String text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-'
                && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && (length == 20 || (text.charAt(19) == '.' && length > 21))) {
            int[] at = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
            boolean digits = true;
            for (int i : at) {
                digits &= isDigit(text.charAt(i));
            }
            for (int i = 20; i < length - 1; i++) {
                digits &= isDigit(text.charAt(i));
            }
            if (digits) {
                try {
                    LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                            number(text, 14, 16), number(text, 17, 19));
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }
        return parseTimestamp(text).isPresent();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
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
