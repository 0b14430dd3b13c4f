package id.jembatan.support.moodlelog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Moodle's standard log table ({@code <prefix>logstore_standard_log}) in a test database, made with the DDL
 * Moodle 4.5 uses on PostgreSQL or MariaDB ({@code moodle/logstore/*.sql}), for end-to-end tests and
 * benchmarks of the {@code moodle-learning} flow's log tail:
 * <ul>
 *   <li>{@link #loadRecorded()} the 51 rows recorded from a real Moodle (ids 90 to 1092, 28 learning events);
 *   <li>{@link #appendSynthetic(SyntheticLog)} rows shaped like them, fast: PostgreSQL's {@code COPY FROM
 *       STDIN}, or multi-row {@code INSERT}s of {@value #MARIADB_ROWS_PER_INSERT} rows on MariaDB;
 *   <li>{@link #appendNow(String, long, long)} one event now, as Moodle inserts it, for latency tests.
 * </ul>
 */
public final class MoodleLogTable {

    /** The database flavour, which picks the DDL and the bulk-load method. */
    public enum Dialect { POSTGRESQL, MARIADB }

    /** How many rows {@link #loadRecorded()} loads. */
    public static final int RECORDED_ROWS = 51;

    /** How many of the recorded rows are learning events. */
    public static final int RECORDED_LEARNING_EVENTS = 28;

    /** The last id of the recorded rows. */
    public static final long RECORDED_MAX_ID = 1092;

    static final int MARIADB_ROWS_PER_INSERT = 1000;
    static final int REINDEX_FROM_ROWS = 100_000;

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,20}");
    private static final int COPY_CHUNK_CHARS = 4 << 20;
    private static final int MARIADB_INSERTS_PER_COMMIT = 20;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String prefix;
    private final String name;

    /** The table {@code mdl_logstore_standard_log} of {@code dataSource}. */
    public MoodleLogTable(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, "mdl_");
    }

    /** The table {@code <tablePrefix>logstore_standard_log} of {@code dataSource}. */
    public MoodleLogTable(DataSource dataSource, Dialect dialect, String tablePrefix) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("table prefix must be 0 to 20 of a-z, 0-9, _: " + tablePrefix);
        }
        this.prefix = tablePrefix;
        this.name = tablePrefix + "logstore_standard_log";
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The table prefix, to give {@code MoodleLogReader} and {@code jembatan.moodle.log-table-prefix}. */
    public String prefix() {
        return prefix;
    }

    /** The table name, e.g. {@code mdl_logstore_standard_log}. */
    public String name() {
        return name;
    }

    /** Drops the table if it exists and creates it afresh with Moodle's DDL and indexes. */
    public MoodleLogTable create() {
        List<String> ddl = new ArrayList<>();
        ddl.add("DROP TABLE IF EXISTS " + name);
        ddl.addAll(statements(ddlResource()));
        execute(ddl);
        return this;
    }

    /** Deletes every row and restarts ids at 1. */
    public MoodleLogTable truncate() {
        execute(List.of(dialect == Dialect.POSTGRESQL ? "TRUNCATE TABLE " + name + " RESTART IDENTITY"
                : "TRUNCATE TABLE " + name));
        return this;
    }

    /** Drops the table if it exists. */
    public void drop() {
        execute(List.of("DROP TABLE IF EXISTS " + name));
    }

    /**
     * Inserts the 51 recorded rows with their ids and all their columns; later appends continue after id
     * {@value #RECORDED_MAX_ID}.
     *
     * @throws IllegalStateException if the table already holds ids from 90 up, which would collide
     */
    public MoodleLogTable loadRecorded() {
        if (maxId() >= 90) {
            throw new IllegalStateException(name + " already holds ids up to " + maxId()
                    + ": load the recorded rows first, into an empty table");
        }
        insert(recordedRows());
        afterBulkLoad();
        return this;
    }

    /**
     * Appends the rows {@code spec} describes after the current last id, in one bulk load, then refreshes the
     * planner statistics. From {@value #REINDEX_FROM_ROWS} rows up the secondary indexes are dropped for the
     * load and rebuilt after it (a million rows: about 12 s instead of 25 s on embedded PostgreSQL, 35 s on
     * the peers' MariaDB); the table is locked meanwhile, so load before the flow starts reading.
     */
    public SyntheticBatch appendSynthetic(SyntheticLog spec) {
        long firstId = maxId() + 1;
        SplittableRandom random = new SplittableRandom(spec.seed());
        Map<String, Integer> counts = new HashMap<>();
        Iterable<StoredRow> rows = () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < spec.rows();
            }

            @Override
            public StoredRow next() {
                long id = firstId + index;
                long time = spec.start().getEpochSecond() + index / spec.rowsPerSecond();
                index++;
                long user = spec.userIds().get(random.nextInt(spec.userIds().size()));
                long course = spec.courseIds().get(random.nextInt(spec.courseIds().size()));
                SyntheticEvent event = SyntheticEvent.pick(random, spec.learningShare());
                counts.merge(event.eventName(), 1, Integer::sum);
                return event.row(id, id, user, course, time, random);
            }
        };
        if (spec.rows() >= REINDEX_FROM_ROWS) {
            List<String> indexes = secondaryIndexes();
            execute(indexes.stream().map(this::dropIndex).toList());
            insert(rows);
            execute(indexes);
            afterBulkLoad();
        } else if (spec.rows() > 0) {
            insert(rows);
            afterBulkLoad();
        }
        return new SyntheticBatch(firstId, firstId + spec.rows() - 1, spec.rows(), counts);
    }

    /**
     * Inserts one event stamped now, letting the database assign its id as Moodle does, and returns the id.
     *
     * @param eventName one of the six learning events, or the noise events synthetic rows use: Moodle's
     *     {@code course_viewed}, page and quiz {@code course_module_viewed}, and {@code user_loggedin}
     * @param userId the learner the event is about
     */
    public long appendNow(String eventName, long userId, long courseId) {
        return append(eventName, userId, courseId, Instant.now());
    }

    /** Like {@link #appendNow(String, long, long)}, stamped {@code time}. */
    public long append(String eventName, long userId, long courseId, Instant time) {
        SyntheticEvent event = SyntheticEvent.named(eventName);
        StoredRow row = event.row(0, maxId() + 1, userId, courseId, time.getEpochSecond(),
                new SplittableRandom(time.toEpochMilli()));
        List<String> columns = StoredRow.COLUMNS.subList(1, StoredRow.COLUMNS.size());
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            Object[] values = row.values();
            for (int i = 1; i < values.length; i++) {
                bind(statement, i, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no id returned for the row inserted into " + name);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert into " + name, e);
        }
    }

    /**
     * Inserts a copy of row {@code id} stamped {@code time}, letting the database assign its id as Moodle does, and
     * returns the new id: e.g. a recorded "incomplete" row again, as a teacher's later override.
     */
    public long appendCopy(long id, Instant time) {
        List<String> columns = StoredRow.COLUMNS.subList(1, StoredRow.COLUMNS.size());
        String values = String.join(", ", columns.stream().map(column -> column.equals("timecreated") ? "?" : column)
                .toList());
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + name
                + " WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setLong(1, time.getEpochSecond());
            statement.setLong(2, id);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no row " + id + " in " + name + " to copy");
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no id returned for the row inserted into " + name);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy row " + id + " in " + name, e);
        }
    }

    /** How many rows the table holds. */
    public long count() {
        return queryLong("SELECT COUNT(*) FROM " + name);
    }

    /** The largest id, 0 if the table is empty. */
    public long maxId() {
        return queryLong("SELECT COALESCE(MAX(id), 0) FROM " + name);
    }

    private void insert(Iterable<StoredRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            if (dialect == Dialect.POSTGRESQL) {
                copy(connection, rows);
            } else {
                insertMultiRow(connection, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load rows into " + name, e);
        }
    }

    private void copy(Connection connection, Iterable<StoredRow> rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + name + " (" + String.join(", ", StoredRow.COLUMNS) + ") FROM STDIN");
        try {
            StringBuilder chunk = new StringBuilder(COPY_CHUNK_CHARS + 4096);
            for (StoredRow row : rows) {
                row.appendCopyLine(chunk);
                if (chunk.length() >= COPY_CHUNK_CHARS) {
                    writeChunk(copy, chunk);
                }
            }
            writeChunk(copy, chunk);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void writeChunk(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private void insertMultiRow(Connection connection, Iterable<StoredRow> rows) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement full = connection.prepareStatement(multiRowInsert(MARIADB_ROWS_PER_INSERT))) {
            List<StoredRow> pending = new ArrayList<>(MARIADB_ROWS_PER_INSERT);
            int inserts = 0;
            for (StoredRow row : rows) {
                pending.add(row);
                if (pending.size() == MARIADB_ROWS_PER_INSERT) {
                    bindRows(full, pending);
                    full.executeUpdate();
                    pending.clear();
                    if (++inserts % MARIADB_INSERTS_PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
            }
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(multiRowInsert(pending.size()))) {
                    bindRows(rest, pending);
                    rest.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private String multiRowInsert(int rows) {
        String oneRow = "(" + String.join(", ", Collections.nCopies(StoredRow.COLUMNS.size(), "?")) + ")";
        return "INSERT INTO " + name + " (" + String.join(", ", StoredRow.COLUMNS) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, oneRow));
    }

    private static void bindRows(PreparedStatement statement, List<StoredRow> rows) throws SQLException {
        int index = 1;
        for (StoredRow row : rows) {
            for (Object value : row.values()) {
                bind(statement, index++, value);
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setLong(index, (Long) value);
        }
    }

    /**
     * Moves PostgreSQL's id sequence past the explicit ids (MariaDB's AUTO_INCREMENT follows by itself), and
     * refreshes the planner statistics, as autovacuum would on a real Moodle: with stale ones after a bulk
     * load, PostgreSQL plans keyset pages as bitmap scans of the whole range.
     */
    private void afterBulkLoad() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                statement.executeQuery("SELECT setval(pg_get_serial_sequence('" + name + "', 'id'), (SELECT MAX(id) FROM "
                        + name + "))").close();
                statement.execute("ANALYZE " + name);
            } else {
                statement.executeQuery("ANALYZE TABLE " + name).close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the sequence and statistics of " + name, e);
        }
    }

    private long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query " + name, e);
        }
    }

    private void execute(List<String> sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up " + name, e);
        }
    }

    private String dropIndex(String createIndex) {
        String index = createIndex.split("\\s+")[2];
        return dialect == Dialect.POSTGRESQL ? "DROP INDEX " + index : "DROP INDEX " + index + " ON " + name;
    }

    private List<String> secondaryIndexes() {
        return statements(ddlResource()).stream().filter(sql -> sql.startsWith("CREATE INDEX")).toList();
    }

    private String ddlResource() {
        return "/moodle/logstore/logstore_standard_log." + dialect.name().toLowerCase() + ".sql";
    }

    private List<String> statements(String resource) {
        String text = resource(resource).lines()
                .filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace("${prefix}", prefix);
        return Arrays.stream(text.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    private static List<StoredRow> recordedRows() {
        try {
            JsonNode rows = new ObjectMapper().readTree(resource("/moodle/logstore/standard_log_sample.json"))
                    .get("rows");
            List<StoredRow> recorded = new ArrayList<>();
            for (JsonNode row : rows) {
                recorded.add(new StoredRow(row.get("id").asLong(), text(row, "eventname"), text(row, "component"),
                        text(row, "action"), text(row, "target"), text(row, "objecttable"), number(row, "objectid"),
                        text(row, "crud"), row.get("edulevel").asInt(), row.get("contextid").asLong(),
                        row.get("contextlevel").asLong(), row.get("contextinstanceid").asLong(),
                        row.get("userid").asLong(), number(row, "courseid"), number(row, "relateduserid"),
                        row.get("anonymous").asInt(), text(row, "other"), row.get("timecreated").asLong(),
                        text(row, "origin"), text(row, "ip"), number(row, "realuserid")));
            }
            return recorded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode row, String column) {
        return row.get(column).isNull() ? null : row.get(column).asText();
    }

    private static Long number(JsonNode row, String column) {
        return row.get(column).isNull() ? null : row.get(column).asLong();
    }

    private static String resource(String name) {
        try (InputStream in = MoodleLogTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + dialect;
    }
}
