package id.jembatan.flow.credits;

import id.jembatan.lrs.xapi.CompetencyType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course mapping file ({@code jembatan.flows.lrs-credits.mapping-file}, e.g.
 * {@code config/credits/course-mapping.csv}): for activities whose statements carry no JP or competency type, what
 * HR credits for them. CSV, UTF-8, one activity per line, {@code #} starts a comment, an optional header line:
 *
 * <pre>
 * activity,competency_type,jp
 * https://elearning.kota.go.id/course/view.php?id=7,teknis,20
 * course:12,manajerial,8
 * https://kampus.ac.id/xapi/courses/etika-publik,sosial-kultural,
 * </pre>
 *
 * <p>{@code activity} is an activity IRI, matched exactly, or {@code course:<id>}, which matches the Moodle course
 * {@code <id>} ({@code .../course/view.php?id=<id>}) on any site. {@code competency_type} and {@code jp} may each be
 * empty, when only the other is known. A file that cannot be read fails the start of the bridge with the line at
 * fault: a wrong mapping would credit wrong hours.
 */
public final class CreditMapping {

    /** What the file says about one activity; either field may be null. */
    public record Entry(CompetencyType competencyType, BigDecimal jp) {
    }

    static final String SETTING = "jembatan.flows.lrs-credits.mapping-file";
    private static final Pattern MOODLE_COURSE = Pattern.compile("/course/view\\.php\\?id=(\\d+)$");
    private static final CreditMapping EMPTY = new CreditMapping(Map.of());

    private final Map<String, Entry> entries;

    private CreditMapping(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** No mapping: JP and type come only from the statements. */
    public static CreditMapping empty() {
        return EMPTY;
    }

    /** Reads a mapping file. */
    public static CreditMapping load(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Berkas pemetaan kursus tidak terbaca / the course mapping file cannot "
                    + "be read: " + file + " (" + SETTING + ")", e);
        }
    }

    /** Parses the lines of a mapping file; {@code name} is used in messages. */
    public static CreditMapping parse(String name, List<String> lines) {
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#") || (entries.isEmpty() && line.startsWith("activity,"))) {
                continue;
            }
            String where = name + " baris/line " + (i + 1);
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                throw bad(where, "harus 3 kolom / must have 3 columns: activity,competency_type,jp");
            }
            String activity = fields[0].strip();
            if (activity.isEmpty()) {
                throw bad(where, "activity kosong / is empty");
            }
            CompetencyType type = null;
            if (!fields[1].isBlank()) {
                type = CompetencyType.fromValue(fields[1]).orElseThrow(() -> bad(where, "jenis kompetensi tidak "
                        + "dikenal / unknown competency type '" + fields[1].strip()
                        + "' (teknis, manajerial, sosial-kultural)"));
            }
            BigDecimal jp = null;
            if (!fields[2].isBlank()) {
                try {
                    jp = new BigDecimal(fields[2].strip());
                } catch (NumberFormatException e) {
                    throw bad(where, "JP bukan angka / JP is not a number: '" + fields[2].strip() + "'");
                }
                if (jp.signum() < 0 || jp.compareTo(BigDecimal.valueOf(99_999)) > 0 || jp.scale() > 2) {
                    throw bad(where, "JP di luar 0..99999 dengan paling banyak 2 desimal / JP outside 0..99999 with "
                            + "at most 2 decimals: " + jp);
                }
            }
            if (type == null && jp == null) {
                throw bad(where, "jenis kompetensi dan JP kosong / competency type and JP are both empty");
            }
            if (entries.put(activity, new Entry(type, jp)) != null) {
                throw bad(where, "activity dua kali / appears twice: " + activity);
            }
        }
        return new CreditMapping(entries);
    }

    private static IllegalArgumentException bad(String where, String what) {
        return new IllegalArgumentException("Pemetaan kursus tidak valid / invalid course mapping, " + where + ": "
                + what + " (" + SETTING + ")");
    }

    /** What the file says about an activity: by its IRI, else by its Moodle course id. */
    public Optional<Entry> lookup(String activityId) {
        Entry exact = entries.get(activityId);
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher course = MOODLE_COURSE.matcher(activityId);
        return course.find() ? Optional.ofNullable(entries.get("course:" + course.group(1))) : Optional.empty();
    }

    /** How many activities the file maps. */
    public int size() {
        return entries.size();
    }
}
