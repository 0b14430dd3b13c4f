package id.jembatan.sandbox.moodle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Synthetic users, courses and learner progress, deterministic in their seed. */
final class SyntheticSite {

    /** Synthetic activity happens in the 30 days before the synthetic log rows start (1795909000). */
    static final long ACTIVITY_FROM = 1_795_909_000L - 30L * 24 * 3600;

    private static final String[] FIRST_NAMES = {"Adi", "Agus", "Ahmad", "Andi", "Ani", "Arif", "Bambang", "Bayu",
        "Budi", "Dedi", "Dewi", "Dian", "Eka", "Endang", "Fajar", "Fitri", "Hadi", "Hendra", "Indah", "Irwan", "Joko",
        "Kartika", "Lestari", "Maya", "Made", "Nur", "Putri", "Rahmat", "Rina", "Rudi", "Sari", "Siti", "Slamet",
        "Sri", "Taufik", "Tri", "Wahyu", "Wati", "Yoga", "Yuni"};
    private static final String[] LAST_NAMES = {"Hidayat", "Kurniawan", "Lestari", "Marlina", "Nugroho", "Pratama",
        "Prasetyo", "Rahmawati", "Santoso", "Saputra", "Setiawan", "Siregar", "Susanti", "Wibowo", "Wijaya",
        "Handayani", "Hartono", "Aisyah", "Gunawan", "Permana", "Utami", "Firmansyah", "Nasution", "Simanjuntak"};
    private static final String[] OPD = {"Dinas Komunikasi dan Informatika",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Pendidikan", "Dinas Kesehatan",
        "Dinas Perhubungan", "Badan Perencanaan Pembangunan Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Sekretariat Daerah"};
    private static final String[] GOLONGAN = {"Pengatur (II/c)", "Penata Muda (III/a)", "Penata Muda Tk. I (III/b)",
        "Penata (III/c)", "Penata Tk. I (III/d)", "Pembina (IV/a)", "Pembina Tk. I (IV/b)"};
    private static final String[] JABATAN = {"Analis Kepegawaian Ahli Pertama", "Analis Kepegawaian Ahli Muda",
        "Pranata Komputer Ahli Muda", "Analis Sistem Informasi", "Perencana Ahli Muda", "Pengelola Keuangan",
        "Kepala Seksi", "Kepala Subbagian Umum", "Auditor Ahli Pertama", "Arsiparis Terampil"};
    private static final String[][] TOPICS = {
        {"Pelatihan Tata Kelola Data dan Statistik Sektoral", "DATA", "2"},
        {"Pelatihan Keamanan Informasi Pemerintah", "KAMINFO", "2"},
        {"Pelatihan Penyusunan Anggaran Berbasis Kinerja", "ANGGARAN", "2"},
        {"Pelatihan Analisis Jabatan dan Beban Kerja", "ANJAB", "2"},
        {"Pelatihan Kepemimpinan Administrator", "PKA", "3"},
        {"Pelatihan Manajemen Perubahan", "MANPER", "3"},
        {"Pelatihan Pengambilan Keputusan", "KEPUTUSAN", "3"},
        {"Pelatihan Komunikasi Publik", "KOMPUB", "3"},
        {"Pelatihan Moderasi Beragama", "MODERASI", "4"},
        {"Pelatihan Pelayanan Publik Berorientasi Budaya Lokal", "YANLIK", "4"},
        {"Pelatihan Etika dan Integritas ASN", "INTEGRITAS", "4"}};
    private static final String[] CATEGORY_IDNUMBERS = {"", "", "KT", "KM", "KSK"};
    private static final int[] JP = {8, 16, 24, 32, 40};

    private SyntheticSite() {
    }

    static List<SandboxUser> users(int count, long firstId, long seed) {
        requireCount(count, firstId);
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> nips = new HashSet<>();
        List<SandboxUser> users = new ArrayList<>(count);
        for (long id = firstId; id < firstId + count; id++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            String nip;
            do {
                nip = nip(random);
            } while (!nips.add(nip));
            String username = "asn" + id;
            users.add(new SandboxUser(id, username, first, last, username + "@sukamaju.example", nip,
                    pick(random, OPD), pick(random, GOLONGAN), pick(random, JABATAN), false));
        }
        return users;
    }

    /** Birth 1965 to 2000, appointed (TMT) at 20 to 34 but not after 2025, gender 1 or 2, sequence 001 to 999. */
    static String nip(SplittableRandom random) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(36 * 365));
        int tmtYear = Math.min(birth.getYear() + 20 + random.nextInt(15), 2025);
        YearMonth tmt = YearMonth.of(tmtYear, 1 + random.nextInt(12));
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), tmt.getYear(), tmt.getMonthValue(), 1 + random.nextInt(2),
                1 + random.nextInt(999));
    }

    static List<SandboxCourse> courses(int count, long firstId, long seed) {
        requireCount(count, firstId);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<SandboxCourse> courses = new ArrayList<>(count);
        for (long id = firstId; id < firstId + count; id++) {
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            long category = Long.parseLong(topic[2]);
            int batch = (int) (id - firstId) + 1;
            String shortname = topic[1] + "-" + batch + "-2025";
            courses.add(new SandboxCourse(id, shortname, topic[0] + " Angkatan " + batch,
                    CATEGORY_IDNUMBERS[(int) category] + "-" + shortname, category, JP[random.nextInt(JP.length)]));
        }
        return courses;
    }

    /**
     * A student's enrolment with progress drawn from the seed, the course and the user: 85% viewed the Page,
     * 80% of those were graded; quiz grades 100, 50 or 0 (pass 60), manual grades 40 to 100 (pass 65).
     */
    static Enrolment enrolment(long seed, CourseLayout layout, long courseId, long userId) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + courseId * 1_000_003L + userId);
        if (random.nextInt(100) >= 85) {
            return new Enrolment(courseId, userId, Enrolment.Role.STUDENT, 0, Enrolment.Progress.NONE);
        }
        long viewed = ACTIVITY_FROM + random.nextInt(25 * 24 * 3600);
        if (random.nextInt(100) >= 80) {
            return new Enrolment(courseId, userId, Enrolment.Role.STUDENT, viewed, Enrolment.Progress.viewed(viewed));
        }
        long submitted = viewed + 600 + random.nextInt(3 * 24 * 3600);
        Enrolment.Progress progress;
        if (layout.quizCourse()) {
            int draw = random.nextInt(100);
            double grade = draw < 75 ? 100 : draw < 95 ? 50 : 0;
            progress = new Enrolment.Progress(viewed, grade, submitted, submitted, submitted,
                    courseId * 1_000_000L + userId);
        } else {
            progress = new Enrolment.Progress(viewed, 40.0 + random.nextInt(61), null, submitted, submitted, null);
        }
        return new Enrolment(courseId, userId, Enrolment.Role.STUDENT, submitted, progress);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void requireCount(int count, long firstId) {
        if (count < 0 || firstId < 1) {
            throw new IllegalArgumentException("need a count >= 0 and a first id >= 1, were " + count + ", " + firstId);
        }
    }
}
