package id.jembatan.hr.simpeg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Keyset-paged reads of one SIMPEG entity (ASN or interns). Changes are read in {@code (updated_at, key)}
 * order between a {@link Cursor} and an upper bound captured at the start of the run; the full reconcile
 * reads every row in key order. Each page uses its own connection, so a stream holds nothing open between
 * pages and needs no closing. Bad rows come back as {@link RejectedRow}; whole-query failures as
 * {@link SimpegException}.
 *
 * @param <R> {@link AsnRow} or {@link InternRow}
 */
public final class SimpegTable<R> {

    private final DataSource dataSource;
    private final NamedSql changed;
    private final NamedSql all;
    private final NamedSql maxUpdatedAt;
    private final RowMapper<R> mapper;
    private final String keyParameter;
    private final int queryTimeoutSeconds;

    SimpegTable(DataSource dataSource, NamedSql changed, NamedSql all, NamedSql maxUpdatedAt, RowMapper<R> mapper,
            String keyParameter, int queryTimeoutSeconds) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.changed = changed;
        this.all = all;
        this.maxUpdatedAt = maxUpdatedAt;
        this.mapper = mapper;
        this.keyParameter = keyParameter;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /**
     * The upper bound for a run: the greatest {@code updated_at} now in SIMPEG. Rows changed after this call get
     * a later {@code updated_at} and are left for the next run. Empty when there are no rows.
     */
    public Optional<LocalDateTime> captureUpperBound() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = maxUpdatedAt.prepare(connection, Map.of())) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet resultSet = statement.executeQuery()) {
                RawRow.Reader reader = new RawRow.Reader(maxUpdatedAt.name(), resultSet.getMetaData(),
                        List.of("max_updated_at"));
                if (!resultSet.next()) {
                    return Optional.empty();
                }
                return Optional.ofNullable(keysetTime(maxUpdatedAt, reader.read(resultSet).get("max_updated_at")));
            }
        } catch (SQLException e) {
            throw SimpegAccessException.classify(maxUpdatedAt.name(), e);
        }
    }

    /**
     * One page of rows changed after {@code cursor} and no later than {@code upperBound}, in
     * {@code (updated_at, key)} order.
     *
     * @param cursor {@link Cursor#START} or the {@code next} of the previous page
     * @param upperBound from {@link #captureUpperBound()} at the start of the run
     * @param limit page size, at least 1
     */
    public Page<R> changedSince(Cursor cursor, LocalDateTime upperBound, int limit) {
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(upperBound, "upperBound");
        requirePositive(limit);
        Map<String, Object> parameters = Map.of(SimpegSql.SINCE_UPDATED_AT, cursor.updatedAt(), keyParameter,
                cursor.key(), SimpegSql.UNTIL_UPDATED_AT, upperBound, SimpegSql.LIMIT, limit);
        return fetch(changed, parameters, cursor, limit, true);
    }

    /** The pages from {@code from} up to {@code upperBound}, fetched one by one as the stream is consumed. */
    public Stream<Page<R>> changedPages(Cursor from, LocalDateTime upperBound, int pageSize) {
        Objects.requireNonNull(upperBound, "upperBound");
        requirePositive(pageSize);
        return pages(from, cursor -> changedSince(cursor, upperBound, pageSize), changed);
    }

    /** The rows of {@link #changedPages}, one by one. */
    public Stream<R> changes(Cursor from, LocalDateTime upperBound, int pageSize) {
        return changedPages(from, upperBound, pageSize).flatMap(page -> page.rows().stream());
    }

    /**
     * One page of the full reconcile: every row with a key after {@code cursor.key()}, whatever its
     * {@code updated_at}, in key order.
     *
     * @param cursor {@link Cursor#START} or the {@code next} of the previous page
     * @param limit page size, at least 1
     */
    public Page<R> allAfter(Cursor cursor, int limit) {
        Objects.requireNonNull(cursor, "cursor");
        requirePositive(limit);
        return fetch(all, Map.of(keyParameter, cursor.key(), SimpegSql.LIMIT, limit), cursor, limit, false);
    }

    /** Every page of the full reconcile, fetched one by one as the stream is consumed. */
    public Stream<Page<R>> allPages(int pageSize) {
        requirePositive(pageSize);
        return pages(Cursor.START, cursor -> allAfter(cursor, pageSize), all);
    }

    /** The rows of {@link #allPages}, one by one. */
    public Stream<R> all(int pageSize) {
        return allPages(pageSize).flatMap(page -> page.rows().stream());
    }

    private Page<R> fetch(NamedSql sql, Map<String, Object> parameters, Cursor from, int limit, boolean byUpdatedAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = sql.prepare(connection, parameters)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            statement.setFetchSize(limit);
            try (ResultSet resultSet = statement.executeQuery()) {
                RawRow.Reader reader = new RawRow.Reader(sql.name(), resultSet.getMetaData(), mapper.aliases());
                List<R> rows = new ArrayList<>();
                RawRow last = null;
                while (resultSet.next()) {
                    last = reader.read(resultSet);
                    rows.add(mapper.map(sql.name(), last));
                }
                return new Page<>(rows, last == null ? from : next(sql, last, byUpdatedAt), rows.size() >= limit);
            }
        } catch (SQLException e) {
            throw SimpegAccessException.classify(sql.name(), e);
        }
    }

    private Cursor next(NamedSql sql, RawRow last, boolean byUpdatedAt) {
        String key = last.raw(mapper.keyAlias());
        if (key == null) {
            throw new SimpegConfigurationException("SQL " + sql.name() + " returned a row whose " + mapper.keyAlias()
                    + " is NULL / bernilai NULL; the key of the keyset must be unique and never NULL");
        }
        if (!byUpdatedAt) {
            return Cursor.afterKey(key);
        }
        LocalDateTime updatedAt = keysetTime(sql, last.get("updated_at"));
        if (updatedAt == null) {
            throw new SimpegConfigurationException("SQL " + sql.name() + " returned a row whose updated_at is NULL "
                    + "/ bernilai NULL; it must select only rows after :since_updated_at");
        }
        return new Cursor(updatedAt, key);
    }

    private static LocalDateTime keysetTime(NamedSql sql, Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        RowChecks checks = new RowChecks(new RawRow(Map.of("updated_at", value)));
        LocalDateTime parsed = checks.dateTime("updated_at");
        if (parsed == null) {
            throw new SimpegConfigurationException("SQL " + sql.name() + " returned '" + value + "' where a timestamp "
                    + "is needed / bukan timestamp; return the column as TIMESTAMP or DATETIME");
        }
        return parsed;
    }

    private Stream<Page<R>> pages(Cursor from, Function<Cursor, Page<R>> fetch, NamedSql sql) {
        Objects.requireNonNull(from, "from");
        Iterator<Page<R>> iterator = new Iterator<>() {
            private Cursor cursor = from;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Page<R> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                Page<R> page = fetch.apply(cursor);
                if (!page.hasMore()) {
                    done = true;
                } else if (page.next().equals(cursor)) {
                    throw new SimpegConfigurationException("SQL " + sql.name() + " returned a full page that does "
                            + "not move past the cursor / tidak bergerak maju; it must select only rows after it");
                }
                cursor = page.next();
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + limit);
        }
    }
}
