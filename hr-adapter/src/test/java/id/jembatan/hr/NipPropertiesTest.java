package id.jembatan.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Nip} checked over many generated NIPs. The generator is seeded, so a failing
 * case is printed by JUnit and comes back on every run (see docs/decisions/0004-property-tests.md).
 */
class NipPropertiesTest {

    private static final int SAMPLES = 500;

    record Parts(LocalDate birth, YearMonth appointment, int gender, int sequence) {
        String digits() {
            return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(), gender, sequence);
        }

        String with(int position, String replacement) {
            String text = digits();
            return text.substring(0, position) + replacement + text.substring(position + replacement.length());
        }
    }

    static Stream<Parts> validNips() {
        Random random = new Random(20261129L);
        long firstDay = LocalDate.of(1940, 1, 1).toEpochDay();
        long lastDay = LocalDate.of(2008, 12, 31).toEpochDay();
        return Stream.generate(() -> {
            LocalDate birth = LocalDate.ofEpochDay(firstDay + (long) (random.nextDouble() * (lastDay - firstDay)));
            YearMonth appointment = YearMonth.from(birth).plusMonths(random.nextInt(60 * 12));
            return new Parts(birth, appointment, 1 + random.nextInt(2), random.nextInt(1000));
        }).limit(SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void everyWellFormedNipIsAcceptedAndDecodedBack(Parts parts) {
        Nip nip = Nip.of(parts.digits());

        assertThat(nip.birthDate()).isEqualTo(parts.birth());
        assertThat(nip.appointmentMonth()).isEqualTo(parts.appointment());
        assertThat(nip.gender()).isEqualTo(parts.gender() == 1 ? Nip.Gender.MALE : Nip.Gender.FEMALE);
        assertThat(nip.sequence()).isEqualTo(parts.sequence());
        assertThat(Nip.of(nip.formatted())).isEqualTo(nip);
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void onlyOneAndTwoAreGenderDigits(Parts parts) {
        for (int digit = 0; digit <= 9; digit++) {
            Nip.Result result = Nip.check(parts.with(14, Integer.toString(digit)));

            assertThat(result.reason()).isEqualTo(digit == 1 || digit == 2 ? null : Nip.Reason.GENDER_DIGIT);
        }
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void anAppointmentCodeThatIsNeitherMonthNorPppkIsRejected(Parts parts) {
        for (String month : new String[] {"00", "13", "20", "30", "99"}) {
            assertThat(Nip.check(parts.with(12, month)).reason()).isEqualTo(Nip.Reason.APPOINTMENT_NOT_A_MONTH);
        }
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void aDayBeyondTheEndOfTheBirthMonthIsRejected(Parts parts) {
        String impossibleDay = String.format("%02d", parts.birth().lengthOfMonth() + 1);

        assertThat(Nip.check(parts.with(6, impossibleDay)).reason()).isEqualTo(Nip.Reason.BIRTH_DATE_NOT_A_DATE);
        assertThat(Nip.check(parts.with(6, "00")).reason()).isEqualTo(Nip.Reason.BIRTH_DATE_NOT_A_DATE);
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void aLetterAnywhereIsRejected(Parts parts) {
        for (int position = 0; position < Nip.LENGTH; position++) {
            assertThat(Nip.check(parts.with(position, "O")).reason()).isEqualTo(Nip.Reason.NOT_DIGITS);
        }
    }

    @ParameterizedTest
    @MethodSource("validNips")
    void droppingOrAddingADigitIsRejected(Parts parts) {
        String text = parts.digits();

        assertThat(Nip.check(text.substring(1)).reason()).isEqualTo(Nip.Reason.WRONG_LENGTH);
        assertThat(Nip.check(text + "0").reason()).isEqualTo(Nip.Reason.WRONG_LENGTH);
    }
}
