package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.GeneratorData.Field;
import id.jembatan.hr.simpeg.GeneratorData.Slot;
import id.jembatan.hr.simpeg.GeneratorData.University;
import id.jembatan.hr.simpeg.GeneratorData.UnitSpec;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Fills the reference SIMPEG schema with an invented but plausible city: the unit kerja of Kota Tangerang
 * Selatan, ASN with valid and unique NIPs, Indonesian names with their titles, positions and golongan that fit
 * their employment status and education, mostly active with a few retired, transferred out or deceased; and
 * interns from nearby universities with a mentor in their host unit. No real person is described.
 *
 * <p>The same seed and clock give the same city, row for row. About 40% of the ASN share one
 * {@code updated_at} (the initial import) and others share promotion-round timestamps, as in real SIMPEG
 * data, so keyset paging meets long runs of equal {@code updated_at}.
 *
 * <p>From the command line (for benchmarks and the demo; the JDBC driver must be on the class path):
 * <pre>
 * java -cp ... id.jembatan.hr.simpeg.SimpegGenerator JDBC-URL USER PASSWORD|- postgresql|mariadb ASN-COUNT
 *      [--interns N] [--seed N] [--replace]
 * </pre>
 * A password of {@code -} is read from the environment variable {@code JEMBATAN_SIMPEG_PASSWORD}.
 */
public final class SimpegGenerator {

