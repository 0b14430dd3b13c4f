package id.jembatan.flow.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.hr.simpeg.AsnProfile;
import id.jembatan.hr.simpeg.Intern;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns SIMPEG rows into the Moodle accounts they should have.
 *
 * <p>Names: Moodle needs a first and a last name and shows them as {@code first last}. Indonesian names have no
 * family name, so the name's last word is the last name and the words before it the first name, with the front
 * title before them ({@code Dr. Budi} / {@code Santoso, S.Kom.}); the back title follows the last name. A
 * one-word name is the first name (after the front title) and the last name is the back title, or {@code -}
 * when there is none, since Moodle refuses an empty last name. Interns have no titles.
 *
 * <p>An ASN who is not active (retired, deceased, transferred out) is suspended; an intern is suspended from
 * the day after the internship's last day. Neither is ever deleted.
 */
final class ProfileMapper {

    /** Longest first or last name Moodle stores. */
    static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProfileSettings settings;
    private final Clock clock;

    ProfileMapper(ProfileSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The account result for one row: the profile, or why Moodle could not take it. */
    sealed interface Mapped permits Ok, Refused {
    }

    record Ok(MoodleProfile profile) implements Mapped {
    }

    record Refused(String recordKey, String payload, String reason) implements Mapped {
    }

    Mapped asn(AsnProfile asn) {
        String key = asn.nip().value();
        String payload = json(asn);
        String[] names = split(asn.frontTitle(), asn.name(), asn.backTitle());
        String problem = nameProblem(names);
        if (problem == null) {
            problem = emailProblem(asn.email(), asn.active());
        }
        if (problem != null) {
            return new Refused(key, payload, problem);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(settings.jabatanField(), nullToEmpty(asn.jabatanName()));
        fields.put(settings.golonganField(), nullToEmpty(asn.golongan()));
        List<CohortSpec> cohorts = new ArrayList<>();
        if (asn.opdCode() != null) {
            cohorts.add(new CohortSpec(settings.opdCohortPrefix() + asn.opdCode(),
                    asn.opdName() == null ? asn.opdCode() : asn.opdName()));
        }
        if (asn.jabatanKind() != null) {
            String kind = asn.jabatanKind().name();
            cohorts.add(new CohortSpec(settings.jabatanCohortPrefix() + kind,
                    "Jabatan " + kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT)));
        }
        return new Ok(new MoodleProfile(key, key, names[0], names[1], blankToNull(asn.email()),
                settings.institution(), asn.opdName(), fields, !asn.active(), cohorts, payload, asn.state()));
    }

    Mapped intern(Intern intern) {
        String key = settings.internIdNumberPrefix() + intern.idNumber();
        String payload = json(intern);
        String[] names = split(null, intern.name(), null);
        String problem = nameProblem(names);
        if (problem == null) {
            problem = emailProblem(intern.email(), true);
        }
        if (problem != null) {
            return new Refused(key, payload, problem);
        }
        String local = intern.email().substring(0, intern.email().indexOf('@'));
        String username = settings.internUsername().replace("{nomor}", intern.idNumber()).replace("{email}", local)
                .toLowerCase(Locale.ROOT);
        List<CohortSpec> cohorts = new ArrayList<>();
        if (intern.opdCode() != null) {
            cohorts.add(new CohortSpec(settings.opdCohortPrefix() + intern.opdCode(),
                    intern.opdName() == null ? intern.opdCode() : intern.opdName()));
        }
        if (intern.university() != null && !intern.university().isBlank()) {
            cohorts.add(new CohortSpec(settings.internCohortPrefix() + slug(intern.university()),
                    "Magang " + intern.university().strip()));
        }
        boolean ended = LocalDate.now(clock.withZone(settings.zone())).isAfter(intern.endDate());
        return new Ok(new MoodleProfile(key, username, names[0], names[1], intern.email().strip(),
                settings.institution(), intern.opdName(), Map.of(), ended, cohorts, payload, null));
    }

    static String[] split(String frontTitle, String name, String backTitle) {
        String[] words = name.strip().split("\\s+");
        String front = frontTitle == null || frontTitle.isBlank() ? "" : frontTitle.strip() + " ";
        String back = backTitle == null || backTitle.isBlank() ? null : backTitle.strip();
        if (words.length == 1) {
            return new String[] {front + words[0], back == null ? "-" : back};
        }
        String first = front + String.join(" ", Arrays.copyOf(words, words.length - 1));
        String last = words[words.length - 1] + (back == null ? "" : ", " + back);
        return new String[] {first, last};
    }

    private static String nameProblem(String[] names) {
        for (String part : names) {
            if (part.length() > MAX_NAME) {
                return "nama: nama lebih dari " + MAX_NAME + " karakter, Moodle menolaknya / name: longer than "
                        + MAX_NAME + " characters, which Moodle refuses";
            }
            if (part.indexOf('<') >= 0 || part.indexOf('>') >= 0) {
                return "nama: nama memuat < atau >, Moodle menolaknya / name: contains < or >, which Moodle refuses";
            }
        }
        return null;
    }

    private static String emailProblem(String email, boolean required) {
        if (email == null || email.isBlank()) {
            return required ? "email: email wajib untuk akun aktif / email: an active account needs an email address"
                    : null;
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            return "email: alamat email tidak sah / email: not a valid email address: " + email;
        }
        return null;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String json(AsnProfile asn) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nip", asn.nip().value());
        row.put("gelar_depan", asn.frontTitle());
        row.put("nama", asn.name());
        row.put("gelar_belakang", asn.backTitle());
        row.put("email", asn.email());
        row.put("opd_kode", asn.opdCode());
        row.put("opd_nama", asn.opdName());
        row.put("jabatan_nama", asn.jabatanName());
        row.put("jabatan_jenis", asn.jabatanKind() == null ? null : asn.jabatanKind().name());
        row.put("golongan", asn.golongan());
        row.put("status_kepegawaian", asn.employmentStatus().name());
        row.put("status_aktif", asn.state().code());
        row.put("updated_at", String.valueOf(asn.updatedAt()));
        return json(row);
    }

    static String json(Intern intern) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nomor_induk", intern.idNumber());
        row.put("jenis_nomor", intern.idKind().name());
        row.put("nama", intern.name());
        row.put("email", intern.email());
        row.put("perguruan_tinggi", intern.university());
        row.put("opd_kode", intern.opdCode());
        row.put("opd_nama", intern.opdName());
        row.put("tanggal_mulai", String.valueOf(intern.startDate()));
        row.put("tanggal_selesai", String.valueOf(intern.endDate()));
        row.put("updated_at", String.valueOf(intern.updatedAt()));
        return json(row);
    }

    static String json(Map<String, String> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            return String.valueOf(row);
        }
    }
}
