package id.jembatan.moodle.log;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads Moodle's standard log ({@code <prefix>logstore_standard_log}, written by Moodle's
 * <a href="https://docs.moodle.org/en/Standard_log">Standard log</a> store) over JDBC, for the
 * {@code moodle-learning} flow's log-tail source: keyset pages on {@code id}, filtered to a set of event
 * names, bounded above by an id captured at the start of a run.
 *
 * <p>The SQL lives in {@code moodle/log/*.sql} and runs unchanged on PostgreSQL, MySQL/MariaDB and H2. Every
 * value is bound; only the table name, checked against {@code [a-z0-9_]{0,20}} for its prefix, is put into
 * the text. Each call takes a connection from the data source, marks it read-only, reads in one read-only
 * transaction and closes it. The data source should be dedicated to this reader; its account needs only
 * {@code SELECT} on the log table.
 *
 * <p>Failures are thrown as {@link MoodleLogException}: retryable when the database cannot be reached,
 * fatal (naming the setting to fix) when the table is missing or the account may not read it. The reader
 * never retries. Thread-safe.
 */
public final class MoodleLogReader {

    /** Moodle's default table prefix ({@code $CFG->prefix}). */
    public static final String DEFAULT_TABLE_PREFIX = "mdl_";

    /** The largest page {@link #page(long, long, int)} accepts. */
    public static final int MAX_PAGE_SIZE = 10_000;

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,20}");
    private static final String TABLE = "logstore_standard_log";
    private static final int FETCH_SIZE = 500;
    /** Pairs per statement of {@link #latestBefore}: 2 bound values each, well under every driver's limit. */
    private static final int PAIRS_PER_QUERY = 200;

    private final DataSource dataSource;
    private final String prefix;
    private final String table;
    private final List<String> eventNames;
    private final LogSql sql;

    /**
     * A reader of {@code <tablePrefix>logstore_standard_log} that returns the events named in
     * {@code eventNames} (usually {@link LearningEvents#ALL}).
     *
     * @throws IllegalArgumentException if the prefix is not 0 to 20 of {@code a-z 0-9 _}, or no event is named
     */
    public MoodleLogReader(DataSource dataSource, String tablePrefix, Collection<String> eventNames) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException(SqlErrors.PREFIX_SETTING
                    + " must be Moodle's $CFG->prefix: 0 to 20 characters of a-z, 0-9 and _, e.g. \""
                    + DEFAULT_TABLE_PREFIX + "\"; got \"" + tablePrefix + "\"");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : Objects.requireNonNull(eventNames, "eventNames")) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("blank event name in " + eventNames);
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no event names: the reader would return nothing");
        }
        this.prefix = tablePrefix;
        this.table = tablePrefix + TABLE;
        this.eventNames = List.copyOf(names);
        this.sql = LogSql.forTable(table, names.size());
    }

    /** A reader of {@code mdl_logstore_standard_log} for the {@link LearningEvents#ALL learning events}. */
    public MoodleLogReader(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE_PREFIX, LearningEvents.ALL);
    }

    /** The table read, e.g. {@code mdl_logstore_standard_log}. */
    public String table() {
        return table;
    }

    /** The event names rows are filtered to. */
    public List<String> eventNames() {
        return eventNames;
    }

    /**
     * The next rows of the selected events with {@code afterId < id <= upToId}, in id order, at most
     * {@code limit}. A page shorter than {@code limit} means the range is exhausted; otherwise read on after
     * the last row's id. Empty when {@code upToId <= afterId}.
     *
     * @param afterId the last id already read (0 to start at the beginning)
     * @param upToId the upper bound captured at the start of the run, usually {@link #maxId()}
     * @param limit the page size, 1 to {@value #MAX_PAGE_SIZE}
     */
    public List<LogRow> page(long afterId, long upToId, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE_SIZE + ", was " + limit);
        }
        if (upToId <= afterId) {
            return List.of();
        }
        return read("read a page of the log", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.page())) {
                statement.setFetchSize(Math.min(limit, FETCH_SIZE));
                int index = bindRange(statement, afterId, upToId);
                statement.setInt(index, limit);
                List<LogRow> rows = new ArrayList<>(Math.min(limit, FETCH_SIZE));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(row(result));
                    }
                }
                return List.copyOf(rows);
            }
        });
    }

    /** The id of the newest row in the log, whatever its event; 0 if the log is empty. */
    public long maxId() {
        return read("find the newest log id", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.maxId())) {
                return singleLong(statement);
            }
        });
    }

    /**
     * Checks, for {@code check}, that the reader can work here: it connects, reads the newest id and a page of the
     * newest row with every column it reads ({@code SELECT} on the table), and asks the database's metadata for the
     * table's indexes: those Moodle creates on {@code id}, {@code timecreated}, {@code contextid} and
     * {@code relateduserid} keep the reader's queries from scanning the whole log.
     *
     * @throws MoodleLogException as the other calls, naming the setting to fix
     */
    public LogTableCheck check() {
        return read("check the log table", connection -> {
            long newest;
            try (PreparedStatement statement = connection.prepareStatement(sql.maxId())) {
                newest = singleLong(statement);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.page())) {
                int index = bindRange(statement, Math.max(0, newest - 1), Math.max(1, newest));
                statement.setInt(index, 1);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        row(result);
                    }
                }
            }
            Set<String> leading = leadingIndexColumns(connection.getMetaData(), connection.getCatalog());
            List<String> missing = LogTableCheck.INDEXED_COLUMNS.stream().filter(c -> !leading.contains(c)).toList();
            return new LogTableCheck(table, newest, missing);
        });
    }

    /** The first column of every index of the table, lower case; the table name is tried as given and upper case. */
    private Set<String> leadingIndexColumns(DatabaseMetaData metadata, String catalog) throws SQLException {
        Set<String> leading = new HashSet<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet indexes = metadata.getIndexInfo(catalog, null, name, false, true)) {
                while (indexes.next()) {
                    String column = indexes.getString("COLUMN_NAME");
                    if (indexes.getShort("ORDINAL_POSITION") == 1 && column != null) {
                        leading.add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!leading.isEmpty()) {
                break;
            }
        }
        return leading;
    }

    /**
     * The largest id of a row logged before {@code time}, or 0 if there is none. A backfill from
     * {@code time} starts after it: every row with a larger id was logged at or after {@code time}. Moodle
     * stamps whole seconds, so a row of second {@code s} is before {@code time} when {@code s < time}.
     */
    public long lastIdBefore(Instant time) {
        long seconds = time.getEpochSecond() + (time.getNano() > 0 ? 1 : 0);
        return read("find the last log id before " + time, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.lastIdBefore())) {
                statement.setLong(1, seconds);
                return singleLong(statement);
            }
        });
    }

    /**
     * The largest id of a row logged at or before {@code time}, or 0 if there is none: the upper bound of a
     * backfill to {@code time}.
     */
    public long lastIdAtOrBefore(Instant time) {
        long seconds = time.getEpochSecond();
        return read("find the last log id at or before " + time, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.lastIdAtOrBefore())) {
                statement.setLong(1, seconds);
                return singleLong(statement);
            }
        });
    }

    /** How many rows of the selected events have {@code afterId < id <= upToId}, for progress reports. */
    public long countBetween(long afterId, long upToId) {
        if (upToId <= afterId) {
            return 0;
        }
        return read("count the log rows to read", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.countBetween())) {
                bindRange(statement, afterId, upToId);
                return singleLong(statement);
            }
        });
    }

    /**
     * For each (context, related user) pair, the row of {@code eventName} in a context of {@code contextLevel}
     * with the highest id below {@code beforeId}, whatever the reader's event names; pairs without such a row are
     * left out. E.g. the previous {@code course_module_completion_updated} of a learner in an activity: the rows of
     * one pair are found through Moodle's indexes on {@code contextid} and {@code relateduserid}. One read-only
     * transaction; one statement per {@value #PAIRS_PER_QUERY} pairs.
     *
     * @param eventName    e.g. {@link LearningEvents#COURSE_MODULE_COMPLETION_UPDATED}
     * @param contextLevel e.g. 70, a course module
     * @param pairs        the contexts and related users to look up
     * @param beforeId     only rows with a smaller id count
     */
    public Map<ContextUser, LogRow> latestBefore(String eventName, int contextLevel, Collection<ContextUser> pairs,
                                                 long beforeId) {
        Objects.requireNonNull(eventName, "eventName");
        List<ContextUser> distinct = List.copyOf(new LinkedHashSet<>(pairs));
        if (distinct.isEmpty() || beforeId <= 1) {
            return Map.of();
        }
        return read("look up earlier rows of " + eventName, connection -> {
            Map<ContextUser, LogRow> latest = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += PAIRS_PER_QUERY) {
                List<ContextUser> chunk = distinct.subList(from, Math.min(distinct.size(), from + PAIRS_PER_QUERY));
                try (PreparedStatement statement = connection.prepareStatement(sql.latestBefore(chunk.size()))) {
                    statement.setString(1, eventName);
                    statement.setInt(2, contextLevel);
                    statement.setLong(3, beforeId);
                    int index = 4;
                    for (ContextUser pair : chunk) {
                        statement.setLong(index++, pair.contextId());
                        statement.setLong(index++, pair.relatedUserId());
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            LogRow row = row(result);
                            latest.put(new ContextUser(row.contextId(), row.relatedUserId()), row);
                        }
                    }
                }
            }
            return Map.copyOf(latest);
        });
    }

    @Override
    public String toString() {
        return "MoodleLogReader[" + table + ", " + eventNames.size() + " events]";
    }

    private int bindRange(PreparedStatement statement, long afterId, long upToId) throws SQLException {
        statement.setLong(1, afterId);
        statement.setLong(2, upToId);
        int index = 3;
        for (String name : eventNames) {
            statement.setString(index++, name);
        }
        return index;
    }

    private static long singleLong(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static LogRow row(ResultSet result) throws SQLException {
        return new LogRow(
                result.getLong("id"),
                result.getString("eventname"),
                result.getString("component"),
                result.getString("action"),
                result.getString("target"),
                result.getString("objecttable"),
                nullableLong(result, "objectid"),
                result.getLong("contextid"),
                result.getInt("contextlevel"),
                result.getLong("contextinstanceid"),
                result.getLong("userid"),
                result.getLong("courseid"),
                nullableLong(result, "relateduserid"),
                result.getInt("anonymous") != 0,
                result.getString("other"),
                result.getLong("timecreated"),
                result.getString("origin"));
    }

    private static Long nullableLong(ResultSet result, String column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    private <T> T read(String operation, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(connection, e);
                throw SqlErrors.translate(operation, table, prefix, userOf(connection), e);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, table, prefix, null, e);
        }
    }

    private static void rollback(Connection connection, SQLException failure) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Best effort, for the error message only: a broken connection may not say. */
    private static String userOf(Connection connection) {
        try {
            return connection.isClosed() ? null : connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
