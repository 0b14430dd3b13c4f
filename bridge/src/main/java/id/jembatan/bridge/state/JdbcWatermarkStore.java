package id.jembatan.bridge.state;

import static id.jembatan.bridge.state.Arguments.required;

import id.jembatan.support.state.Watermark;
import id.jembatan.support.state.WatermarkStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@link WatermarkStore} on the {@code flow_watermark} table. */
final class JdbcWatermarkStore implements WatermarkStore {

    private static final String SELECT = """
            SELECT watermark_value FROM flow_watermark
            WHERE flow_id = :flow AND partition_key = :key""";
    private static final String SELECT_FLOW = """
            SELECT flow_id, partition_key, watermark_value, updated_at FROM flow_watermark
            WHERE flow_id = :flow ORDER BY partition_key""";
    private static final String UPDATE = """
            UPDATE flow_watermark SET watermark_value = :value, updated_at = :now
            WHERE flow_id = :flow AND partition_key = :key""";
    private static final String INSERT = """
            INSERT INTO flow_watermark (flow_id, partition_key, watermark_value, updated_at)
            VALUES (:flow, :key, :value, :now)""";

    private final StateJdbc state;

    JdbcWatermarkStore(StateJdbc state) {
        this.state = state;
    }

    @Override
    public Optional<String> get(String flow, String key) {
        required("flow", flow, MAX_FLOW_LENGTH);
        required("key", key, MAX_KEY_LENGTH);
        return StateJdbc.guard(() -> "read watermark " + flow + "/" + key, () -> state.sql(SELECT)
                .param("flow", flow)
                .param("key", key)
                .query(String.class)
                .optional());
    }

    @Override
    public void advance(String flow, String key, String value) {
        required("flow", flow, MAX_FLOW_LENGTH);
        required("key", key, MAX_KEY_LENGTH);
        required("value", value, MAX_VALUE_LENGTH);
        StateJdbc.guard(() -> "advance watermark " + flow + "/" + key, () -> {
            LocalDateTime now = StateJdbc.toDb(state.now());
            if (update(flow, key, value, now) > 0) {
                return;
            }
            boolean inserted = state.insertUnlessDuplicate(() -> state.sql(INSERT)
                    .param("flow", flow)
                    .param("key", key)
                    .param("value", value)
                    .param("now", now)
                    .update()).isPresent();
            if (!inserted) {
                update(flow, key, value, now);
            }
        });
    }

    private int update(String flow, String key, String value, LocalDateTime now) {
        return state.sql(UPDATE)
                .param("flow", flow)
                .param("key", key)
                .param("value", value)
                .param("now", now)
                .update();
    }

    @Override
    public List<Watermark> list(String flow) {
        required("flow", flow, MAX_FLOW_LENGTH);
        return StateJdbc.guard(() -> "list watermarks of " + flow, () -> state.sql(SELECT_FLOW)
                .param("flow", flow)
                .query((rs, row) -> new Watermark(
                        rs.getString("flow_id"),
                        rs.getString("partition_key"),
                        rs.getString("watermark_value"),
                        StateJdbc.instant(rs, "updated_at")))
                .list());
    }
}
