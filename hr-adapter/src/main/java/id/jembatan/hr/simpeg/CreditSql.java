package id.jembatan.hr.simpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The three statements the {@code lrs-credits} flow runs against SIMPEG. Each must use exactly its named parameters
 * ({@code config/simpeg/README.md}, "lrs-credits"); checked when the set is built.
 *
 * @param asnByNip {@code asn-by-nip.sql}: the ASN with NIP {@code :nip}, columns {@code nip} and {@code opd_code};
 *     no row when SIMPEG does not know the NIP
 * @param riwayatUpsert {@code riwayat-diklat-upsert.sql}: writes one credit, leaving a row already there for the
 *     statement id as it is
 * @param riwayatDelete {@code riwayat-diklat-delete.sql}: removes the credit of {@code :statement_id}
 */
public record CreditSql(NamedSql asnByNip, NamedSql riwayatUpsert, NamedSql riwayatDelete) {

    static final String NIP = "nip";
    static final String STATEMENT_ID = "statement_id";
    /** File name (without {@code .sql} and dialect suffix) of the upsert. */
    static final String UPSERT = "riwayat-diklat-upsert";
    /** The parameters of the upsert, in the order of the reference file. */
    static final Set<String> UPSERT_PARAMETERS = Set.of("statement_id", "nip", "nama_diklat", "jenis_kompetensi",
            "jp", "tanggal_mulai", "tanggal_selesai", "tahun", "nomor_sertifikat", "penyelenggara", "sumber");

    public CreditSql {
        expect(asnByNip, "asn-by-nip", Set.of(NIP), true);
        expect(riwayatUpsert, "riwayat-diklat-upsert", UPSERT_PARAMETERS, false);
        expect(riwayatDelete, "riwayat-diklat-delete", Set.of(STATEMENT_ID), true);
    }

    /**
     * Checks the parameters: an upsert may leave some out (a site table without {@code sumber}, say) but must use the
     * key and use no parameter the flow does not supply; the other two must use exactly theirs.
     */
    private static void expect(NamedSql sql, String role, Set<String> parameters, boolean exact) {
        Objects.requireNonNull(sql, role);
        Set<String> missing = new TreeSet<>(parameters);
        missing.removeAll(sql.parameterNames());
        Set<String> unknown = new TreeSet<>(sql.parameterNames());
        unknown.removeAll(parameters);
        boolean keyMissing = missing.contains(STATEMENT_ID) || missing.contains(NIP);
        if (!unknown.isEmpty() || (exact && !missing.isEmpty()) || (!exact && keyMissing)) {
            throw new SimpegConfigurationException("SQL " + sql.name() + " (used as " + role + ".sql) must use the "
                    + "parameters " + new TreeSet<>(parameters) + " / harus memakai parameter tersebut"
                    + (missing.isEmpty() ? "" : "; missing / tidak ada: " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown / tidak dikenal: " + unknown));
        }
    }

    /**
     * The statements for the reference schema, bundled in this jar. They are portable: the upsert is an
     * {@code INSERT ... SELECT ... WHERE NOT EXISTS}, which PostgreSQL, MariaDB, MySQL and H2 all run.
     */
    public static CreditSql reference() {
        return reference((SimpegDialect) null);
    }

    /**
     * The reference statements with the upsert native to {@code dialect} ({@code riwayat-diklat-upsert-<dialect>.sql}:
     * PostgreSQL {@code ON CONFLICT DO NOTHING}, MariaDB {@code ON DUPLICATE KEY}), a plain {@code INSERT ... VALUES}
     * that the drivers send many rows at a time, where the portable {@code INSERT ... SELECT} costs a statement per
     * row (docs/benchmarks-lrs-credits.md).
     *
     * @param dialect the SIMPEG database, or null for the portable upsert
     */
    public static CreditSql reference(SimpegDialect dialect) {
        return new CreditSql(reference("asn-by-nip"), reference(upsertName(dialect)),
                reference("riwayat-diklat-delete"));
    }

    /** The statements of a site: each file in {@code directory} replaces the reference one of its name. */
    public static CreditSql fromDirectory(Path directory) {
        return fromDirectory(directory, null);
    }

    /**
     * The statements of a site: each file in {@code directory} replaces the reference one of its name. The upsert is
     * the site's dialect-free {@code riwayat-diklat-upsert.sql} if present (it always wins), else its
     * {@code riwayat-diklat-upsert-<dialect>.sql}, else the reference one for {@code dialect}.
     *
     * @param dialect the SIMPEG database, or null for the portable upsert
     */
    public static CreditSql fromDirectory(Path directory, SimpegDialect dialect) {
        if (!Files.isDirectory(directory)) {
            throw new SimpegConfigurationException("SIMPEG SQL folder not found / folder SQL SIMPEG tidak ditemukan: "
                    + directory + " (jembatan.simpeg.sql-dir)");
        }
        Path plain = directory.resolve(UPSERT + ".sql");
        NamedSql upsert = Files.isRegularFile(plain) ? NamedSql.load(plain) : site(directory, upsertName(dialect));
        return new CreditSql(site(directory, "asn-by-nip"), upsert, site(directory, "riwayat-diklat-delete"));
    }

    /**
     * The database of a SIMPEG JDBC URL whose native upsert the reference set has: {@code jdbc:postgresql:},
     * {@code jdbc:mariadb:} or {@code jdbc:mysql:}; empty for any other (H2 included), which gets the portable one.
     */
    public static Optional<SimpegDialect> nativeDialect(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of(SimpegDialect.POSTGRESQL);
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return Optional.of(SimpegDialect.MARIADB);
        }
        return Optional.empty();
    }

    private static String upsertName(SimpegDialect dialect) {
        return dialect == null ? UPSERT : UPSERT + "-" + dialect.name().toLowerCase(Locale.ROOT);
    }

    private static NamedSql reference(String name) {
        return NamedSql.fromClasspath(SimpegSql.REFERENCE_FOLDER + name + ".sql");
    }

    private static NamedSql site(Path directory, String name) {
        Path file = directory.resolve(name + ".sql");
        return Files.isRegularFile(file) ? NamedSql.load(file) : reference(name);
    }
}
