package id.jembatan.hr.simpeg;

import java.util.Locale;

/** Which reference schema file fits a database. H2 takes either, in the matching compatibility mode. */
public enum SimpegDialect {
    /** PostgreSQL, and H2 with {@code MODE=PostgreSQL}: {@code schema-postgresql.sql}. */
    POSTGRESQL("schema-postgresql.sql"),
    /** MariaDB and MySQL, and H2 with {@code MODE=MariaDB}: {@code schema-mariadb.sql}. */
    MARIADB("schema-mariadb.sql");

    private final String schemaFile;

    SimpegDialect(String schemaFile) {
        this.schemaFile = schemaFile;
    }

    /** The reference schema's file name, in {@code config/simpeg/} and in this jar under {@code simpeg/}. */
    public String schemaFile() {
        return schemaFile;
    }

    /** {@code postgresql} or {@code mariadb} ({@code mysql} too), in any case. */
    public static SimpegDialect fromName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pg" -> POSTGRESQL;
            case "mariadb", "mysql" -> MARIADB;
            default -> throw new IllegalArgumentException("unknown dialect '" + name + "': postgresql or mariadb");
        };
    }
}
