package id.jembatan.hr.kinerja;

import java.util.Map;
import java.util.Optional;

/**
 * One of the two ratings an evaluator gives per SKP period under PermenPANRB 6/2022: rating hasil kerja (work
 * results) and rating perilaku kerja (work behaviour, the BerAKHLAK core values), each against the expectation
 * agreed at the start of the period.
 */
public enum Rating {
    DIATAS_EKSPEKTASI("diatas-ekspektasi", "Di Atas Ekspektasi"),
    SESUAI_EKSPEKTASI("sesuai-ekspektasi", "Sesuai Ekspektasi"),
    DIBAWAH_EKSPEKTASI("dibawah-ekspektasi", "Di Bawah Ekspektasi");

    private final String code;
    private final String label;

    Rating(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value written in xAPI statements and rules, e.g. {@code dibawah-ekspektasi}. */
    public String code() {
        return code;
    }

    /** As the regulation writes it, e.g. {@code Di Bawah Ekspektasi}. */
    public String label() {
        return label;
    }

    /**
     * Reads a rating as sources write it: {@code DIATAS_EKSPEKTASI}, {@code Di Atas Ekspektasi}, {@code diatas},
     * {@code dibawah-ekspektasi}, or a numeric code of {@code codes} (SIASN writes 1, 2, 3).
     */
    public static Optional<Rating> parse(String text, Map<String, Rating> codes) {
        if (Text.blank(text)) {
            return Optional.empty();
        }
        Rating coded = codes.get(text.strip());
        if (coded != null) {
            return Optional.of(coded);
        }
        return switch (Text.squash(text)) {
            case "DIATASEKSPEKTASI", "DIATAS", "ATAS", "ABOVEEXPECTATIONS", "ABOVEEXPECTATION" ->
                    Optional.of(DIATAS_EKSPEKTASI);
            case "SESUAIEKSPEKTASI", "SESUAI", "ASEXPECTED", "MEETSEXPECTATIONS" -> Optional.of(SESUAI_EKSPEKTASI);
            case "DIBAWAHEKSPEKTASI", "DIBAWAH", "BAWAH", "BELOWEXPECTATIONS", "BELOWEXPECTATION" ->
                    Optional.of(DIBAWAH_EKSPEKTASI);
            default -> Optional.empty();
        };
    }
}
