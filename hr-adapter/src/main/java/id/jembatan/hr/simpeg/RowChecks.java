package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.RejectedRow.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the columns of one {@link RawRow}, collecting a bilingual {@link Problem} for each bad value. */
final class RowChecks {

    private static final DateTimeFormatter TIMESTAMP_TEXT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private final RawRow row;
    private final List<Problem> problems = new ArrayList<>();

    RowChecks(RawRow row) {
        this.row = row;
    }

    boolean passed() {
        return problems.isEmpty();
    }

    RejectedRow reject(String query, String keyAlias) {
        Object updatedAt = row.get("updated_at");
        return new RejectedRow(query, row.raw(keyAlias),
                updatedAt instanceof LocalDateTime time ? time : null, problems, row.asText());
    }

    void problem(String column, String indonesian, String english) {
        problems.add(new Problem(column, indonesian, english));
    }

    /** The value stripped of surrounding spaces; null when null or blank. */
    String text(String alias) {
        String raw = row.raw(alias);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }

    String requiredText(String alias, String indonesian, String english) {
        String value = text(alias);
        if (value == null) {
            problem(alias, indonesian, english);
        }
        return value;
    }

    Nip nip(String alias, boolean required) {
        String raw = row.raw(alias);
        if (!required && (raw == null || raw.isBlank())) {
            return null;
        }
        Nip.Result result = Nip.check(raw);
        if (!result.valid()) {
            String value = raw == null ? "" : " '" + raw + "'";
            problem(alias, result.reason().indonesian() + value, result.reason().english() + value);
        }
        return result.nip();
    }

    String email(String alias, boolean required, String whyRequiredId, String whyRequiredEn) {
        String value = text(alias);
        if (value == null) {
            if (required) {
                problem(alias, "email kosong (" + whyRequiredId + ")", "email is missing (" + whyRequiredEn + ")");
            }
            return null;
        }
        if (!plausibleEmail(value)) {
            problem(alias, "email tidak valid: '" + value + "'", "email is not a valid address: '" + value + "'");
        }
        return value;
    }

    static boolean plausibleEmail(String value) {
        int at = value.indexOf('@');
        int dot = value.lastIndexOf('.');
        return at > 0 && at == value.lastIndexOf('@') && dot > at + 1 && dot < value.length() - 1
                && value.chars().noneMatch(Character::isWhitespace);
    }

    <E extends Enum<E>> E code(String alias, Function<String, Optional<E>> parse, E[] known,
            Function<E, String> codeOf, boolean required) {
        String value = text(alias);
        if (value == null) {
            if (required) {
                problem(alias, alias + " kosong", alias + " is missing");
            }
            return null;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            List<String> codes = Arrays.stream(known).map(codeOf).toList();
            problem(alias, "nilai '" + value + "' tidak dikenal, yang dikenal: " + codes,
                    "unknown value '" + value + "', known values: " + codes);
        }
        return parsed.orElse(null);
    }

    LocalDate date(String alias, boolean required) {
        Object value = row.get(alias);
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        String text = text(alias);
        if (text == null) {
            if (required) {
                problem(alias, alias + " kosong", alias + " is missing");
            }
            return null;
        }
        try {
            return text.length() > 10 ? LocalDateTime.parse(text, TIMESTAMP_TEXT).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(alias, "bukan tanggal yang valid: '" + text + "'", "not a valid date: '" + text + "'");
            return null;
        }
    }

    LocalDateTime dateTime(String alias) {
        Object value = row.get(alias);
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        String text = text(alias);
        if (text == null) {
            problem(alias, alias + " kosong", alias + " is missing");
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIMESTAMP_TEXT);
        } catch (DateTimeParseException e) {
            problem(alias, "bukan waktu yang valid: '" + text + "'", "not a valid timestamp: '" + text + "'");
            return null;
        }
    }
}
