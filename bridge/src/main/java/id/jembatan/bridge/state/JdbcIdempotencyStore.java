package id.jembatan.bridge.state;

import static id.jembatan.bridge.state.Arguments.required;

import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.StateStoreException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** {@link IdempotencyStore} on the {@code idempotency_key} table. */
final class JdbcIdempotencyStore implements IdempotencyStore {

    /** Keys per {@code IN} list: well under every driver's parameter limit. */
    static final int LOOKUP_CHUNK = 500;

    private static final String SELECT = """
            SELECT idem_value FROM idempotency_key
            WHERE processor = :processor AND idem_key = :key""";
    /**
     * Keys as row values so that the whole primary key narrows the search: H2 uses only the {@code processor}
     * part of it for {@code processor = ? AND idem_key IN (...)} and scans every key of the processor.
     */
    private static final String SELECT_MANY = """
            SELECT idem_key, idem_value FROM idempotency_key
            WHERE (processor, idem_key) IN (:keys)""";
    /** PostgreSQL plans a plain {@code IN} list on the second key column as one index scan; row values it does not. */
    private static final String SELECT_MANY_POSTGRESQL = """
            SELECT idem_key, idem_value FROM idempotency_key
            WHERE processor = :processor AND idem_key IN (:keys)""";
    /**
     * PostgreSQL: a whole chunk as one multi-row statement that says which keys it stored, instead of a batch of
     * single-row statements each parsed, planned and executed on its own.
     */
    private static final String UPSERT_MANY_POSTGRESQL = """
            INSERT INTO idempotency_key (processor, idem_key, idem_value, created_at, updated_at)
            VALUES :rows ON CONFLICT (processor, idem_key)
            DO UPDATE SET idem_value = EXCLUDED.idem_value, updated_at = EXCLUDED.updated_at""";
    private static final String UPDATE = """
            UPDATE idempotency_key SET idem_value = :value, updated_at = :now
            WHERE processor = :processor AND idem_key = :key""";
    private static final String INSERT = """
            INSERT INTO idempotency_key (processor, idem_key, idem_value, created_at, updated_at)
            VALUES (:processor, :key, :value, :now, :now)""";

    private final StateJdbc state;

    JdbcIdempotencyStore(StateJdbc state) {
        this.state = state;
    }

    @Override
    public Optional<String> lookup(String processor, String key) {
        required("processor", processor, MAX_PROCESSOR_LENGTH);
        required("key", key, MAX_KEY_LENGTH);
        return StateJdbc.guard(() -> "look up " + processor + " key " + key, () -> state.sql(SELECT)
                .param("processor", processor)
                .param("key", key)
                .query(String.class)
                .optional());
    }

    @Override
    public Map<String, String> lookupAll(String processor, Collection<String> keys) {
        required("processor", processor, MAX_PROCESSOR_LENGTH);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNull(keys, "keys")));
        distinct.forEach(key -> required("key", key, MAX_KEY_LENGTH));
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(from + LOOKUP_CHUNK, distinct.size()));
            boolean postgres = state.dialect() == StateDialect.POSTGRESQL;
            StateJdbc.guard(() -> "look up " + chunk.size() + " " + processor + " keys", () -> (postgres
                    ? state.sql(SELECT_MANY_POSTGRESQL).param("processor", processor).param("keys", chunk)
                    : state.sql(SELECT_MANY).param("keys", chunk.stream()
                            .map(key -> new Object[] {processor, key}).toList()))
                    .query(rs -> {
                        found.put(rs.getString("idem_key"), rs.getString("idem_value"));
                    }));
        }
        return found;
    }

    @Override
    public boolean markIfAbsent(String processor, String key, String value) {
        required("processor", processor, MAX_PROCESSOR_LENGTH);
        required("key", key, MAX_KEY_LENGTH);
        required("value", value, MAX_VALUE_LENGTH);
        return StateJdbc.guard(() -> "mark " + processor + " key " + key, () -> state.insertUnlessDuplicate(
                () -> insert(processor, key, value, StateJdbc.toDb(state.now()))).isPresent());
    }

    @Override
    public void put(String processor, String key, String value) {
        required("processor", processor, MAX_PROCESSOR_LENGTH);
        required("key", key, MAX_KEY_LENGTH);
        required("value", value, MAX_VALUE_LENGTH);
        StateJdbc.guard(() -> "store " + processor + " key " + key, () -> {
            LocalDateTime now = StateJdbc.toDb(state.now());
            if (update(processor, key, value, now) > 0) {
                return;
            }
            if (state.insertUnlessDuplicate(() -> insert(processor, key, value, now)).isEmpty()) {
                update(processor, key, value, now);
            }
        });
    }

    @Override
    public void putAll(String processor, Map<String, String> values) {
        List<String> keys = checked(processor, values);
        for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(from + LOOKUP_CHUNK, keys.size()));
            try {
                if (state.dialect() == StateDialect.POSTGRESQL) {
                    StateJdbc.guard(() -> "store " + chunk.size() + " " + processor + " keys",
                            () -> state.sql(UPSERT_MANY_POSTGRESQL).param("rows", tuples(processor, chunk, values))
                                    .update());
                    continue;
                }
                StateJdbc.guard(() -> "store " + chunk.size() + " " + processor + " keys",
                        () -> state.inTransaction(() -> state.batch(state.dialect().upsertKey(),
                                rows(processor, chunk, values))));
            } catch (StateStoreException e) {
                if (!(e.getCause() instanceof DuplicateKeyException)) {
                    throw e;
                }
                chunk.forEach(key -> put(processor, key, values.get(key)));
            }
        }
    }

    private static List<String> checked(String processor, Map<String, String> values) {
        required("processor", processor, MAX_PROCESSOR_LENGTH);
        values.forEach((key, value) -> {
            required("key", key, MAX_KEY_LENGTH);
            required("value", value, MAX_VALUE_LENGTH);
        });
        return new ArrayList<>(values.keySet());
    }

    /** One {@code (processor, key, value, now, now)} per key, for a multi-row {@code VALUES :rows}. */
    private List<Object[]> tuples(String processor, List<String> chunk, Map<String, String> values) {
        LocalDateTime now = StateJdbc.toDb(state.now());
        List<Object[]> tuples = new ArrayList<>(chunk.size());
        for (String key : chunk) {
            tuples.add(new Object[] {processor, key, values.get(key), now, now});
        }
        return tuples;
    }

    private SqlParameterSource[] rows(String processor, List<String> chunk, Map<String, String> values) {
        LocalDateTime now = StateJdbc.toDb(state.now());
        SqlParameterSource[] rows = new SqlParameterSource[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            rows[i] = new MapSqlParameterSource()
                    .addValue("processor", processor)
                    .addValue("key", chunk.get(i))
                    .addValue("value", values.get(chunk.get(i)))
                    .addValue("now", now);
        }
        return rows;
    }

    private int insert(String processor, String key, String value, LocalDateTime now) {
        return state.sql(INSERT)
                .param("processor", processor)
                .param("key", key)
                .param("value", value)
                .param("now", now)
                .update();
    }

    private int update(String processor, String key, String value, LocalDateTime now) {
        return state.sql(UPDATE)
                .param("processor", processor)
                .param("key", key)
                .param("value", value)
                .param("now", now)
                .update();
    }
}
