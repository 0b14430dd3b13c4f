package id.jembatan.bridge.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the console writes times and numbers, as {@code ${@fmt...}} in the templates: times in WIB (Asia/Jakarta),
 * month names in the page's language; numbers always in Indonesian form (1.234,5).
 */
@Component("fmt")
public class ConsoleFormat {

    /** The zone every console time is shown in. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale ID = Locale.forLanguageTag("id-ID");

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

    /** {@code 1,2 s}, {@code 3 min 4 s}. */
    public String duration(long millis) {
        if (millis < 60_000) {
            return number(BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP))
                    + " s";
        }
        Duration d = Duration.ofMillis(millis);
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
