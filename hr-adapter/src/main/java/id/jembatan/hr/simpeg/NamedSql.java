package id.jembatan.hr.simpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One SQL statement with named parameters ({@code :since_nip}), as admins write it in a {@code .sql} file.
 *
 * <p>The text is turned into JDBC SQL with {@code ?} markers, and values are bound by name. A name may be
 * used more than once. PostgreSQL casts ({@code ::date}), string literals, quoted identifiers,
 * dollar-quoted text and comments are left alone; comments are dropped from the JDBC SQL, so a
 * question mark in a comment cannot confuse a driver. A trailing semicolon is allowed.
 */
public final class NamedSql {

    private final String name;
    private final String text;
    private final String jdbcSql;
    private final List<String> markers;

    private NamedSql(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        List<String> found = new ArrayList<>();
        this.jdbcSql = translate(name, text, found);
        this.markers = List.copyOf(found);
        if (jdbcSql.isBlank()) {
            throw new SimpegConfigurationException("SQL " + name + " is empty / kosong");
        }
    }

    /**
     * SQL given as text.
     *
     * @param name what to call it in messages, usually the file name without {@code .sql}
     */
    public static NamedSql of(String name, String text) {
        return new NamedSql(name, text);
    }

    /** Reads a UTF-8 {@code .sql} file; its name in messages is the file name without {@code .sql}. */
    public static NamedSql load(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return new NamedSql(stripSuffix(fileName), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SimpegConfigurationException("SQL file not found / tidak ditemukan: " + file, e);
        } catch (IOException e) {
            throw new SimpegConfigurationException("SQL file cannot be read / tidak dapat dibaca: " + file, e);
        }
    }

    /** Reads a UTF-8 {@code .sql} resource from the classpath, e.g. {@code simpeg/asn-changed.sql}. */
    public static NamedSql fromClasspath(String resource) {
        try (InputStream in = NamedSql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SimpegConfigurationException("SQL resource not found / tidak ditemukan: " + resource);
            }
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            return new NamedSql(stripSuffix(fileName), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String stripSuffix(String fileName) {
        return fileName.endsWith(".sql") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The SQL handed to JDBC: each parameter replaced by {@code ?}, comments removed. */
    public String jdbcSql() {
        return jdbcSql;
    }

    /** Parameter names in the order of their {@code ?} markers, repeated where a name is used again. */
    public List<String> markers() {
        return markers;
    }

    /** The distinct parameter names, in order of first use. */
    public Set<String> parameterNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(markers));
    }

    /** Prepares the statement without binding anything, for batches: bind each row with {@link #bind}. */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        return connection.prepareStatement(jdbcSql);
    }

    /** Prepares the statement and binds {@code values} by name. */
    public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbcSql);
        try {
            bind(statement, values);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Binds every marker from {@code values} by name. Values the SQL does not use are ignored; a name the
     * SQL uses but {@code values} lacks is a {@link SimpegConfigurationException} naming it.
     */
    public void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (int i = 0; i < markers.size(); i++) {
            String parameter = markers.get(i);
            if (!values.containsKey(parameter)) {
                throw new SimpegConfigurationException("SQL " + name + " uses :" + parameter
                        + ", which is not supplied / tidak disediakan; supplied: " + values.keySet());
            }
            Object value = values.get(parameter);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof String s) {
                statement.setString(i + 1, s);
            } else if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static String translate(String name, String sql, List<String> markers) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (SqlText.commentStartsAt(sql, i)) {
                i = SqlText.commentEnd(sql, i, name);
                out.append(' ');
                continue;
            }
            int literalEnd = SqlText.literalEnd(sql, i, name);
            if (literalEnd > i) {
                out.append(sql, i, literalEnd);
                i = literalEnd;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && SqlText.identifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && SqlText.identifierPart(sql.charAt(end))) {
                    end++;
                }
                markers.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        String result = out.toString().strip();
        while (result.endsWith(";")) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }
}
