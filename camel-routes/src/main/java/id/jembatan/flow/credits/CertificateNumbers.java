package id.jembatan.flow.credits;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate numbers from a pattern ({@code jembatan.flows.lrs-credits.certificate-pattern}), derived from the
 * credit's statement id so that a rerun, a replay or a rebuilt ledger gives the same number, and unique because
 * statement ids are. Placeholders: {@code {year}}, {@code {month}} (two digits), {@code {nip}}, {@code {id}} (the
 * whole statement id) and {@code {id:N}} (its first N hex digits, upper case, 12 to 32). The pattern must contain
 * {@code {id}} or {@code {id:N}}; the default {@code JMB/{year}/{id:16}} gives {@code JMB/2025/D641BC0108845B40}.
 * With 16 digits two of a million credits share a number with a chance of about one in thirty million; the ledger's
 * unique key refuses the second should it happen (it goes to the dead letters).
 */
public final class CertificateNumbers {

    /** The default pattern. */
    public static final String DEFAULT_PATTERN = "JMB/{year}/{id:16}";
    static final String SETTING = "jembatan.flows.lrs-credits.certificate-pattern";
    static final int MAX_LENGTH = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d+))?}");

    private final String pattern;

    public CertificateNumbers(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException(SETTING + " harus diisi / must be set, e.g. " + DEFAULT_PATTERN);
        }
        boolean hasId = false;
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String digits = placeholder.group(2);
            switch (name) {
                case "year", "month", "nip" -> {
                    if (digits != null) {
                        throw invalid(pattern, "{" + name + "} takes no length");
                    }
                }
                case "id" -> {
                    hasId = true;
                    if (digits != null && (Integer.parseInt(digits) < 12 || Integer.parseInt(digits) > 32)) {
                        throw invalid(pattern, "{id:N} needs N from 12 to 32");
                    }
                }
                default -> throw invalid(pattern, "unknown placeholder {" + name + "}");
            }
        }
        if (!hasId) {
            throw invalid(pattern, "it must contain {id} or {id:N}, which make the numbers unique");
        }
        this.pattern = pattern;
    }

    private static IllegalArgumentException invalid(String pattern, String why) {
        return new IllegalArgumentException("Pola nomor sertifikat tidak valid / invalid certificate pattern '"
                + pattern + "': " + why + " (" + SETTING + ")");
    }

    /** The number of the credit evidenced by {@code statementId}. */
    public String number(UUID statementId, String nip, LocalDate completedOn) {
        String hex = statementId.toString().replace("-", "").toUpperCase(Locale.ROOT);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "year" -> Integer.toString(completedOn.getYear());
                case "month" -> String.format("%02d", completedOn.getMonthValue());
                case "nip" -> nip;
                default -> placeholder.group(2) == null ? statementId.toString()
                        : hex.substring(0, Integer.parseInt(placeholder.group(2)));
            };
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        if (out.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Nomor sertifikat lebih dari " + MAX_LENGTH + " karakter / certificate "
                    + "number longer than " + MAX_LENGTH + " characters: shorten " + SETTING);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
