package id.jembatan.hr.simpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The six queries the {@code hr-profiles} flow runs against SIMPEG. Each must use exactly its named
 * parameters and return the column aliases of the contract ({@code config/simpeg/README.md}); this is
 * checked when the set is built, and the aliases when a query first runs.
 *
 * @param asnChanged {@code asn-changed.sql}: ASN changed after {@code :since_updated_at, :since_nip} up to
 *     {@code :until_updated_at}, ordered by {@code updated_at, nip}, at most {@code :limit} rows
 * @param asnAll {@code asn-all.sql}: every ASN with a NIP after {@code :since_nip}, in NIP order, at most {@code :limit}
 * @param asnMaxUpdatedAt {@code max-updated-at.sql}: one row, column {@code max_updated_at}
 * @param internsChanged {@code interns-changed.sql}: as {@code asnChanged}, keyed by {@code :since_nomor_induk}
 * @param internsAll {@code interns-all.sql}: as {@code asnAll}, keyed by {@code :since_nomor_induk}
 * @param internsMaxUpdatedAt {@code interns-max-updated-at.sql}: one row, column {@code max_updated_at}
 */
public record SimpegSql(
        NamedSql asnChanged,
        NamedSql asnAll,
        NamedSql asnMaxUpdatedAt,
        NamedSql internsChanged,
        NamedSql internsAll,
        NamedSql internsMaxUpdatedAt) {

    /** Classpath folder of the reference queries bundled in this jar (copies of {@code config/simpeg/}). */
    public static final String REFERENCE_FOLDER = "simpeg/";

    static final String SINCE_UPDATED_AT = "since_updated_at";
    static final String UNTIL_UPDATED_AT = "until_updated_at";
    static final String LIMIT = "limit";
    static final String SINCE_NIP = "since_nip";
    static final String SINCE_NOMOR_INDUK = "since_nomor_induk";

    public SimpegSql {
        expect(asnChanged, "asn-changed", Set.of(SINCE_UPDATED_AT, SINCE_NIP, UNTIL_UPDATED_AT, LIMIT));
        expect(asnAll, "asn-all", Set.of(SINCE_NIP, LIMIT));
        expect(asnMaxUpdatedAt, "max-updated-at", Set.of());
        expect(internsChanged, "interns-changed", Set.of(SINCE_UPDATED_AT, SINCE_NOMOR_INDUK, UNTIL_UPDATED_AT, LIMIT));
        expect(internsAll, "interns-all", Set.of(SINCE_NOMOR_INDUK, LIMIT));
        expect(internsMaxUpdatedAt, "interns-max-updated-at", Set.of());
    }

    private static void expect(NamedSql sql, String role, Set<String> parameters) {
        Objects.requireNonNull(sql, role);
        if (!sql.parameterNames().equals(parameters)) {
            Set<String> missing = new TreeSet<>(parameters);
            missing.removeAll(sql.parameterNames());
            Set<String> unknown = new TreeSet<>(sql.parameterNames());
            unknown.removeAll(parameters);
            throw new SimpegConfigurationException("SQL " + sql.name() + " (used as " + role + ".sql) must use the "
                    + "parameters " + new TreeSet<>(parameters) + " / harus memakai parameter tersebut"
                    + (missing.isEmpty() ? "" : "; missing / tidak ada: " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown / tidak dikenal: " + unknown));
        }
    }

    /** The queries for the reference schema ({@code config/simpeg/schema-*.sql}), bundled in this jar. */
    public static SimpegSql reference() {
        return new SimpegSql(reference("asn-changed"), reference("asn-all"), reference("max-updated-at"),
                reference("interns-changed"), reference("interns-all"), reference("interns-max-updated-at"));
    }

    /**
     * The queries of a site: each {@code <name>.sql} file in {@code directory} replaces the reference query
     * of that name, so a site that only maps its ASN table edits only {@code asn-*.sql} and
     * {@code max-updated-at.sql}.
     */
    public static SimpegSql fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new SimpegConfigurationException("SIMPEG SQL folder not found / folder SQL SIMPEG tidak ditemukan: "
                    + directory);
        }
        return new SimpegSql(site(directory, "asn-changed"), site(directory, "asn-all"),
                site(directory, "max-updated-at"), site(directory, "interns-changed"),
                site(directory, "interns-all"), site(directory, "interns-max-updated-at"));
    }

    private static NamedSql reference(String name) {
        return NamedSql.fromClasspath(REFERENCE_FOLDER + name + ".sql");
    }

    private static NamedSql site(Path directory, String name) {
        Path file = directory.resolve(name + ".sql");
        return Files.isRegularFile(file) ? NamedSql.load(file) : reference(name);
    }
}
