package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Predikat;
import id.jembatan.hr.kinerja.Rating;
import id.jembatan.hr.simpeg.JabatanKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One line of {@code recommendations.csv}: when an SKP period result matches every condition given (an empty condition
 * matches anything), the ASN is enrolled in {@code courses} and told {@code reason}.
 *
 * @param id the rule's name, quoted in messages, the audit log and dead letters
 * @param predikats the result's predikat is one of these
 * @param belowExpectation these ratings are {@link Rating#DIBAWAH_EKSPEKTASI}: {@code hasil-kerja},
 *     {@code perilaku-kerja}
 * @param keywords one of these appears (case-insensitive) in an indicator or the evaluator's note on it
 * @param jabatanKinds the ASN's position is of one of these kinds
 * @param competencies one of these is among the position competencies the ASN lacks; {@code *} = any
 * @param courses Moodle courses as {@code idnumber:X} or {@code shortname:X}
 * @param reason why, in Bahasa Indonesia, for the message to the ASN
 */
public record RecommendationRule(String id, Set<Predikat> predikats, Set<RatingKind> belowExpectation,
        List<String> keywords, Set<JabatanKind> jabatanKinds, List<String> competencies, List<CourseRef> courses,
        String reason) {

    /** Which of the two ratings. */
    public enum RatingKind {
        HASIL_KERJA("hasil-kerja"), PERILAKU_KERJA("perilaku-kerja");

        final String code;

        RatingKind(String code) {
            this.code = code;
        }
    }

    /**
     * A course by a field Moodle can find it by.
     *
     * @param field {@code idnumber} or {@code shortname}
     */
    public record CourseRef(String field, String value) {

        public CourseRef {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return field + ":" + value;
        }
    }

    public RecommendationRule {
        predikats = Set.copyOf(predikats);
        belowExpectation = Set.copyOf(belowExpectation);
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        jabatanKinds = Set.copyOf(jabatanKinds);
        competencies = List.copyOf(competencies);
        courses = List.copyOf(courses);
    }

    /** Whether the result meets every condition of the rule. */
    public boolean matches(PeriodResult result) {
        if (!predikats.isEmpty() && !predikats.contains(result.predikat())) {
            return false;
        }
        if (belowExpectation.contains(RatingKind.HASIL_KERJA) && result.hasilKerja() != Rating.DIBAWAH_EKSPEKTASI) {
            return false;
        }
        if (belowExpectation.contains(RatingKind.PERILAKU_KERJA)
                && result.perilakuKerja() != Rating.DIBAWAH_EKSPEKTASI) {
            return false;
        }
        if (!jabatanKinds.isEmpty() && (result.jabatanKind() == null || !jabatanKinds.contains(result.jabatanKind()))) {
            return false;
        }
        if (!keywords.isEmpty() && result.indicators().stream()
                .map(n -> (n.indicator() + " " + n.note()).toLowerCase(Locale.ROOT))
                .noneMatch(text -> keywords.stream().anyMatch(text::contains))) {
            return false;
        }
        if (!competencies.isEmpty()) {
            boolean any = competencies.contains("*") ? !result.missingCompetencies().isEmpty()
                    : result.missingCompetencies().stream().anyMatch(missing -> competencies.stream()
                            .anyMatch(c -> c.equalsIgnoreCase(missing)));
            return any;
        }
        return true;
    }
}
