package id.jembatan.hr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: the 18-digit identifier of an ASN.
 *
 * <p>Layout: {@code yyyymmdd} birth date, {@code yyyymm} appointment (TMT CPNS) month, one gender digit
 * ({@code 1} male, {@code 2} female) and a three-digit sequence number. Input may carry the spaces
 * used when a NIP is printed ({@code 19851107 200902 1 002}); they are removed. Anything else that
 * does not fit is rejected with a reason, never guessed.
 *
 * <p>The numbers of PPPK (contract ASN, "NI PPPK") share the layout, but digits 13-14 hold a code in place
 * of the month: published examples use 21 and 24 (e.g. {@code 199009132025242014}). Codes 21-29 are
 * accepted as {@link Kind#PPPK}, whose appointment is known only to the year.
 */
public final class Nip implements Comparable<Nip> {

    /** Length of a NIP in digits. */
    public static final int LENGTH = 18;

    private static final int PPPK_FIRST_CODE = 21;
    private static final int PPPK_LAST_CODE = 29;

    private final String value;

    private Nip(String value) {
        this.value = value;
    }

    /**
     * Parses a NIP, or throws {@link InvalidNipException} with the reason.
     *
     * @param text the NIP, digits optionally separated by spaces
     */
    public static Nip of(String text) {
        Result result = check(text);
        if (result.reason() != null) {
            throw new InvalidNipException(text, result.reason());
        }
        return result.nip();
    }

    /** Parses a NIP, or returns empty when it is not valid (see {@link #check(String)} for why). */
    public static Optional<Nip> parse(String text) {
        return Optional.ofNullable(check(text).nip());
    }

    /** Whether {@code text} is a valid NIP. */
    public static boolean isValid(String text) {
        return check(text).nip() != null;
    }

    /** Checks a NIP and gives either the parsed value or the reason for rejecting it. */
    public static Result check(String text) {
        if (text == null || text.isBlank()) {
            return Result.rejected(Reason.EMPTY);
        }
        String digits = text.strip().replace(" ", "");
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Result.rejected(Reason.NOT_DIGITS);
            }
        }
        if (digits.length() != LENGTH) {
            return Result.rejected(Reason.WRONG_LENGTH);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(number(digits, 0, 4), number(digits, 4, 6), number(digits, 6, 8));
        } catch (DateTimeException e) {
            return Result.rejected(Reason.BIRTH_DATE_NOT_A_DATE);
        }
        int appointmentCode = number(digits, 12, 14);
        boolean pppk = appointmentCode >= PPPK_FIRST_CODE && appointmentCode <= PPPK_LAST_CODE;
        if (!pppk && (appointmentCode < 1 || appointmentCode > 12)) {
            return Result.rejected(Reason.APPOINTMENT_NOT_A_MONTH);
        }
        int appointmentYear = number(digits, 8, 12);
        if (appointmentYear < birth.getYear()
                || !pppk && YearMonth.of(appointmentYear, appointmentCode).isBefore(YearMonth.from(birth))) {
            return Result.rejected(Reason.APPOINTMENT_BEFORE_BIRTH);
        }
        char gender = digits.charAt(14);
        if (gender != '1' && gender != '2') {
            return Result.rejected(Reason.GENDER_DIGIT);
        }
        return new Result(new Nip(digits), null);
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    /** The 18 digits, without spaces. */
    public String value() {
        return value;
    }

    /** Birth date encoded in the first eight digits. */
    public LocalDate birthDate() {
        return LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
    }

    /** Whether this is the number of a PNS or of a PPPK. */
    public Kind kind() {
        return number(value, 12, 14) >= PPPK_FIRST_CODE ? Kind.PPPK : Kind.PNS;
    }

    /** Year of appointment, digits 9 to 12. */
    public int appointmentYear() {
        return number(value, 8, 12);
    }

    /**
     * Month of appointment as CPNS (TMT), digits 9 to 14.
     *
     * @throws IllegalStateException for a {@link Kind#PPPK} number, which carries no month
     */
    public YearMonth appointmentMonth() {
        if (kind() == Kind.PPPK) {
            throw new IllegalStateException("NI PPPK " + value + " carries no appointment month");
        }
        return YearMonth.of(number(value, 8, 12), number(value, 12, 14));
    }

    /** Gender encoded in digit 15. */
    public Gender gender() {
        return value.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE;
    }

    /** Sequence number among ASN with the same birth date, appointment month and gender. */
    public int sequence() {
        return number(value, 15, 18);
    }

    /** The NIP as it is printed on documents: {@code 19851107 200902 1 002}. */
    public String formatted() {
        return value.substring(0, 8) + ' ' + value.substring(8, 14) + ' ' + value.charAt(14) + ' '
                + value.substring(15);
    }

    @Override
    public int compareTo(Nip other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /** Gender digit of a NIP. */
    public enum Gender { MALE, FEMALE }

    /** Civil servant (PNS, CPNS) or government employee with a work agreement (PPPK). */
    public enum Kind { PNS, PPPK }

    /** Why a NIP was rejected, in Bahasa Indonesia and English. */
    public enum Reason {
        EMPTY("NIP kosong", "NIP is empty"),
        NOT_DIGITS("NIP hanya boleh berisi angka", "NIP must contain digits only"),
        WRONG_LENGTH("NIP harus 18 digit", "NIP must have exactly 18 digits"),
        BIRTH_DATE_NOT_A_DATE("8 digit pertama NIP bukan tanggal lahir yang valid (yyyymmdd)",
                "the first 8 digits are not a real birth date (yyyymmdd)"),
        APPOINTMENT_NOT_A_MONTH("digit 13-14 NIP bukan bulan pengangkatan (01-12) maupun kode PPPK (21-29)",
                "digits 13-14 are neither an appointment month (01-12) nor a PPPK code (21-29)"),
        APPOINTMENT_BEFORE_BIRTH("bulan pengangkatan pada NIP lebih awal dari tanggal lahir",
                "the appointment month lies before the birth date"),
        GENDER_DIGIT("digit ke-15 NIP (jenis kelamin) harus 1 atau 2",
                "digit 15 (gender) must be 1 or 2");

        private final String indonesian;
        private final String english;

        Reason(String indonesian, String english) {
            this.indonesian = indonesian;
            this.english = english;
        }

        /** The reason in Bahasa Indonesia. */
        public String indonesian() {
            return indonesian;
        }

        /** The reason in English. */
        public String english() {
            return english;
        }

        /** Both languages, for logs and dead letters read by admins. */
        public String message() {
            return indonesian + " / " + english;
        }
    }

    /** Outcome of {@link #check(String)}: exactly one of {@code nip} and {@code reason} is set. */
    public record Result(Nip nip, Reason reason) {
        static Result rejected(Reason reason) {
            return new Result(null, Objects.requireNonNull(reason));
        }

        /** Whether the NIP is valid. */
        public boolean valid() {
            return nip != null;
        }
    }
}
