package id.jembatan.bridge.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the console writes times, numbers and the bridge's own words, as {@code ${@fmt...}} in the templates: times in
 * WIB (Asia/Jakarta), month names in the page's language; numbers always in Indonesian form (1.234,5); flow ids, health
 * parts and pass triggers by their names in the message bundles, the id itself when a bundle has none.
 */
@Component("fmt")
public class ConsoleFormat {

    /** The zone every console time is shown in. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    /** One {@code indonesian/english 1,234} item of a pass summary, as {@code PassPolicy} writes them. */
    private static final Pattern BILINGUAL_COUNT = Pattern.compile(
            "^(\\s*(?:[^/]*: )?)([^/,;:]+?)/([^/,;:]+?) (\\d{1,3}(?:,\\d{3})*)$");
    /** Between the items of a pass summary: a comma or semicolon and a space (not the comma inside 1,029). */
    private static final Pattern ITEMS = Pattern.compile("[,;](?=\\s)");
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    ConsoleFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A flow's name for people ({@code flow.title.<id>}), or its id when the bundles do not name it. */
    public String flowName(String flow) {
        return word("flow.title.", flow);
    }

    /** A part of {@code /actuator/health} by its name for people ({@code health.part.<name>}). */
    public String healthPart(String part) {
        return word("health.part.", part);
    }

    /** A health status ({@code UP}, {@code DOWN}, ...) in the page's language. */
    public String healthStatus(String status) {
        return word("health.status.", status);
    }

    /** An audit log action ({@code console.flow-run}, {@code enrol}) by its name for people ({@code audit.action.<id>}). */
    public String auditAction(String action) {
        return word("audit.action.", action);
    }

    /** Who started a pass: {@code jadwal}, {@code perintah}, {@code konsol: siti}. */
    public String trigger(String trigger) {
        if (trigger != null && trigger.startsWith("console:")) {
            return messages.getMessage("pass.trigger.console", new Object[] {trigger.substring("console:".length())},
                    LocaleContextHolder.getLocale());
        }
        return word("pass.trigger.", trigger);
    }

    /**
     * A pass summary ({@code dibaca/read 1,029, surat mati/dead-lettered 0; ...}) in the page's language only, its
     * counts in Indonesian form; text that is not such a list is kept, with its numbers in Indonesian form.
     */
    public String summary(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        StringBuilder out = new StringBuilder();
        Matcher separators = ITEMS.matcher(summary);
        int from = 0;
        while (true) {
            boolean found = separators.find();
            int to = found ? separators.start() : summary.length();
            String item = summary.substring(from, to);
            Matcher count = BILINGUAL_COUNT.matcher(item);
            if (count.matches()) {
                out.append(count.group(1)).append(english ? count.group(3) : count.group(2)).append(' ')
                        .append(number(Long.parseLong(count.group(4).replace(",", ""))));
            } else {
                out.append(indonesianNumbers(item));
            }
            if (!found) {
                return out.toString();
            }
            out.append(separators.group());
            from = separators.end();
        }
    }

    /** A payload as stored, JSON indented for reading; other text as it is. */
    public String payload(String payload) {
        if (payload == null || payload.isBlank()) {
            return "–";
        }
        String text = payload.strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return payload;
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
        } catch (IOException e) {
            return payload;
        }
    }

    /** {@code 14 Mar 2026}, month in the page's language; a dash for none. */
    public String day(LocalDate day) {
        return day == null ? "–" : DateTimeFormatter.ofPattern("d MMM yyyy", LocaleContextHolder.getLocale())
                .format(day);
    }

    private String word(String prefix, String id) {
        if (id == null) {
            return "–";
        }
        return messages.getMessage(prefix + id, null, id, LocaleContextHolder.getLocale());
    }

    private String indonesianNumbers(String text) {
        Matcher number = ENGLISH_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(out, number(Long.parseLong(number.group().replace(",", ""))));
        }
        number.appendTail(out);
        return out.toString();
    }

    /** {@code 8 Des 2026 07.15 WIB}; a dash for none. */
    public String time(Instant instant) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", LocaleContextHolder.getLocale()).withZone(WIB)
                .format(instant) + " WIB";
    }

    /** {@code 2026-12-08}, the form a date field takes. */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(WIB).format(instant);
    }

    /** A whole or decimal number in Indonesian form, up to two decimals. */
    public String number(Number number) {
        if (number == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(ID);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(number instanceof BigDecimal d && d.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(number);
    }

    /** A percentage in Indonesian form: {@code 45,50 %}. */
    public String percent(Number number) {
        return number == null ? "–" : number(number) + " %";
    }

    /** {@code 0,5 s}, {@code 2,0 s}, {@code 3 min 4 s}. */
    public String duration(long millis) {
        if (millis < 60_000) {
            NumberFormat format = NumberFormat.getNumberInstance(ID);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP)) + " s";
        }
        Duration d = Duration.ofMillis(millis);
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
