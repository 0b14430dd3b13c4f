package id.jembatan.bridge.state;

import static id.jembatan.bridge.state.Arguments.optional;
import static id.jembatan.bridge.state.Arguments.positive;
import static id.jembatan.bridge.state.Arguments.required;

import id.jembatan.bridge.secret.Secrets;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.StateStoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * {@link DeadLetterStore} on the {@code dead_letter} table. The unique key on {@code (flow_id,
 * open_record_key)} keeps one open letter per record even when two instances record the same failure at
 * once: whoever loses the insert updates the winner's letter.
 */
final class JdbcDeadLetterStore implements DeadLetterStore {

    /** Rounds of update-else-insert before giving up on a letter that keeps being closed under us. */
    private static final int RECORD_ROUNDS = 3;

    private static final String COLUMNS = """
            id, flow_id, record_key, payload, reason, error_class, attempts, first_seen, last_seen, status""";
    private static final String UPDATE_OPEN = """
            UPDATE dead_letter
            SET payload = :payload, reason = :reason, error_class = :errorClass, attempts = attempts + 1,
                last_seen = :now
            WHERE flow_id = :flow AND open_record_key = :recordKey""";
    private static final String SELECT_OPEN_ID = """
            SELECT id FROM dead_letter WHERE flow_id = :flow AND open_record_key = :recordKey""";
    private static final String INSERT = """
            INSERT INTO dead_letter (flow_id, record_key, open_record_key, payload, reason, error_class, attempts,
                                     first_seen, last_seen, status)
            VALUES (:flow, :recordKey, :recordKey, :payload, :reason, :errorClass, 1, :now, :now, :open)""";
    private static final String SELECT_BY_STATUS = "SELECT " + COLUMNS + """
             FROM dead_letter
            WHERE status = :status AND id > :afterId ORDER BY id LIMIT :limit""";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM dead_letter WHERE id = :id";
    private static final String CLOSE = """
            UPDATE dead_letter SET status = :status, open_record_key = NULL WHERE id = :id AND status = :open""";
    private static final String COUNT = """
            SELECT COUNT(*) FROM dead_letter WHERE flow_id = :flow AND status = :status""";

    private final StateJdbc state;

    JdbcDeadLetterStore(StateJdbc state) {
        this.state = state;
    }

    @Override
    public long record(String flow, String recordKey, String payload, String reason, String errorClass) {
        required("flow", flow, MAX_FLOW_LENGTH);
        required("recordKey", recordKey, MAX_RECORD_KEY_LENGTH);
        required("reason", reason, Integer.MAX_VALUE);
        optional("errorClass", errorClass, MAX_ERROR_CLASS_LENGTH);
        // A peer that echoes the credentials it was sent puts them in the reason; they are never stored.
        Letter letter = new Letter(flow, recordKey, Secrets.mask(payload),
                Arguments.cut(Secrets.mask(reason), MAX_REASON_LENGTH), errorClass);
        return StateJdbc.guard(() -> "record dead letter " + flow + "/" + recordKey, () -> {
            for (int round = 0; round < RECORD_ROUNDS; round++) {
                LocalDateTime now = StateJdbc.toDb(state.now());
                if (updateOpen(letter, now) > 0) {
                    Optional<Long> id = openId(flow, recordKey);
                    if (id.isPresent()) {
                        return id.get();
                    }
                } else {
                    Optional<Long> id = state.insertUnlessDuplicate(() -> insert(letter, now));
                    if (id.isPresent()) {
                        return id.get();
                    }
                }
            }
            throw new StateStoreException("State store: the open dead letter " + flow + "/" + recordKey
                    + " was closed while " + RECORD_ROUNDS + " failures of it were being recorded");
        });
    }

    private int updateOpen(Letter letter, LocalDateTime now) {
        return state.sql(UPDATE_OPEN)
                .param("flow", letter.flow())
                .param("recordKey", letter.recordKey())
                .param("payload", letter.payload(), Types.VARCHAR)
                .param("reason", letter.reason())
                .param("errorClass", letter.errorClass(), Types.VARCHAR)
                .param("now", now)
                .update();
    }

    private Optional<Long> openId(String flow, String recordKey) {
        return state.sql(SELECT_OPEN_ID)
                .param("flow", flow)
                .param("recordKey", recordKey)
                .query(Long.class)
                .optional();
    }

    private long insert(Letter letter, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        state.sql(INSERT)
                .param("flow", letter.flow())
                .param("recordKey", letter.recordKey())
                .param("payload", letter.payload(), Types.VARCHAR)
                .param("reason", letter.reason())
                .param("errorClass", letter.errorClass(), Types.VARCHAR)
                .param("now", now)
                .param("open", DeadLetterStatus.OPEN.name())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated dead letter id").longValue();
    }

    @Override
    public List<DeadLetter> listAfter(DeadLetterStatus status, long afterId, int limit) {
        Objects.requireNonNull(status, "status");
        positive("limit", limit);
        return StateJdbc.guard(() -> "list " + status + " dead letters", () -> state.sql(SELECT_BY_STATUS)
                .param("status", status.name())
                .param("afterId", afterId)
                .param("limit", limit)
                .query(JdbcDeadLetterStore::deadLetter)
                .list());
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return StateJdbc.guard(() -> "read dead letter " + id, () -> state.sql(SELECT_BY_ID)
                .param("id", id)
                .query(JdbcDeadLetterStore::deadLetter)
                .optional());
    }

    @Override
    public boolean markReplayed(long id) {
        return close(id, DeadLetterStatus.REPLAYED);
    }

    @Override
    public boolean discard(long id) {
        return close(id, DeadLetterStatus.DISCARDED);
    }

    private boolean close(long id, DeadLetterStatus status) {
        return StateJdbc.guard(() -> "mark dead letter " + id + " " + status, () -> state.sql(CLOSE)
                .param("status", status.name())
                .param("id", id)
                .param("open", DeadLetterStatus.OPEN.name())
                .update() > 0);
    }

    @Override
    public long count(String flow, DeadLetterStatus status) {
        required("flow", flow, MAX_FLOW_LENGTH);
        Objects.requireNonNull(status, "status");
        return StateJdbc.guard(() -> "count " + status + " dead letters of " + flow, () -> state.sql(COUNT)
                .param("flow", flow)
                .param("status", status.name())
                .query(Long.class)
                .single());
    }

    private static DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
        return new DeadLetter(
                rs.getLong("id"),
                rs.getString("flow_id"),
                rs.getString("record_key"),
                rs.getString("payload"),
                rs.getString("reason"),
                rs.getString("error_class"),
                rs.getInt("attempts"),
                StateJdbc.instant(rs, "first_seen"),
                StateJdbc.instant(rs, "last_seen"),
                DeadLetterStatus.valueOf(rs.getString("status")));
    }

    private record Letter(String flow, String recordKey, String payload, String reason, String errorClass) {
    }
}