    /** The clock the generated city is set against unless another is given. */
    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 1, 15, 8, 0);

    /** Domain of the ASN email addresses. */
    public static final String EMAIL_DOMAIN = "tangerangselatankota.go.id";

    /** Seed used by the command line unless {@code --seed} is given. */
    public static final long DEFAULT_SEED = 20260115L;

    private static final int BATCH_SIZE = 1000;
    private static final int MENTORS_PER_UNIT = 300;
    private static final String[] PPPK_GOLONGAN = {"V", "VII", "IX", "X", "XI"};
    private static final int[] PPPK_LEVEL = {4, 6, 8, 9, 10};

    private static final String GENERATOR_SQL = "simpeg/generator/";

    private final long seed;
    private final LocalDateTime now;

    /** A generator for {@code seed} set against {@link #DEFAULT_NOW}. */
    public SimpegGenerator(long seed) {
        this(seed, DEFAULT_NOW);
    }

    /**
     * A generator for {@code seed}.
     *
     * @param now the moment the data is as of: no date or {@code updated_at} lies after it
     */
    public SimpegGenerator(long seed, LocalDateTime now) {
        this.seed = seed;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The unit kerja (OPD) of the city: about forty dinas, badan, kecamatan and the RSUD. */
    public List<Unit> units() {
        return GeneratorData.UNITS.stream().map(u -> new Unit(u.code(), u.name(), u.abbreviation())).toList();
    }

    /** The city in memory, for tests: the same rows {@link #populate} writes with the same seed. */
    public Population generate(int asnCount, int internCount) {
        City city = new City();
        List<AsnProfile> asn = new ArrayList<>(asnCount);
        for (int i = 0; i < asnCount; i++) {
            asn.add(city.nextAsn());
        }
        List<Intern> interns = new ArrayList<>(internCount);
        for (int i = 0; i < internCount; i++) {
            interns.add(city.nextIntern());
        }
        return new Population(units(), asn, interns);
    }

    /**
     * Inserts the city into the reference schema over {@code connection} in JDBC batches, in one transaction.
     * The tables must exist ({@link #createSchema}) and hold none of the generated keys.
     */
    public Counts populate(Connection connection, int asnCount, int internCount) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            NamedSql insertUnit = NamedSql.fromClasspath(GENERATOR_SQL + "insert-unit-kerja.sql");
            try (PreparedStatement statement = insertUnit.prepare(connection)) {
                for (UnitSpec unit : GeneratorData.UNITS) {
                    insertUnit.bind(statement, Map.of("kode", unit.code(), "nama", unit.name(),
                            "singkatan", unit.abbreviation(), "updated_at", unitsUpdatedAt()));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            City city = new City();
            NamedSql insertAsn = NamedSql.fromClasspath(GENERATOR_SQL + "insert-asn.sql");
            try (PreparedStatement statement = insertAsn.prepare(connection)) {
                for (int i = 1; i <= asnCount; i++) {
                    insertAsn.bind(statement, asnParameters(city.nextAsn()));
                    statement.addBatch();
                    if (i % BATCH_SIZE == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            NamedSql insertIntern = NamedSql.fromClasspath(GENERATOR_SQL + "insert-magang.sql");
            try (PreparedStatement statement = insertIntern.prepare(connection)) {
                for (int i = 1; i <= internCount; i++) {
                    insertIntern.bind(statement, internParameters(city.nextIntern()));
                    statement.addBatch();
                    if (i % BATCH_SIZE == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
            return new Counts(GeneratorData.UNITS.size(), asnCount, internCount);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Creates the reference schema's tables ({@code config/simpeg/schema-*.sql}, bundled in this jar). */
    public static void createSchema(Connection connection, SimpegDialect dialect) throws SQLException {
        SqlScript.run(connection, SimpegSql.REFERENCE_FOLDER + dialect.schemaFile());
    }

    /** Drops the reference schema's tables and every row in them, where they exist. For test databases only. */
    public static void dropSchema(Connection connection) throws SQLException {
        SqlScript.run(connection, GENERATOR_SQL + "drop-schema.sql");
    }

    private LocalDateTime unitsUpdatedAt() {
        return now.minusDays(500).withHour(1).withMinute(0).withSecond(0);
    }

    /** Insert parameters of {@code insert-asn.sql} for one ASN. */
    static Map<String, Object> asnParameters(AsnProfile asn) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("nip", asn.nip().value());
        parameters.put("gelar_depan", asn.frontTitle());
        parameters.put("nama", asn.name());
        parameters.put("gelar_belakang", asn.backTitle());
        parameters.put("email", asn.email());
        parameters.put("telepon", asn.phone());
        parameters.put("opd_kode", asn.opdCode());
        parameters.put("jabatan_nama", asn.jabatanName());
        parameters.put("jabatan_jenis", asn.jabatanKind() == null ? null : asn.jabatanKind().name());
        parameters.put("golongan", asn.golongan());
        parameters.put("status_kepegawaian", asn.employmentStatus().name());
        parameters.put("status_aktif", asn.state().code());
        parameters.put("tmt_cpns", asn.tmtCpns());
        parameters.put("tmt_jabatan", asn.tmtJabatan());
        parameters.put("tmt_golongan", asn.tmtGolongan());
        parameters.put("updated_at", asn.updatedAt());
        return parameters;
    }

    /** Insert parameters of {@code insert-magang.sql} for one intern. */
    static Map<String, Object> internParameters(Intern intern) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("nomor_induk", intern.idNumber());
        parameters.put("jenis_nomor", intern.idKind().name());
        parameters.put("nama", intern.name());
        parameters.put("email", intern.email());
        parameters.put("perguruan_tinggi", intern.university());
        parameters.put("opd_kode", intern.opdCode());
        parameters.put("mentor_nip", intern.mentorNip() == null ? null : intern.mentorNip().value());
        parameters.put("tanggal_mulai", intern.startDate());
        parameters.put("tanggal_selesai", intern.endDate());
        parameters.put("updated_at", intern.updatedAt());
        return parameters;
    }

    /** Fills a database from the command line; see the class comment. Exit status 0, 1 on failure, 2 on bad usage. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System::getenv));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Function<String, String> environment) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: SimpegGenerator JDBC-URL USER PASSWORD|- postgresql|mariadb ASN-COUNT "
                    + "[--interns N] [--seed N] [--replace]");
            return 2;
        }
        Properties properties = new Properties();
        properties.setProperty("user", arguments.user());
        properties.setProperty("password", arguments.password());
        if (arguments.url().startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        String where = arguments.url().replaceAll("[?;].*", "");
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(arguments.url(), properties)) {
            if (arguments.replace()) {
                dropSchema(connection);
            }
            long existing = existingAsn(connection);
            if (existing < 0) {
                createSchema(connection, arguments.dialect());
            } else if (existing > 0) {
                err.println(where + " already holds " + existing + " ASN; add --replace to drop and recreate "
                        + "the reference tables");
                return 1;
            }
            Counts counts = new SimpegGenerator(arguments.seed())
                    .populate(connection, arguments.asnCount(), arguments.internCount());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            out.printf(Locale.ROOT, "%d unit kerja, %d ASN and %d interns (seed %d) written to %s in %.1f s%n",
                    counts.units(), counts.asn(), counts.interns(), arguments.seed(), where,
                    took.toMillis() / 1000.0);
            return 0;
        } catch (SQLException e) {
            err.println("cannot fill " + where + ": " + e.getMessage());
            return 1;
        }
    }

    /** Rows in {@code asn}, or -1 when the table does not exist. */
    private static long existingAsn(Connection connection) throws SQLException {
        NamedSql count = NamedSql.fromClasspath(GENERATOR_SQL + "count-asn.sql");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = count.prepare(connection, Map.of());
                ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            return resultSet.getLong(1);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("42")) {
                throw e;
            }
            return -1;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * A unit kerja.
     *
     * @param code unit code, after the Kepmendagri 050 nomenclature of government affairs
     * @param name full name
     * @param abbreviation the short name used in the city
     */
    public record Unit(String code, String name, String abbreviation) {
    }

    /** A generated city in memory. */
    public record Population(List<Unit> units, List<AsnProfile> asn, List<Intern> interns) {
    }

    /** How many rows {@link #populate} wrote. */
    public record Counts(int units, int asn, int interns) {
    }

    private record Arguments(String url, String user, String password, SimpegDialect dialect, int asnCount,
            int internCount, long seed, boolean replace) {

        static Arguments parse(String[] args, Function<String, String> environment) {
            if (args.length < 5) {
                throw new IllegalArgumentException("expected at least 5 arguments, got " + args.length);
            }
            String password = args[2];
            if (password.equals("-")) {
                password = environment.apply("JEMBATAN_SIMPEG_PASSWORD");
                if (password == null) {
                    throw new IllegalArgumentException("password '-' needs JEMBATAN_SIMPEG_PASSWORD to be set");
                }
            }
            SimpegDialect dialect = SimpegDialect.fromName(args[3]);
            int asnCount = count("ASN-COUNT", args[4]);
            int internCount = Math.max(1, asnCount / 50);
            long seed = DEFAULT_SEED;
            boolean replace = false;
            for (int i = 5; i < args.length; i++) {
                switch (args[i]) {
                    case "--interns" -> internCount = count("--interns", value(args, ++i));
                    case "--seed" -> seed = number("--seed", value(args, ++i));
                    case "--replace" -> replace = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Arguments(args[0], args[1], password, dialect, asnCount, internCount, seed, replace);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int count(String what, String text) {
            long value = number(what, text);
            if (value < 0 || value > 10_000_000) {
                throw new IllegalArgumentException(what + " must be between 0 and 10000000, was " + text);
            }
            return (int) value;
        }

        private static long number(String what, String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a number, was '" + text + "'");
            }
        }
    }

    private enum Education {
        SMA(4, 11, 19), D3(6, 11, 21), S1(8, 14, 23), S2(9, 15, 25), S3(10, 16, 30);

        final int startGolongan;
        final int maxGolongan;
        final int minAppointmentAge;

        Education(int startGolongan, int maxGolongan, int minAppointmentAge) {
            this.startGolongan = startGolongan;
            this.maxGolongan = maxGolongan;
            this.minAppointmentAge = minAppointmentAge;
        }
    }

    private record Position(String name, JabatanKind kind, String base) {
    }

    private record Titles(String front, String back) {
    }

    /** One generation run: the random source and what must stay unique or consistent across rows. */
    private final class City {

        private final SplittableRandom random = new SplittableRandom(seed);
        private final Map<String, Integer> nipSequences = new HashMap<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> internEmails = new HashSet<>();
        private final Map<String, Set<Integer>> takenSlots = new HashMap<>();
        private final Map<String, List<Nip>> mentors = new HashMap<>();
        private final Map<String, Integer> nikSequences = new HashMap<>();
        private final int[] unitWeights = cumulative(GeneratorData.UNITS.stream().mapToInt(UnitSpec::weight).toArray());
        private final int[] internWeights =
                cumulative(GeneratorData.UNITS.stream().mapToInt(UnitSpec::internWeight).toArray());
        private final LocalDateTime initialImport = now.minusDays(420).withHour(2).withMinute(0).withSecond(0);
        private final List<LocalDateTime> promotionRounds = promotionRounds();
        private int nimSequence;

        AsnProfile nextAsn() {
            UnitSpec unit = GeneratorData.UNITS.get(pick(unitWeights));
            EmploymentStatus status = employmentStatus(unit.field());
            Education education = education(unit.field());
            boolean female = random.nextInt(100) < 53;
            LocalDate today = now.toLocalDate();
            int age = switch (status) {
                case CPNS -> between(education.minAppointmentAge, 35);
                case PPPK -> between(Math.max(education.minAppointmentAge + 2, 25), 55);
                case PNS -> random.nextInt(100) < 5 ? between(58, 60) : between(education.minAppointmentAge + 2, 57);
            };
            LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
            YearMonth appointment = appointment(status, education, birth);
            AsnState state = state(status, age);
            int level;
            String golongan;
            LocalDate tmtGolongan;
            if (status == EmploymentStatus.PPPK) {
                level = PPPK_LEVEL[education.ordinal()];
                golongan = PPPK_GOLONGAN[education.ordinal()];
                tmtGolongan = appointment.atDay(1);
            } else {
                int steps = status == EmploymentStatus.CPNS ? 0
                        : Math.min((int) (appointment.until(YearMonth.from(today), ChronoUnit.YEARS) / 4),
                                education.maxGolongan - education.startGolongan);
                level = education.startGolongan + steps;
                golongan = GeneratorData.GOLONGAN.get(level);
                tmtGolongan = steps == 0 ? appointment.atDay(1)
                        : LocalDate.of(appointment.getYear() + steps * 4, random.nextBoolean() ? 4 : 10, 1);
                if (tmtGolongan.isAfter(today)) {
                    tmtGolongan = tmtGolongan.minusMonths(6);
                }
            }
            Position position = position(unit, status, education, level, state, female);
            LocalDate tmtJabatan = dateBetween(position.kind() == JabatanKind.STRUKTURAL
                    ? later(appointment.atDay(1), today.minusYears(5)) : appointment.atDay(1), today);
            Nip nip = nip(birth, appointment, female);
            if (state == AsnState.ACTIVE && status == EmploymentStatus.PNS && position.kind() != JabatanKind.PELAKSANA) {
                List<Nip> unitMentors = mentors.computeIfAbsent(unit.code(), k -> new ArrayList<>());
                if (unitMentors.size() < MENTORS_PER_UNIT) {
                    unitMentors.add(nip);
                }
            }
            String[] name = personName(female, age);
            Titles titles = titles(unit.field(), education, position.base(), female, age);
            LocalDate earliest = later(later(appointment.atDay(1), tmtGolongan), tmtJabatan);
            return new AsnProfile(nip, titles.front(), name[0], titles.back(),
                    email(name[1], name[2], EMAIL_DOMAIN, emails, ""), phone(), unit.code(), unit.name(),
                    position.name(), position.kind(), golongan, status, state,
                    status == EmploymentStatus.PPPK ? null : appointment.atDay(1), tmtJabatan, tmtGolongan,
                    updatedAt(earliest));
        }

        Intern nextIntern() {
            UnitSpec unit = GeneratorData.UNITS.get(pick(internWeights));
            boolean female = random.nextInt(100) < 55;
            University university = GeneratorData.UNIVERSITIES.get(random.nextInt(GeneratorData.UNIVERSITIES.size()));
            int age = between(19, 24);
            LocalDate birth = now.toLocalDate().minusYears(age).minusDays(random.nextInt(365));
            boolean byNik = random.nextInt(100) < 10;
            String idNumber = byNik ? nik(birth, female) : nim(university);
            String[] name = personName(female, age);
            LocalDate start = now.toLocalDate().withDayOfMonth(1).minusMonths(random.nextInt(6));
            LocalDate end = start.plusMonths(random.nextBoolean() ? 3 : 6).minusDays(1);
            List<Nip> candidates = mentors.getOrDefault(unit.code(), List.of());
            Nip mentor = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            LocalDateTime intake = start.atTime(9, 0);
            LocalDateTime updatedAt = random.nextInt(100) < 40 ? intake
                    : intake.plusSeconds(random.nextLong(Math.max(1, ChronoUnit.SECONDS.between(intake, now))));
            return new Intern(idNumber, byNik ? Intern.IdKind.NIK : Intern.IdKind.NIM, name[0],
                    email(name[1], name[2], (byNik ? "alumni." : "student.") + university.domain(), internEmails,
                            idNumber.substring(idNumber.length() - 2)),
                    university.name(), unit.code(), unit.name(), mentor, start, end,
                    updatedAt.isAfter(now) ? now : updatedAt);
        }

        private EmploymentStatus employmentStatus(Field field) {
            int r = random.nextInt(100);
            int pppk = switch (field) {
                case EDUCATION -> 35;
                case HEALTH, HOSPITAL -> 25;
                default -> 8;
            };
            if (r < 4) {
                return EmploymentStatus.CPNS;
            }
            return r < 4 + pppk ? EmploymentStatus.PPPK : EmploymentStatus.PNS;
        }

        private Education education(Field field) {
            int r = random.nextInt(100);
            return switch (field) {
                case EDUCATION -> r < 5 ? Education.SMA : r < 8 ? Education.D3 : r < 88 ? Education.S1
                        : r < 99 ? Education.S2 : Education.S3;
                case HEALTH, HOSPITAL -> r < 12 ? Education.SMA : r < 57 ? Education.D3 : r < 92 ? Education.S1
                        : Education.S2;
                case PUBLIC_ORDER, FIRE -> r < 55 ? Education.SMA : r < 65 ? Education.D3 : r < 93 ? Education.S1
                        : Education.S2;
                default -> r < 20 ? Education.SMA : r < 35 ? Education.D3 : r < 85 ? Education.S1
                        : r < 98 ? Education.S2 : Education.S3;
            };
        }

        private YearMonth appointment(EmploymentStatus status, Education education, LocalDate birth) {
            YearMonth current = YearMonth.from(now);
            YearMonth earliest = YearMonth.from(birth.plusYears(education.minAppointmentAge));
            return switch (status) {
                case CPNS -> current.minusMonths(between(1, 11));
                case PPPK -> {
                    YearMonth from = later(earliest, YearMonth.of(2021, 1));
                    YearMonth to = current.minusMonths(2);
                    yield from.isAfter(to) ? to : monthBetween(from, to);
                }
                case PNS -> {
                    YearMonth from = later(earliest, YearMonth.of(1985, 1));
                    YearMonth to = current.minusMonths(14);
                    yield from.isAfter(to) ? to : monthBetween(from, to);
                }
            };
        }

        private AsnState state(EmploymentStatus status, int age) {
            if (status == EmploymentStatus.PNS && age >= 58 && random.nextInt(100) < 90) {
                return AsnState.RETIRED;
            }
            int r = random.nextInt(1000);
            if (status != EmploymentStatus.CPNS && r < 15) {
                return AsnState.TRANSFERRED_OUT;
            }
            return r >= 15 && r < 19 ? AsnState.DECEASED : AsnState.ACTIVE;
        }

        private Position position(UnitSpec unit, EmploymentStatus status, Education education, int level,
                AsnState state, boolean female) {
            if (status == EmploymentStatus.PNS && state == AsnState.ACTIVE && level >= GeneratorData.III_B
                    && random.nextInt(100) < 12) {
                Set<Integer> taken = takenSlots.computeIfAbsent(unit.code(), k -> new HashSet<>());
                List<Integer> open = new ArrayList<>();
                for (int i = 0; i < unit.slots().size(); i++) {
                    if (!taken.contains(i) && unit.slots().get(i).minGolongan() <= level) {
                        open.add(i);
                    }
                }
                if (!open.isEmpty()) {
                    int chosen = open.get(0);
                    taken.add(chosen);
                    Slot slot = unit.slots().get(chosen);
                    return new Position(slot.title(), JabatanKind.STRUKTURAL, slot.title());
                }
            }
            Field field = unit.field();
            boolean expert = education.ordinal() >= Education.S1.ordinal();
            int functionalShare;
            if (expert) {
                functionalShare = switch (field) {
                    case EDUCATION -> 95;
                    case HEALTH, HOSPITAL -> 85;
                    default -> 55;
                };
            } else if (education == Education.D3) {
                functionalShare = switch (field) {
                    case HEALTH, HOSPITAL -> 85;
                    case PUBLIC_ORDER, FIRE -> 70;
                    case INFORMATICS -> 50;
                    case EDUCATION -> 0;
                    default -> 30;
                };
            } else {
                functionalShare = field == Field.PUBLIC_ORDER || field == Field.FIRE ? 70 : 0;
            }
            if (random.nextInt(100) >= functionalShare) {
                String name = oneOf(GeneratorData.PELAKSANA);
                return new Position(name, JabatanKind.PELAKSANA, name);
            }
            String base = oneOf(expert ? GeneratorData.expertPositions(field) : GeneratorData.skilledPositions(field));
            if (base.equals("Bidan") && !female) {
                base = "Perawat";
            }
            return new Position(base + " " + functionalLevel(expert, level), JabatanKind.FUNGSIONAL, base);
        }

        private String functionalLevel(boolean expert, int level) {
            if (expert) {
                return level <= 9 ? "Ahli Pertama" : level <= 11 ? "Ahli Muda" : level <= 14 ? "Ahli Madya"
                        : "Ahli Utama";
            }
            return level <= 7 ? "Terampil" : level <= 9 ? "Mahir" : "Penyelia";
        }

        private Titles titles(Field field, Education education, String position, boolean female, int age) {
            String front = null;
            String bachelor = null;
            boolean doctor = position.equals("Dokter");
            boolean health = field == Field.HEALTH || field == Field.HOSPITAL;
            switch (education) {
                case SMA -> {
                }
                case D3 -> bachelor = position.equals("Perawat") ? "A.Md.Kep." : position.equals("Bidan") ? "A.Md.Keb."
                        : health ? "A.Md.Kes." : oneOf(GeneratorData.DIPLOMA);
                default -> {
                    if (doctor) {
                        front = "dr.";
                    } else if (position.equals("Dokter Gigi")) {
                        front = "drg.";
                    } else if (field == Field.PUBLIC_WORKS && age >= 50 && random.nextInt(100) < 40) {
                        front = "Ir.";
                    } else {
                        bachelor = bachelor(field, position, health);
                    }
                }
            }
            String back = bachelor;
            if (education == Education.S2 || education == Education.S3) {
                String master = doctor ? oneOf(GeneratorData.SPECIALISTS)
                        : field == Field.EDUCATION ? "M.Pd." : health ? "M.Kes."
                        : "Ir.".equals(front) ? "M.T." : oneOf(GeneratorData.GENERAL_MASTER);
                back = back == null ? master : back + ", " + master;
            }
            if (education == Education.S3) {
                front = front == null ? "Dr." : "Dr. " + front;
            }
            if (age >= 45 && random.nextInt(100) < 8) {
                String hajj = female ? "Hj." : "H.";
                front = front == null ? hajj : front + " " + hajj;
            }
            return new Titles(front, back);
        }

        private String bachelor(Field field, String position, boolean health) {
            return switch (position) {
                case "Guru", "Pengawas Sekolah", "Penilik" -> random.nextInt(100) < 10 ? "S.Pd.I." : "S.Pd.";
                case "Apoteker" -> "S.Farm., Apt.";
                case "Perawat" -> "S.Kep., Ners";
                case "Bidan" -> "S.Tr.Keb.";
                case "Nutrisionis" -> "S.Gz.";
                default -> health ? "S.K.M." : field == Field.AGRICULTURE ? "S.P."
                        : field == Field.PUBLIC_WORKS ? "S.T." : oneOf(GeneratorData.GENERAL_BACHELOR);
            };
        }

        /** The name as written, and the given and family names for the email address (family may be null). */
        private String[] personName(boolean female, int age) {
            if (age >= 45 && random.nextInt(100) < 12) {
                String single = oneOf(female ? GeneratorData.FEMALE_SINGLE_NAMES : GeneratorData.MALE_SINGLE_NAMES);
                return new String[] {single, single, null};
            }
            String given = oneOf(female ? GeneratorData.FEMALE_NAMES : GeneratorData.MALE_NAMES);
            String family = female && random.nextInt(100) < 35 ? oneOf(GeneratorData.FEMALE_FAMILY_NAMES)
                    : oneOf(GeneratorData.FAMILY_NAMES);
            String full = random.nextInt(100) < 25
                    ? given + " " + oneOf(female ? GeneratorData.MIDDLE_FEMALE : GeneratorData.MIDDLE_MALE) + " " + family
                    : given + " " + family;
            return new String[] {full, given, family};
        }

        private String email(String given, String family, String domain, Set<String> used, String firstSuffix) {
            String local = family == null ? letters(given) : letters(given) + "." + letters(family);
            String candidate = local + "@" + domain;
            if (!used.add(candidate)) {
                candidate = local + firstSuffix + "@" + domain;
                for (int n = 2; !used.add(candidate); n++) {
                    candidate = local + n + "@" + domain;
                }
            }
            return candidate;
        }

        private String phone() {
            if (random.nextInt(100) < 10) {
                return null;
            }
            StringBuilder phone = new StringBuilder("08").append(oneOf(GeneratorData.PHONE_PREFIXES));
            int digits = random.nextBoolean() ? 7 : 8;
            for (int i = 0; i < digits; i++) {
                phone.append((char) ('0' + random.nextInt(10)));
            }
            return phone.toString();
        }

        private Nip nip(LocalDate birth, YearMonth appointment, boolean female) {
            String prefix = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%c", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(), female ? '2' : '1');
            int sequence = nipSequences.merge(prefix, 1, Integer::sum);
            return Nip.of(prefix + String.format(Locale.ROOT, "%03d", sequence));
        }

        private String nim(University university) {
            nimSequence++;
            int entryYear = between(21, 24);
            int universityCode = GeneratorData.UNIVERSITIES.indexOf(university) + 10;
            return String.format(Locale.ROOT, "%02d%02d%02d%04d", entryYear, universityCode, between(10, 89),
                    nimSequence);
        }

        private String nik(LocalDate birth, boolean female) {
            String prefix = String.format(Locale.ROOT, "36740%d%02d%02d%02d", between(1, 7),
                    birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100);
            int sequence = nikSequences.merge(prefix, 1, Integer::sum);
            return prefix + String.format(Locale.ROOT, "%04d", sequence);
        }

        private LocalDateTime updatedAt(LocalDate earliest) {
            int r = random.nextInt(100);
            LocalDateTime chosen;
            if (r < 40) {
                chosen = initialImport;
            } else if (r < 58 && !promotionRounds.isEmpty()) {
                chosen = promotionRounds.get(random.nextInt(promotionRounds.size()));
            } else {
                chosen = now.minusSeconds(1 + random.nextLong(365L * 24 * 3600));
                if (random.nextInt(100) < 30) {
                    chosen = chosen.withNano(random.nextInt(1_000_000) * 1000);
                }
            }
            LocalDateTime floor = earliest.atTime(7, 0);
            if (chosen.isBefore(floor)) {
                chosen = floor.plusSeconds(random.nextInt(10 * 3600));
            }
            return chosen.isAfter(now) ? now : chosen;
        }

        private List<LocalDateTime> promotionRounds() {
            List<LocalDateTime> rounds = new ArrayList<>();
            for (int year = now.getYear() - 3; year <= now.getYear(); year++) {
                for (int month : new int[] {4, 10}) {
                    LocalDateTime round = LocalDateTime.of(year, month, 1, 7, 30);
                    if (round.isBefore(now)) {
                        rounds.add(round);
                    }
                }
            }
            return rounds;
        }

        private int pick(int[] cumulative) {
            int r = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (r < cumulative[i]) {
                    return i;
                }
            }
            throw new IllegalStateException("weights do not add up");
        }

        private int between(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        private YearMonth monthBetween(YearMonth from, YearMonth to) {
            return from.plusMonths(random.nextLong(from.until(to, ChronoUnit.MONTHS) + 1));
        }

        private LocalDate dateBetween(LocalDate from, LocalDate to) {
            return from.isAfter(to) ? to : from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
        }

        private <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static int[] cumulative(int[] weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static <T extends Comparable<? super T>> T later(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String letters(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
