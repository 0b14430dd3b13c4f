package id.jembatan.hr.simpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two statements the competency figures need from SIMPEG: who is an active ASN in which OPD (the headcount),
 * and the upsert of the summary table {@code ringkasan_kompetensi} that HR systems read.
 *
 * <p>The upsert has no portable spelling (PostgreSQL {@code ON CONFLICT}, MariaDB {@code ON DUPLICATE KEY}), so
 * the reference set holds one file per {@link SimpegDialect}; a site folder may hold a dialect-free
 * {@code ringkasan-kompetensi-upsert.sql}, which wins.
 *
 * @param activeAsn {@code asn-active-by-opd.sql}: no parameters; aliases {@code nip}, {@code nama},
 *     {@code opd_kode}, {@code opd_nama}
 * @param summaryUpsert {@code ringkasan-kompetensi-upsert[-dialect].sql}: exactly {@link #UPSERT_PARAMETERS}
 */
public record CompetencySql(NamedSql activeAsn, NamedSql summaryUpsert) {

    /** File name (without {@code .sql}) of the active-ASN query. */
    public static final String ACTIVE_ASN = "asn-active-by-opd";
    /** File name (without {@code .sql} and dialect suffix) of the summary upsert. */
    public static final String SUMMARY_UPSERT = "ringkasan-kompetensi-upsert";
    /** The named parameters of the summary upsert. */
    public static final Set<String> UPSERT_PARAMETERS = Set.of("nip", "tahun", "total_jp", "jp_teknis",
            "jp_manajerial", "jp_sosial_kultural", "jp_jenis_belum_diketahui", "jumlah_jp_belum_diketahui",
            "memenuhi_target", "diperbarui_pada");

    public CompetencySql {
        expect(Objects.requireNonNull(activeAsn, "activeAsn"), ACTIVE_ASN, Set.of());
        expect(Objects.requireNonNull(summaryUpsert, "summaryUpsert"), SUMMARY_UPSERT, UPSERT_PARAMETERS);
    }

    private static void expect(NamedSql sql, String role, Set<String> parameters) {
        if (!sql.parameterNames().equals(parameters)) {
            Set<String> missing = new TreeSet<>(parameters);
            missing.removeAll(sql.parameterNames());
            Set<String> unknown = new TreeSet<>(sql.parameterNames());
            unknown.removeAll(parameters);
            throw new SimpegConfigurationException("SQL " + sql.name() + " (used as " + role + ".sql) must use "
                    + "exactly the parameters " + new TreeSet<>(parameters) + " / harus memakai tepat parameter tersebut"
                    + (missing.isEmpty() ? "" : "; missing / tidak ada: " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown / tidak dikenal: " + unknown));
        }
    }

    /** The reference statements bundled in this jar, for the reference schema on {@code dialect}. */
    public static CompetencySql reference(SimpegDialect dialect) {
        return new CompetencySql(reference(ACTIVE_ASN), reference(SUMMARY_UPSERT + "-" + suffix(dialect)));
    }

    /**
     * The reference statements for the SIMPEG at {@code jdbcUrl}: as {@link #reference(SimpegDialect)}, except that an
     * H2 database in PostgreSQL mode gets H2's own {@code MERGE} (H2 refuses {@code ON CONFLICT} in every mode).
     */
    public static CompetencySql referenceFor(String jdbcUrl) {
        return new CompetencySql(reference(ACTIVE_ASN), reference(SUMMARY_UPSERT + "-" + variantOf(jdbcUrl)));
    }

    /** As {@link #fromDirectory(Path, SimpegDialect)}, choosing the reference upsert as {@link #referenceFor}. */
    public static CompetencySql fromDirectoryFor(Path directory, String jdbcUrl) {
        if (!Files.isDirectory(directory)) {
            throw new SimpegConfigurationException("SIMPEG SQL folder not found / folder SQL SIMPEG tidak ditemukan: "
                    + directory + " (jembatan.simpeg.sql-dir)");
        }
        NamedSql active = site(directory, ACTIVE_ASN);
        Path plain = directory.resolve(SUMMARY_UPSERT + ".sql");
        NamedSql upsert = Files.isRegularFile(plain) ? NamedSql.load(plain)
                : site(directory, SUMMARY_UPSERT + "-" + variantOf(jdbcUrl));
        return new CompetencySql(active, upsert);
    }

    private static String variantOf(String jdbcUrl) {
        SimpegDialect dialect = dialectOf(jdbcUrl);
        boolean h2 = jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        return h2 && dialect == SimpegDialect.POSTGRESQL ? "h2" : suffix(dialect);
    }

    /**
     * A site's statements: {@code asn-active-by-opd.sql} and {@code ringkasan-kompetensi-upsert.sql} (or
     * {@code ringkasan-kompetensi-upsert-<dialect>.sql}) from {@code directory} where present, else the reference.
     */
    public static CompetencySql fromDirectory(Path directory, SimpegDialect dialect) {
        if (!Files.isDirectory(directory)) {
            throw new SimpegConfigurationException("SIMPEG SQL folder not found / folder SQL SIMPEG tidak ditemukan: "
                    + directory + " (jembatan.simpeg.sql-dir)");
        }
        NamedSql active = site(directory, ACTIVE_ASN);
        Path plain = directory.resolve(SUMMARY_UPSERT + ".sql");
        NamedSql upsert = Files.isRegularFile(plain) ? NamedSql.load(plain)
                : site(directory, SUMMARY_UPSERT + "-" + suffix(dialect));
        return new CompetencySql(active, upsert);
    }

    /**
     * The dialect of a SIMPEG JDBC URL: {@code jdbc:postgresql:}, {@code jdbc:mariadb:} / {@code jdbc:mysql:}, or
     * H2 by its {@code MODE} (MariaDB/MySQL, else PostgreSQL).
     *
     * @throws SimpegConfigurationException for any other database
     */
    public static SimpegDialect dialectOf(String jdbcUrl) {
        String url = Objects.requireNonNull(jdbcUrl, "jdbcUrl").toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return SimpegDialect.POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return SimpegDialect.MARIADB;
        }
        if (url.startsWith("jdbc:h2:")) {
            return url.contains(";mode=mariadb") || url.contains(";mode=mysql") ? SimpegDialect.MARIADB
                    : SimpegDialect.POSTGRESQL;
        }
        throw new SimpegConfigurationException("SIMPEG database not supported / basis data SIMPEG tidak didukung: "
                + "jembatan.simpeg.jdbc-url must start with jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:");
    }

    private static String suffix(SimpegDialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    private static NamedSql reference(String name) {
        return NamedSql.fromClasspath(SimpegSql.REFERENCE_FOLDER + name + ".sql");
    }

    private static NamedSql site(Path directory, String name) {
        Path file = directory.resolve(name + ".sql");
        return Files.isRegularFile(file) ? NamedSql.load(file) : reference(name);
    }
}
