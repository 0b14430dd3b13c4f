package id.jembatan.hr.kinerja;

import id.jembatan.hr.simpeg.NamedSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The queries the SQL source runs against e-Kinerja's database ({@code config/kinerja/}). Each must use exactly its
 * named parameters; checked when the set is built, so a wrong file stops the flow before it reads anything.
 *
 * @param changed {@code penilaian-changed.sql}: results changed after {@code :since_updated_at, :since_id} up to
 *     {@code :until_updated_at}, ordered by {@code updated_at, id}, at most {@code :limit} rows
 * @param maxUpdatedAt {@code max-updated-at.sql}: one row, column {@code max_updated_at}
 * @param indicators {@code indikator.sql}: the indicator notes of {@code :skp_id}; null to read none
 */
public record KinerjaSql(NamedSql changed, NamedSql maxUpdatedAt, NamedSql indicators) {

    /** Classpath folder of the reference queries bundled in this jar (copies of {@code config/kinerja/}). */
    public static final String REFERENCE_FOLDER = "kinerja/";

    static final String SINCE_UPDATED_AT = "since_updated_at";
    static final String SINCE_ID = "since_id";
    static final String UNTIL_UPDATED_AT = "until_updated_at";
    static final String LIMIT = "limit";
    static final String SKP_ID = "skp_id";

    public KinerjaSql {
        expect(changed, "penilaian-changed", Set.of(SINCE_UPDATED_AT, SINCE_ID, UNTIL_UPDATED_AT, LIMIT));
        expect(maxUpdatedAt, "max-updated-at", Set.of());
        if (indicators != null) {
            expect(indicators, "indikator", Set.of(SKP_ID));
        }
    }

    private static void expect(NamedSql sql, String role, Set<String> parameters) {
        Objects.requireNonNull(sql, role);
        if (!sql.parameterNames().equals(parameters)) {
            Set<String> missing = new TreeSet<>(parameters);
            missing.removeAll(sql.parameterNames());
            Set<String> unknown = new TreeSet<>(sql.parameterNames());
            unknown.removeAll(parameters);
            throw KinerjaException.configuration("SQL e-Kinerja " + sql.name() + " (" + role + ".sql) harus memakai"
                    + " parameter / must use the parameters " + new TreeSet<>(parameters)
                    + (missing.isEmpty() ? "" : "; tidak ada / missing: " + missing)
                    + (unknown.isEmpty() ? "" : "; tidak dikenal / unknown: " + unknown));
        }
    }

    /** The queries for the reference schema ({@code config/kinerja/schema-*.sql}), bundled in this jar. */
    public static KinerjaSql reference() {
        return new KinerjaSql(reference("penilaian-changed"), reference("max-updated-at"), reference("indikator"));
    }

    /**
     * The queries of a site: each {@code <name>.sql} in {@code directory} replaces the reference query of that name;
     * an empty {@code indikator.sql} means the site has no indicator notes.
     */
    public static KinerjaSql fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw KinerjaException.configuration("folder SQL e-Kinerja tidak ditemukan / e-Kinerja SQL folder not found:"
                    + " " + directory + " (jembatan.kinerja.sql-dir)");
        }
        Path indicators = directory.resolve("indikator.sql");
        NamedSql indicatorSql;
        try {
            indicatorSql = !Files.isRegularFile(indicators) ? reference("indikator")
                    : Files.readString(indicators).lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))
                    ? null : NamedSql.load(indicators);
        } catch (java.io.IOException e) {
            throw KinerjaException.configuration("tidak dapat membaca / cannot read " + indicators);
        }
        return new KinerjaSql(site(directory, "penilaian-changed"), site(directory, "max-updated-at"), indicatorSql);
    }

    private static NamedSql reference(String name) {
        return NamedSql.fromClasspath(REFERENCE_FOLDER + name + ".sql");
    }

    private static NamedSql site(Path directory, String name) {
        Path file = directory.resolve(name + ".sql");
        return Files.isRegularFile(file) ? NamedSql.load(file) : reference(name);
    }
}
