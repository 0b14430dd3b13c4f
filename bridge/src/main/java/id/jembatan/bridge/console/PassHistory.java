package id.jembatan.bridge.console;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The passes of every flow: the latest of each in memory (also the empty ones of a schedule), and in the
 * {@code flow_pass} table those that read, dead-lettered or failed something, or that a person started.
 */
@Component
public class PassHistory {

    private static final int TEXT = 2000;

    private final JdbcClient jdbc;
    private final Map<String, FlowPass> latest = new ConcurrentHashMap<>();

    PassHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Keeps {@code pass}: always as its flow's latest, in the table when it is worth a line of history. */
    void add(FlowPass pass) {
        latest.put(pass.flow(), pass);
        if (pass.read() == 0 && pass.deadLettered() == 0 && !pass.failed() && pass.trigger().equals("schedule")) {
            return;
        }
        jdbc.sql("""
                INSERT INTO flow_pass (flow_id, trigger_kind, started_at, duration_ms, read_count, dead_lettered,
                    summary, error)
                VALUES (:flow, :trigger, :started, :duration, :read, :dead, :summary, :error)""")
                .param("flow", pass.flow()).param("trigger", cut(pass.trigger(), 200))
                .param("started", LocalDateTime.ofInstant(pass.startedAt(), ZoneOffset.UTC))
                .param("duration", pass.durationMs()).param("read", pass.read()).param("dead", pass.deadLettered())
                .param("summary", cut(pass.summary(), TEXT), java.sql.Types.VARCHAR)
                .param("error", cut(pass.error(), TEXT), java.sql.Types.VARCHAR)
                .update();
    }

    /** The latest pass of {@code flow} since the bridge started, or the latest kept one before. */
    public Optional<FlowPass> latest(String flow) {
        FlowPass pass = latest.get(flow);
        return pass != null ? Optional.of(pass) : recent(flow, 1).stream().findFirst();
    }

    /** Up to {@code limit} kept passes of {@code flow}, newest first. */
    public List<FlowPass> recent(String flow, int limit) {
        return jdbc.sql("""
                SELECT id, flow_id, trigger_kind, started_at, duration_ms, read_count, dead_lettered, summary, error
                FROM flow_pass WHERE flow_id = :flow ORDER BY id DESC LIMIT :limit""")
                .param("flow", flow).param("limit", limit)
                .query((rs, row) -> new FlowPass(rs.getLong("id"), rs.getString("flow_id"),
                        rs.getString("trigger_kind"),
                        rs.getObject("started_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getLong("duration_ms"), rs.getLong("read_count"), rs.getLong("dead_lettered"),
                        rs.getString("summary"), rs.getString("error")))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
