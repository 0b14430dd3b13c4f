package id.jembatan.flow.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    private static final UUID ID = UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void defaultPatternUsesTheYearAndSixteenHexDigitsOfTheStatementId() {
        assertThat(new CertificateNumbers(CertificateNumbers.DEFAULT_PATTERN).number(ID, "198503152010012003", DAY))
                .isEqualTo("JMB/2025/D641BC0108845B40");
    }

    @Test
    void everyPlaceholderIsFilledAndTheSameInputGivesTheSameNumber() {
        CertificateNumbers numbers = new CertificateNumbers("800/{month}.{year}/{nip}/{id}");

        String first = numbers.number(ID, "198503152010012003", DAY);

        assertThat(first).isEqualTo("800/03.2025/198503152010012003/d641bc01-0884-5b40-9cfe-cb514e506ed7");
        assertThat(numbers.number(ID, "198503152010012003", DAY)).isEqualTo(first);
    }

    @Test
    void numbersOfDifferentStatementsDiffer() {
        CertificateNumbers numbers = new CertificateNumbers(CertificateNumbers.DEFAULT_PATTERN);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(numbers.number(UUID.nameUUIDFromBytes(("s" + i).getBytes()), "1", DAY))).isTrue();
        }
    }

    @Test
    void patternsThatCannotBeUniqueOrAreWrongAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new CertificateNumbers("SERT/{year}/{nip}"))
                .hasMessageContaining("{id}").hasMessageContaining("jembatan.flows.lrs-credits.certificate-pattern");
        assertThatThrownBy(() -> new CertificateNumbers("SERT/{id:8}")).hasMessageContaining("12 to 32");
        assertThatThrownBy(() -> new CertificateNumbers("SERT/{tahun}/{id}")).hasMessageContaining("{tahun}");
        assertThatThrownBy(() -> new CertificateNumbers(" ")).hasMessageContaining("must be set");
    }

    @Test
    void aNumberLongerThanTheColumnIsRefused() {
        CertificateNumbers numbers = new CertificateNumbers("X".repeat(70) + "/{id}");

        assertThatThrownBy(() -> numbers.number(ID, "1", DAY)).hasMessageContaining("longer than 100");
    }
}
