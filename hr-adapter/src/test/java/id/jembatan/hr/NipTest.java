package id.jembatan.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    /** Every NIP that appears in the recorded Moodle fixtures (users' idnumber). */
    @ParameterizedTest
    @ValueSource(strings = {
        "197501052000031003", "197808201998031005", "198212182006041001", "198511072009021002",
        "198703122010011004", "198904022014022002", "199005242015032001", "199201152019022003",
        "199307302020122007", "199508172022031004", "199912312099121999"})
    void nipsOfTheRecordedMoodleUsersAreValid(String text) {
        assertThat(Nip.isValid(text)).isTrue();
        assertThat(Nip.of(text).value()).isEqualTo(text);
    }

    @Test
    void componentsAreDecoded() {
        Nip nip = Nip.of("198511072009021002");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 11, 7));
        assertThat(nip.appointmentMonth()).isEqualTo(YearMonth.of(2009, 2));
        assertThat(nip.gender()).isEqualTo(Nip.Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(2);
        assertThat(nip.formatted()).isEqualTo("19851107 200902 1 002");
    }

    @Test
    void printedFormWithSpacesIsAccepted() {
        assertThat(Nip.of(" 19900524 201503 2 001 ")).isEqualTo(Nip.of("199005242015032001"));
        assertThat(Nip.of("199005242015032001").gender()).isEqualTo(Nip.Gender.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({
        "'',                      EMPTY",
        "'   ',                   EMPTY",
        "19851107200902100,       WRONG_LENGTH",
        "1985110720090210020,     WRONG_LENGTH",
        "19851107-200902-1-002,   NOT_DIGITS",
        "1985110720090210O2,      NOT_DIGITS",
        "198502302009021002,      BIRTH_DATE_NOT_A_DATE",
        "198513072009021002,      BIRTH_DATE_NOT_A_DATE",
        "198511002009021002,      BIRTH_DATE_NOT_A_DATE",
        "198511072009001002,      APPOINTMENT_NOT_A_MONTH",
        "198511072009131002,      APPOINTMENT_NOT_A_MONTH",
        "198511072009201002,      APPOINTMENT_NOT_A_MONTH",
        "198511072009301002,      APPOINTMENT_NOT_A_MONTH",
        "198511071984241002,      APPOINTMENT_BEFORE_BIRTH",
        "198511071984121002,      APPOINTMENT_BEFORE_BIRTH",
        "198511072009020002,      GENDER_DIGIT",
        "198511072009023002,      GENDER_DIGIT"})
    void invalidNipsAreRejectedWithTheirReason(String text, Nip.Reason reason) {
        assertThat(Nip.check(text).reason()).isEqualTo(reason);
        assertThat(Nip.parse(text)).isEmpty();
        assertThatThrownBy(() -> Nip.of(text))
                .isInstanceOf(InvalidNipException.class)
                .hasMessageContaining(reason.indonesian())
                .hasMessageContaining(reason.english())
                .extracting(e -> ((InvalidNipException) e).reason()).isEqualTo(reason);
    }

    @Test
    void pppkNumbersCarryACodeInPlaceOfTheMonth() {
        Nip pppk = Nip.of("199009132025242014");

        assertThat(pppk.kind()).isEqualTo(Nip.Kind.PPPK);
        assertThat(pppk.appointmentYear()).isEqualTo(2025);
        assertThat(pppk.gender()).isEqualTo(Nip.Gender.FEMALE);
        assertThat(pppk.sequence()).isEqualTo(14);
        assertThatThrownBy(pppk::appointmentMonth).isInstanceOf(IllegalStateException.class);
        assertThat(Nip.of("198511072009021002").kind()).isEqualTo(Nip.Kind.PNS);
    }

    @Test
    void nullIsRejectedAsEmpty() {
        assertThat(Nip.check(null).reason()).isEqualTo(Nip.Reason.EMPTY);
    }

    @Test
    void leapDayBirthDatesAreRealOnlyInLeapYears() {
        assertThat(Nip.isValid("199202292019022003")).isTrue();
        assertThat(Nip.check("199302292019022003").reason()).isEqualTo(Nip.Reason.BIRTH_DATE_NOT_A_DATE);
    }
}
