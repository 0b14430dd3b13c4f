package id.jembatan.bridge.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** What the console writes for the bridge's own words and numbers, with the real message bundles. */
class ConsoleFormatTest {

    private final ConsoleFormat fmt = new ConsoleFormat(new ConsoleWebConfiguration().messageSource());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPassSummaryIsShownInThePagesLanguageWithIndonesianNumbers() {
        String summary = "dibaca/read 1,029, terkirim/delivered 934, ditulis ke SIMPEG/SIMPEG written 9; "
                + "dilewati/skipped 95";
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(fmt.summary(summary)).isEqualTo("dibaca 1.029, terkirim 934, ditulis ke SIMPEG 9; dilewati 95");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.summary(summary)).isEqualTo("read 1.029, delivered 934, SIMPEG written 9; skipped 95");
    }

    @Test
    void aSummaryThatIsNotAListOfCountsIsKeptWithItsNumbersInIndonesianForm() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(fmt.summary("run moodle-learning (web services): kursus/courses 5, dibaca/read 12,345"))
                .isEqualTo("run moodle-learning (web services): kursus 5, dibaca 12.345");
        assertThat(fmt.summary("Moodle answered 1,234 users at 10.5 s")).isEqualTo("Moodle answered 1.234 users at"
                + " 10.5 s");
        assertThat(fmt.summary(null)).isEmpty();
    }

    @Test
    void flowsHealthPartsAndTriggersHaveNamesInBothLanguagesAndUnknownOnesKeepTheirId() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(fmt.flowName("hr-profiles")).isEqualTo("Akun pegawai: SIMPEG → Moodle");
        assertThat(fmt.flowName("console-test")).isEqualTo("console-test");
        assertThat(fmt.healthPart("diskSpace")).isEqualTo("Ruang disk");
        assertThat(fmt.healthStatus("UP")).isEqualTo("normal");
        assertThat(fmt.trigger("schedule")).isEqualTo("jadwal");
        assertThat(fmt.trigger("console:siti")).isEqualTo("konsol: siti");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.flowName("hr-profiles")).isEqualTo("Staff accounts: SIMPEG → Moodle");
        assertThat(fmt.healthStatus("DOWN")).isEqualTo("down");
        assertThat(fmt.trigger("console:siti")).isEqualTo("console: siti");
    }

    @Test
    void timesAreInWibDaysAndDurationsInThePagesForm() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(fmt.time(Instant.parse("2026-12-08T03:15:00Z"))).isEqualTo("8 Des 2026 10:15:00 WIB");
        assertThat(fmt.day(LocalDate.of(2026, 3, 14))).isEqualTo("14 Mar 2026");
        assertThat(fmt.duration(500)).isEqualTo("0,5 s");
        assertThat(fmt.duration(2_000)).isEqualTo("2,0 s");
        assertThat(fmt.duration(184_000)).isEqualTo("3 min 4 s");
        assertThat(fmt.number(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void aJsonPayloadIsIndentedAndOtherTextKept() {
        assertThat(fmt.payload("{\"nip\":\"198501012010011001\",\"jp\":24}")).isEqualTo("""
                {
                  "nip" : "198501012010011001",
                  "jp" : 24
                }""");
        assertThat(fmt.payload("nip=1985")).isEqualTo("nip=1985");
        assertThat(fmt.payload("{not json")).isEqualTo("{not json");
        assertThat(fmt.payload(null)).isEqualTo("–");
    }
}
