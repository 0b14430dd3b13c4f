package id.jembatan.hr.simpeg;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A SIMPEG row that cannot be used as it is, with every reason found, for the dead-letter store. The rest
 * of its page is read as usual.
 *
 * @param query the query that returned it, e.g. {@code asn-changed}
 * @param rawKey the key column (NIP or nomor induk) as the database returned it, or null
 * @param updatedAt the row's {@code updated_at}, or null when it had none
 * @param problems why it was rejected, at least one
 * @param values every column of the row as text, by alias, for the admin who fixes it
 */
public record RejectedRow(
        String query,
        String rawKey,
        LocalDateTime updatedAt,
        List<Problem> problems,
        Map<String, String> values) implements AsnRow, InternRow {

    public RejectedRow {
        Objects.requireNonNull(query, "query");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs a reason");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every problem in Bahasa Indonesia and English: {@code nip: NIP harus 18 digit / NIP must have ...}. */
    public String reason() {
        return problems.stream().map(p -> p.column() + ": " + p.message()).collect(Collectors.joining("; "));
    }

    /**
     * One reason for rejecting a row.
     *
     * @param column the alias of the offending column
     * @param indonesian the reason in Bahasa Indonesia
     * @param english the reason in English
     */
    public record Problem(String column, String indonesian, String english) {

        public Problem {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(indonesian, "indonesian");
            Objects.requireNonNull(english, "english");
        }

        /** Both languages, for logs and dead letters read by admins. */
        public String message() {
            return indonesian + " / " + english;
        }
    }
}
