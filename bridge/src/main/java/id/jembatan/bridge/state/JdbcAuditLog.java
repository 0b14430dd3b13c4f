package id.jembatan.bridge.state;

import static id.jembatan.bridge.state.Arguments.optional;
import static id.jembatan.bridge.state.Arguments.positive;
import static id.jembatan.bridge.state.Arguments.required;

import id.jembatan.bridge.secret.Secrets;
import id.jembatan.support.state.AuditEntry;
import id.jembatan.support.state.AuditLog;
import java.sql.Types;
import java.util.List;

/** {@link AuditLog} on the {@code audit_log} table. */
final class JdbcAuditLog implements AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, actor, action, subject, detail)
            VALUES (:at, :actor, :action, :subject, :detail)""";
    private static final String SELECT_RECENT = """
            SELECT id, occurred_at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT :limit""";

    private final StateJdbc state;

    JdbcAuditLog(StateJdbc state) {
        this.state = state;
    }

    @Override
    public void record(String actor, String action, String rawSubject, String rawDetail) {
        String subject = Secrets.mask(rawSubject);
        String detail = Secrets.mask(rawDetail);
        required("actor", actor, MAX_ACTOR_LENGTH);
        required("action", action, MAX_ACTION_LENGTH);
        optional("subject", subject, MAX_SUBJECT_LENGTH);
        StateJdbc.guard(() -> "record audit entry " + action, () -> {
            state.sql(INSERT)
                    .param("at", StateJdbc.toDb(state.now()))
                    .param("actor", actor)
                    .param("action", action)
                    .param("subject", subject, Types.VARCHAR)
                    .param("detail", detail, Types.VARCHAR)
                    .update();
        });
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        positive("limit", limit);
        return StateJdbc.guard(() -> "read the audit log", () -> state.sql(SELECT_RECENT)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        StateJdbc.instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("detail")))
                .list());
    }
}
