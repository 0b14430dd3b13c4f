package id.jembatan.hr.kinerja;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numeric codes a source uses for ratings and predikat. Text values ({@code Di Atas Ekspektasi}, {@code Baik}) are
 * always understood; codes differ per system, so they are configuration.
 *
 * @param ratings code → rating, e.g. {@code 1 → DIATAS_EKSPEKTASI}
 * @param predikats code → predikat, e.g. {@code 3 → BUTUH_PERBAIKAN}
 */
public record KinerjaCodes(Map<String, Rating> ratings, Map<String, Predikat> predikats) {

    public KinerjaCodes {
        ratings = Map.copyOf(ratings);
        predikats = Map.copyOf(predikats);
    }

    /**
     * SIASN's SKP 2022 codes: {@code hasilKinerjaNilai} and {@code perilakuKerjaNilai} 1 di atas, 2 sesuai, 3 di bawah
     * ekspektasi; {@code kuadranKinerjaNilai} 1 Sangat Baik, 2 Baik, 3 Butuh Perbaikan, 4 Kurang/Misconduct, 5 Sangat
     * Kurang.
     */
    public static KinerjaCodes siasn() {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        ratings.put("1", Rating.DIATAS_EKSPEKTASI);
        ratings.put("2", Rating.SESUAI_EKSPEKTASI);
        ratings.put("3", Rating.DIBAWAH_EKSPEKTASI);
        Map<String, Predikat> predikats = new LinkedHashMap<>();
        predikats.put("1", Predikat.SANGAT_BAIK);
        predikats.put("2", Predikat.BAIK);
        predikats.put("3", Predikat.BUTUH_PERBAIKAN);
        predikats.put("4", Predikat.KURANG);
        predikats.put("5", Predikat.SANGAT_KURANG);
        return new KinerjaCodes(ratings, predikats);
    }

    /**
     * These codes with overrides as admins write them ({@code jembatan.kinerja.rating-codes},
     * {@code predikat-codes}): code → a value {@link Rating#parse} or {@link Predikat#parse} reads.
     *
     * @throws KinerjaException (fatal) naming the property when a value is not a rating or predikat
     */
    public KinerjaCodes with(Map<String, String> ratingCodes, Map<String, String> predikatCodes) {
        Map<String, Rating> r = new LinkedHashMap<>(ratings);
        ratingCodes.forEach((code, value) -> r.put(code.strip(), Rating.parse(value, Map.of()).orElseThrow(() ->
                KinerjaException.configuration("jembatan.kinerja.rating-codes." + code + ": '" + value
                        + "' bukan rating / is not a rating (DIATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DIBAWAH_EKSPEKTASI)"))));
        Map<String, Predikat> p = new LinkedHashMap<>(predikats);
        predikatCodes.forEach((code, value) -> p.put(code.strip(), Predikat.parse(value, Map.of()).orElseThrow(() ->
                KinerjaException.configuration("jembatan.kinerja.predikat-codes." + code + ": '" + value
                        + "' bukan predikat / is not a predikat (SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG,"
                        + " SANGAT_KURANG)"))));
        return new KinerjaCodes(r, p);
    }
}
