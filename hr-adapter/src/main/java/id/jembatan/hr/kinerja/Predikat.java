package id.jembatan.hr.kinerja;

import java.util.Map;
import java.util.Optional;

/**
 * The predikat kinerja of an SKP period, which PermenPANRB 6/2022 derives from the two ratings (its "kuadran"
 * matrix); see {@link #of(Rating, Rating)}.
 */
public enum Predikat {
    SANGAT_BAIK("sangat-baik", "Sangat Baik"),
    BAIK("baik", "Baik"),
    BUTUH_PERBAIKAN("butuh-perbaikan", "Butuh Perbaikan"),
    /** Kurang / misconduct: results met, behaviour below expectation. */
    KURANG("kurang", "Kurang/Misconduct"),
    SANGAT_KURANG("sangat-kurang", "Sangat Kurang");

    private final String code;
    private final String label;

    Predikat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value written in xAPI statements and rules, e.g. {@code butuh-perbaikan}. */
    public String code() {
        return code;
    }

    /** As the regulation writes it, e.g. {@code Butuh Perbaikan}. */
    public String label() {
        return label;
    }

    /**
     * The PermenPANRB 6/2022 matrix: rating hasil kerja (rows) against rating perilaku kerja (columns).
     *
     * <pre>
     *                      perilaku: di bawah     sesuai            di atas
     * hasil di atas        Kurang/Misconduct      Baik              Sangat Baik
     * hasil sesuai         Kurang/Misconduct      Baik              Baik
     * hasil di bawah       Sangat Kurang          Butuh Perbaikan   Butuh Perbaikan
     * </pre>
     */
    public static Predikat of(Rating hasilKerja, Rating perilakuKerja) {
        return switch (hasilKerja) {
            case DIATAS_EKSPEKTASI -> switch (perilakuKerja) {
                case DIATAS_EKSPEKTASI -> SANGAT_BAIK;
                case SESUAI_EKSPEKTASI -> BAIK;
                case DIBAWAH_EKSPEKTASI -> KURANG;
            };
            case SESUAI_EKSPEKTASI -> switch (perilakuKerja) {
                case DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI -> BAIK;
                case DIBAWAH_EKSPEKTASI -> KURANG;
            };
            case DIBAWAH_EKSPEKTASI -> switch (perilakuKerja) {
                case DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI -> BUTUH_PERBAIKAN;
                case DIBAWAH_EKSPEKTASI -> SANGAT_KURANG;
            };
        };
    }

    /**
     * Reads a predikat as sources write it ({@code SANGAT_BAIK}, {@code Butuh Perbaikan}, {@code Kurang/Misconduct},
     * {@code misconduct}), or a numeric code of {@code codes} (SIASN's kuadran 1 to 5).
     */
    public static Optional<Predikat> parse(String text, Map<String, Predikat> codes) {
        if (Text.blank(text)) {
            return Optional.empty();
        }
        Predikat coded = codes.get(text.strip());
        if (coded != null) {
            return Optional.of(coded);
        }
        return switch (Text.squash(text)) {
            case "SANGATBAIK", "ISTIMEWA" -> Optional.of(SANGAT_BAIK);
            case "BAIK" -> Optional.of(BAIK);
            case "BUTUHPERBAIKAN", "PERLUPERBAIKAN" -> Optional.of(BUTUH_PERBAIKAN);
            case "KURANG", "KURANGMISCONDUCT", "MISCONDUCT" -> Optional.of(KURANG);
            case "SANGATKURANG" -> Optional.of(SANGAT_KURANG);
            default -> Optional.empty();
        };
    }
}
