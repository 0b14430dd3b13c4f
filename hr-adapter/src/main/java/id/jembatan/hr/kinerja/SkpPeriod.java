package id.jembatan.hr.kinerja;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The period an SKP evaluation covers. PermenPANRB 6/2022 evaluates periodically (each instansi chooses monthly,
 * quarterly or per semester) and annually; SIASN records quarterly ({@code TRIWULAN I}–{@code IV}) and annual
 * ({@code TAHUNAN}) results, which is what regional e-Kinerja systems send.
 */
public enum SkpPeriod {
    TRIWULAN_I("triwulan-1", "Triwulan I", 3),
    TRIWULAN_II("triwulan-2", "Triwulan II", 6),
    TRIWULAN_III("triwulan-3", "Triwulan III", 9),
    TRIWULAN_IV("triwulan-4", "Triwulan IV", 12),
    SEMESTER_I("semester-1", "Semester I", 6),
    SEMESTER_II("semester-2", "Semester II", 12),
    TAHUNAN("tahunan", "Tahunan", 12);

    private final String key;
    private final String label;
    private final int lastMonth;

    SkpPeriod(String key, String label, int lastMonth) {
        this.key = key;
        this.label = label;
        this.lastMonth = lastMonth;
    }

    /** Lower-case key used in IRIs, statement ids and idempotency keys, e.g. {@code triwulan-1}. */
    public String key() {
        return key;
    }

    /** As written in Indonesian, e.g. {@code Triwulan I}. */
    public String label() {
        return label;
    }

    /** The last day of the period in {@code year}. */
    public LocalDate endIn(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /**
     * Reads a period: {@code TAHUNAN}, {@code TRIWULAN I} (also {@code TRIWULAN_1}, {@code TW1}, {@code Q1}),
     * {@code SEMESTER II} (also {@code S2}), or a key such as {@code triwulan-3}.
     */
    public static Optional<SkpPeriod> parse(String text) {
        if (Text.blank(text)) {
            return Optional.empty();
        }
        String s = Text.squash(text);
        return switch (s) {
            case "TAHUNAN", "TAHUN", "ANNUAL", "YEARLY", "AKHIRTAHUN" -> Optional.of(TAHUNAN);
            case "TRIWULANI", "TRIWULAN1", "TWI", "TW1", "Q1" -> Optional.of(TRIWULAN_I);
            case "TRIWULANII", "TRIWULAN2", "TWII", "TW2", "Q2" -> Optional.of(TRIWULAN_II);
            case "TRIWULANIII", "TRIWULAN3", "TWIII", "TW3", "Q3" -> Optional.of(TRIWULAN_III);
            case "TRIWULANIV", "TRIWULAN4", "TWIV", "TW4", "Q4" -> Optional.of(TRIWULAN_IV);
            case "SEMESTERI", "SEMESTER1", "S1", "H1" -> Optional.of(SEMESTER_I);
            case "SEMESTERII", "SEMESTER2", "S2", "H2" -> Optional.of(SEMESTER_II);
            default -> Optional.empty();
        };
    }
}
