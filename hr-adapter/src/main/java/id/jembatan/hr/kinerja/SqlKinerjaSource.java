package id.jembatan.hr.kinerja;

import id.jembatan.hr.simpeg.NamedSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * e-Kinerja's database through configured SQL ({@link KinerjaSql}) over plain JDBC, keyset-paged on
 * {@code (updated_at, id)} up to the greatest {@code updated_at} present when the read was opened. Columns are read by
 * alias ({@link KinerjaFields}, {@code _} for {@code -}). The watermark is {@code <updated_at>|<id>} of the last row
 * delivered and moves after every page. Each page uses its own connection.
 */
public final class SqlKinerjaSource implements KinerjaSource {

    private static final LocalDateTime START = LocalDateTime.of(1900, 1, 1, 0, 0);

    private final DataSource dataSource;
    private final KinerjaSql sql;
    private final RecordMapper mapper;
    private final int timeoutSeconds;
    private final String description;

    /**
     * @param description where the database is, without credentials, for messages
     */
    public SqlKinerjaSource(DataSource dataSource, KinerjaSql sql, KinerjaCodes codes, java.time.Duration queryTimeout,
            String description) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.mapper = new RecordMapper(codes);
        this.timeoutSeconds = Math.toIntExact(Math.max(1, queryTimeout.toSeconds()));
        this.description = description;
    }

    @Override
    public String kind() {
        return "sql";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public KinerjaRead open(String watermark, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
        }
        LocalDateTime since = START;
        String sinceId = "";
        if (watermark != null && !watermark.isBlank()) {
            int bar = watermark.indexOf('|');
            try {
                since = LocalDateTime.parse(bar < 0 ? watermark : watermark.substring(0, bar));
            } catch (DateTimeParseException e) {
                throw KinerjaException.configuration("watermark e-Kinerja tidak terbaca / unreadable watermark '"
                        + watermark + "' (expected <updated_at>|<id>)");
            }
            sinceId = bar < 0 ? "" : watermark.substring(bar + 1);
        }
        return new Read(since, sinceId, maxUpdatedAt(), pageSize);
    }

    /** The greatest {@code updated_at} now, or null when the table is empty; also {@code check}'s probe. */
    public LocalDateTime maxUpdatedAt() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = sql.maxUpdatedAt().prepare(connection, Map.of())) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Object value = value(rows, 1, rows.getMetaData().getColumnType(1));
                return time(sql.maxUpdatedAt(), value);
            }
        } catch (SQLException e) {
            throw KinerjaException.sql(sql.maxUpdatedAt().name(), e);
        }
    }

    private final class Read implements KinerjaRead {

        private final LocalDateTime until;
        private final int pageSize;
        private LocalDateTime since;
        private String sinceId;
        private boolean more;
        private String checkpoint;

        Read(LocalDateTime since, String sinceId, LocalDateTime until, int pageSize) {
            this.since = since;
            this.sinceId = sinceId;
            this.until = until;
            this.pageSize = pageSize;
            this.more = until != null && !until.isBefore(since);
        }

        @Override
        public boolean hasMore() {
            return more;
        }

        @Override
        public KinerjaPage next() {
            if (!more) {
                throw new NoSuchElementException();
            }
            NamedSql changed = sql.changed();
            Map<String, Object> parameters = Map.of(KinerjaSql.SINCE_UPDATED_AT, since, KinerjaSql.SINCE_ID, sinceId,
                    KinerjaSql.UNTIL_UPDATED_AT, until, KinerjaSql.LIMIT, pageSize);
            List<KinerjaRow> rows = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = changed.prepare(connection, parameters)) {
                statement.setQueryTimeout(timeoutSeconds);
                statement.setFetchSize(pageSize);
                List<Map<String, Object>> records = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> record = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String role = meta.getColumnLabel(i).toLowerCase(Locale.ROOT).replace('_', '-');
                            record.put(role, value(result, i, meta.getColumnType(i)));
                        }
                        records.add(record);
                    }
                }
                LocalDateTime lastAt = null;
                String lastId = null;
                for (Map<String, Object> record : records) {
                    Object id = record.get(KinerjaFields.ID);
                    Object updatedAt = record.get(KinerjaFields.UPDATED_AT);
                    if (id == null || updatedAt == null) {
                        throw KinerjaException.configuration("SQL " + changed.name() + " mengembalikan baris tanpa id atau"
                                + " updated_at / returned a row without id or updated_at; both are the keyset and must"
                                + " never be NULL");
                    }
                    lastAt = time(changed, updatedAt);
                    lastId = id.toString();
                    if (sql.indicators() != null) {
                        record.put(KinerjaFields.INDIKATOR, indicators(connection, lastId));
                    }
                    rows.add(mapper.map(record, "updated_at " + lastAt + ", id " + lastId));
                }
                more = records.size() >= pageSize;
                if (lastAt != null) {
                    if (more && lastAt.equals(since) && lastId.equals(sinceId)) {
                        throw KinerjaException.configuration("SQL " + changed.name() + " tidak bergerak maju / does not"
                                + " move past the cursor; it must select only rows after it");
                    }
                    since = lastAt;
                    sinceId = lastId;
                    checkpoint = lastAt + "|" + lastId;
                } else {
                    checkpoint = null;
                }
            } catch (SQLException e) {
                throw KinerjaException.sql(changed.name(), e);
            }
            return new KinerjaPage(rows);
        }

        @Override
        public String checkpoint() {
            return checkpoint;
        }
    }

    private List<Map<String, Object>> indicators(Connection connection, String skpId) throws SQLException {
        NamedSql query = sql.indicators();
        try (PreparedStatement statement = query.prepare(connection, Map.of(KinerjaSql.SKP_ID, skpId))) {
            statement.setQueryTimeout(timeoutSeconds);
            List<Map<String, Object>> notes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> note = new LinkedHashMap<>();
                    note.put(KinerjaFields.INDIKATOR_URAIAN, rows.getString("indikator_uraian"));
                    note.put(KinerjaFields.INDIKATOR_CATATAN, rows.getString("indikator_catatan"));
                    notes.add(note);
                }
            }
            return notes;
        }
    }

    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp t = rows.getTimestamp(column);
                yield t == null ? null : t.toLocalDateTime();
            }
            case Types.DATE -> {
                java.sql.Date d = rows.getDate(column);
                yield d == null ? null : d.toLocalDate();
            }
            default -> rows.getString(column);
        };
    }

    private static LocalDateTime time(NamedSql query, Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        try {
            return LocalDateTime.parse(value.toString().strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw KinerjaException.configuration("SQL " + query.name() + " mengembalikan '" + value + "' sebagai waktu /"
                    + " returned it where a timestamp is needed; return updated_at as TIMESTAMP or DATETIME");
        }
    }

    @Override
    public String toString() {
        return "SqlKinerjaSource[" + description + "]";
    }
}
