package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Predikat;
import id.jembatan.hr.simpeg.JabatanKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code kinerja-recommendations}, read from a semicolon-separated file ({@code config/kinerja/
 * recommendations.csv}) that HR edits in a spreadsheet: one rule per line, columns {@code id; predikat;
 * rating-di-bawah; kata-kunci; jenis-jabatan; kompetensi-kurang; kursus; alasan}; lists inside a column separated by
 * {@code |}; the last column may hold semicolons; lines starting with {@code #} and the header are ignored. Every error
 * names the file, the line and the column.
 */
public final class RecommendationRules {

    static final String HEADER = "id";

    private final List<RecommendationRule> rules;

    public RecommendationRules(List<RecommendationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RecommendationRule> rules() {
        return rules;
    }

    /**
     * The courses recommended for {@code result}, each with the rules that recommend it, in file order.
     */
    public Map<RecommendationRule.CourseRef, List<RecommendationRule>> recommend(PeriodResult result) {
        Map<RecommendationRule.CourseRef, List<RecommendationRule>> courses = new LinkedHashMap<>();
        for (RecommendationRule rule : rules) {
            if (rule.matches(result)) {
                for (RecommendationRule.CourseRef course : rule.courses()) {
                    courses.computeIfAbsent(course, c -> new ArrayList<>()).add(rule);
                }
            }
        }
        return courses;
    }

    /** Reads the rules file. */
    public static RecommendationRules load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw KinerjaException.configuration("berkas aturan tidak dapat dibaca / the rules file cannot be read: "
                    + file + " (jembatan.flows.kinerja-recommendations.rules)");
        }
    }

    /** Parses rules text; {@code name} is the file named in messages. */
    public static RecommendationRules parse(String name, String text) {
        List<RecommendationRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", 8);
            if (cells[0].strip().equalsIgnoreCase(HEADER)) {
                continue;
            }
            String where = name + " baris/line " + (i + 1);
            if (cells.length < 8) {
                throw KinerjaException.configuration(where + ": perlu 8 kolom / needs 8 columns (id; predikat;"
                        + " rating-di-bawah; kata-kunci; jenis-jabatan; kompetensi-kurang; kursus; alasan), found "
                        + cells.length);
            }
            String id = cells[0].strip();
            if (id.isEmpty() || !ids.add(id)) {
                throw KinerjaException.configuration(where + ": id aturan kosong atau ganda / rule id empty or repeated: '"
                        + id + "'");
            }
            Set<Predikat> predikats = EnumSet.noneOf(Predikat.class);
            for (String p : list(cells[1])) {
                predikats.add(Predikat.parse(p, Map.of()).orElseThrow(() -> KinerjaException.configuration(where
                        + ", kolom/column predikat: '" + p + "' bukan predikat / is not a predikat (sangat-baik, baik,"
                        + " butuh-perbaikan, kurang, sangat-kurang)")));
            }
            Set<RecommendationRule.RatingKind> below = EnumSet.noneOf(RecommendationRule.RatingKind.class);
            for (String r : list(cells[2])) {
                below.add(Arrays.stream(RecommendationRule.RatingKind.values())
                        .filter(k -> k.code.equals(r.toLowerCase(Locale.ROOT))).findFirst()
                        .orElseThrow(() -> KinerjaException.configuration(where + ", kolom/column rating-di-bawah: '" + r
                                + "' (hasil-kerja, perilaku-kerja)")));
            }
            List<String> keywords = list(cells[3]);
            Set<JabatanKind> jabatan = EnumSet.noneOf(JabatanKind.class);
            for (String j : list(cells[4])) {
                jabatan.add(JabatanKind.fromCode(j).orElseThrow(() -> KinerjaException.configuration(where
                        + ", kolom/column jenis-jabatan: '" + j + "' (STRUKTURAL, FUNGSIONAL, PELAKSANA)")));
            }
            List<String> competencies = list(cells[5]);
            List<RecommendationRule.CourseRef> courses = new ArrayList<>();
            for (String c : list(cells[6])) {
                courses.add(course(where, c));
            }
            if (courses.isEmpty()) {
                throw KinerjaException.configuration(where + ", kolom/column kursus: tidak ada kursus / no course");
            }
            String reason = cells[7].strip();
            if (reason.isEmpty()) {
                throw KinerjaException.configuration(where + ", kolom/column alasan: kosong / empty; the ASN is told"
                        + " this reason");
            }
            if (predikats.isEmpty() && below.isEmpty() && keywords.isEmpty() && jabatan.isEmpty()
                    && competencies.isEmpty()) {
                throw KinerjaException.configuration(where + ": aturan tanpa syarat akan mendaftarkan semua ASN / a rule"
                        + " without any condition would enrol every ASN");
            }
            rules.add(new RecommendationRule(id, predikats, below, keywords, jabatan, competencies, courses, reason));
        }
        return new RecommendationRules(rules);
    }

    private static RecommendationRule.CourseRef course(String where, String text) {
        int colon = text.indexOf(':');
        String field = colon < 0 ? "idnumber" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? text : text.substring(colon + 1).strip();
        if (!field.equals("idnumber") && !field.equals("shortname") || value.isEmpty()) {
            throw KinerjaException.configuration(where + ", kolom/column kursus: '" + text + "' (idnumber:X or"
                    + " shortname:X)");
        }
        return new RecommendationRule.CourseRef(field, value);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
