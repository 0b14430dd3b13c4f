package id.jembatan.hr.simpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A DDL script (the reference schema) split into statements at semicolons outside literals and comments. */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String name, String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (SqlText.commentStartsAt(script, i)) {
                i = SqlText.commentEnd(script, i, name);
                current.append(' ');
                continue;
            }
            int literalEnd = SqlText.literalEnd(script, i, name);
            if (literalEnd > i) {
                current.append(script, i, literalEnd);
                i = literalEnd;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    static void run(Connection connection, String resource) throws SQLException {
        String script;
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SimpegConfigurationException("SQL resource not found / tidak ditemukan: " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        run(connection, resource, script);
    }

    static void run(Connection connection, String name, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(name, script)) {
                statement.execute(sql);
            }
        }
    }
}
