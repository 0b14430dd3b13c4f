package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.PeriodResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Moodle messages of {@code kinerja-recommendations}, in Bahasa Indonesia: why a course was assigned. Pure. */
final class RecommendationMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private RecommendationMessages() {
    }

    /** To the ASN: the period and its result, the course, until when, and the rules' reasons. */
    static String toAsn(Assignment assignment, LocalDate until) {
        PeriodResult r = assignment.result;
        Set<String> reasons = new LinkedHashSet<>();
        assignment.rules.forEach(rule -> reasons.add(rule.reason()));
        return "Yth. " + (r.name() == null ? "Bapak/Ibu" : r.name()) + ",\n"
                + "Berdasarkan hasil penilaian kinerja " + r.periodName() + " (predikat " + r.predikat().label()
                + "; hasil kerja " + r.hasilKerja().label() + ", perilaku kerja " + r.perilakuKerja().label()
                + "), Anda didaftarkan pada kursus \"" + assignment.courseName + "\" sampai " + DATE.format(until)
                + ".\nAlasan: " + String.join(" ", reasons) + "\n"
                + "Pesan ini dikirim otomatis oleh Jembatan; hubungi pengelola kepegawaian bila ada pertanyaan.";
    }

    /** To the evaluator: whom, for which period, into which courses. */
    static String toEvaluator(PeriodResult r, List<String> courseNames) {
        return "Yth. " + (r.evaluatorName() == null ? "Bapak/Ibu" : r.evaluatorName()) + ",\n"
                + "Berdasarkan penilaian Anda atas kinerja " + (r.name() == null ? "" : r.name() + " ") + "(NIP "
                + r.nip().value() + ") untuk " + r.periodName() + " (predikat " + r.predikat().label() + "), yang"
                + " bersangkutan didaftarkan pada kursus: " + String.join(", ", courseNames.stream()
                .map(n -> "\"" + n + "\"").toList()) + ". Mohon dukung penyelesaiannya.\n"
                + "Pesan ini dikirim otomatis oleh Jembatan.";
    }
}
