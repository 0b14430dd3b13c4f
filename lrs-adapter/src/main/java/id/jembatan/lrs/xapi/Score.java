package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A score: {@code scaled} in [-1, 1], {@code raw} between {@code min} and {@code max}
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2451-score">xAPI Data 2.4.5.1</a>).
 * Not checked here; {@link StatementValidator} reports violations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Score(Double scaled, Double raw, Double min, Double max) {

    /** A score with only its scaled value. */
    public static Score scaled(double scaled) {
        return new Score(scaled, null, null, null);
    }

    /**
     * A raw score in [min, max] with its scaled value {@code (raw - min) / (max - min)}, as Moodle grades are
     * reported; scaled is left out when {@code max <= min}.
     */
    public static Score ofRaw(double raw, double min, double max) {
        Double scaled = max > min ? (raw - min) / (max - min) : null;
        return new Score(scaled, raw, min, max);
    }
}
