package id.jembatan.moodle.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** A Moodle log table made for a test with Moodle's own DDL, optionally holding the recorded rows. */
final class LogTable {

    enum Dialect { POSTGRESQL, MARIADB }

    private static final List<String> LONGS = List.of("id", "objectid", "edulevel", "contextid", "contextlevel",
            "contextinstanceid", "userid", "courseid", "relateduserid", "anonymous", "timecreated", "realuserid");

    private final DataSource dataSource;
    private final String prefix;

    private LogTable(DataSource dataSource, String prefix) {
        this.dataSource = dataSource;
        this.prefix = prefix;
    }

    /** Creates {@code <prefix>logstore_standard_log} with Moodle's DDL for {@code dialect}; it must not exist. */
    static LogTable create(DataSource dataSource, Dialect dialect, String prefix) {
        String resource = "/moodle/logstore/logstore_standard_log." + dialect.name().toLowerCase() + ".sql";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : statements(resource, prefix)) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the log table with " + resource, e);
        }
        return new LogTable(dataSource, prefix);
    }

    String name() {
        return prefix + "logstore_standard_log";
    }

    /** Inserts the recorded rows with their ids and every column as recorded. */
    LogTable withRecordedRows() {
        String insert = "INSERT INTO " + name() + " (" + String.join(", ", RecordedLog.COLUMNS) + ") VALUES ("
                + String.join(", ", Collections.nCopies(RecordedLog.COLUMNS.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            for (JsonNode row : RecordedLog.rows()) {
                for (int i = 0; i < RecordedLog.COLUMNS.size(); i++) {
                    String column = RecordedLog.COLUMNS.get(i);
                    JsonNode value = row.get(column);
                    boolean number = LONGS.contains(column);
                    if (value.isNull()) {
                        statement.setNull(i + 1, number ? Types.BIGINT : Types.VARCHAR);
                    } else if (number) {
                        statement.setLong(i + 1, value.asLong());
                    } else {
                        statement.setString(i + 1, value.asText());
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the recorded rows into " + name(), e);
        }
        return this;
    }

    private static List<String> statements(String resource, String prefix) {
        try (InputStream in = LogTable.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--"))
                    .collect(Collectors.joining("\n"))
                    .replace("${prefix}", prefix);
            return Arrays.stream(text.split(";")).map(String::strip).filter(ddl -> !ddl.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
