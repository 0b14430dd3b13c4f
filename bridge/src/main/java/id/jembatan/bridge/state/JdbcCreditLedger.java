package id.jembatan.bridge.state;

import id.jembatan.flow.credits.Credit;
import id.jembatan.flow.credits.CreditLedger;
import id.jembatan.flow.credits.JpSource;
import id.jembatan.flow.credits.StoredCredit;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.support.state.StateStoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CreditLedger} on the {@code competency_credit} table (migrations V2, V13). Reads and updates go by chunks of
 * statement ids in {@code IN} lists; inserts are one JDBC batch per call in one transaction, and only when that
 * batch breaks a unique key is it redone row by row to find out which row and why.
 */
public final class JdbcCreditLedger implements CreditLedger {

    static final int CHUNK = 500;

    private static final String COLUMNS = """
            statement_id, nip, activity_id, title, competency_type, jp, jp_source, started_on, completed_on,
            certificate_number, provider, source, opd_code, status, simpeg_written_at, siasn_pushed_at""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM competency_credit WHERE statement_id IN (:ids)";
    private static final String HOLDERS = """
            SELECT credit_key, statement_id, status, simpeg_written_at FROM competency_credit
            WHERE credit_key IN (:keys)""";
    private static final String HOLDERS_ANY = """
            SELECT credit_key, statement_id, status, simpeg_written_at FROM competency_credit
            WHERE credit_key = ANY(:keys)""";
    private static final String INSERT = """
            INSERT INTO competency_credit (statement_id, nip, activity_id, title, competency_type, jp, jp_source,
                started_on, completed_on, credit_year, certificate_number, provider, source, opd_code, status,
                credit_key, simpeg_written_at, created_at, updated_at)
            VALUES (:statement_id, :nip, :activity_id, :title, :competency_type, :jp, :jp_source, :started_on,
                :completed_on, :credit_year, :certificate_number, :provider, :source, :opd_code, 'ACTIVE',
                :credit_key, :written, :now, :now)""";
    private static final String COPY = """
            COPY competency_credit (statement_id, nip, activity_id, title, competency_type, jp, jp_source, started_on,
                completed_on, credit_year, certificate_number, provider, source, opd_code, status, credit_key,
                simpeg_written_at, created_at, updated_at) FROM STDIN""";
    private static final String EXISTS = "SELECT COUNT(*) FROM competency_credit WHERE statement_id = :id";
    private static final String SIMPEG_WRITTEN = """
            UPDATE competency_credit SET simpeg_written_at = :now, updated_at = :now
            WHERE statement_id IN (:ids) AND simpeg_written_at IS NULL""";
    private static final String VOID = """
            UPDATE competency_credit SET status = 'VOIDED', voided_by = :voided_by, updated_at = :now
            WHERE statement_id = :id AND status = 'ACTIVE'""";
    private static final String PENDING_SIASN = "SELECT " + COLUMNS + """
             FROM competency_credit
            WHERE status = 'ACTIVE' AND jp IS NOT NULL AND competency_type IS NOT NULL
              AND simpeg_written_at IS NOT NULL AND siasn_pushed_at IS NULL AND siasn_refused_at IS NULL
            ORDER BY created_at, statement_id""";
    private static final String SIASN_PUSHED = """
            UPDATE competency_credit SET siasn_pushed_at = :now, updated_at = :now WHERE statement_id = :id""";
    private static final String SIASN_REFUSED = """
            UPDATE competency_credit SET siasn_refused_at = :now, updated_at = :now WHERE statement_id = :id""";

    private static final String REVIEW_COURSE = """
            SELECT statement_id, review_reason FROM competency_credit
            WHERE nip = :nip AND activity_id = :activity AND completed_on <= :completed_by AND status = 'ACTIVE'
            FOR UPDATE""";
    private static final String REVIEW_ASN = """
            SELECT statement_id, review_reason FROM competency_credit WHERE nip = :nip AND status = 'ACTIVE'
            FOR UPDATE""";
    private static final String FLAG = """
            UPDATE competency_credit SET review_reason = :reason,
                review_flagged_at = COALESCE(review_flagged_at, :now), updated_at = :now
            WHERE statement_id = :id AND status = 'ACTIVE'""";

    /** Rows this process adds before PostgreSQL is asked once to re-read the table's statistics. */
    static final long ANALYZE_AFTER = 10_000;

    private final StateJdbc state;
    private final AtomicLong addedRows = new AtomicLong();

    JdbcCreditLedger(StateJdbc state) {
        this.state = state;
    }

    /**
     * On PostgreSQL, once after the first {@link #ANALYZE_AFTER} rows this process added: a ledger that starts empty
     * and fills with a large first pass keeps the statistics of the empty table until autovacuum comes round, and with
     * those the planner reads a page's credit keys by scanning the whole table (measured: 180 ms per page of 1,000
     * at 100,000 rows). Once the statistics say the keys are distinct, estimates scale with the table and the key
     * index is used.
     */
    private void analyzeOnceGrown(int rows) {
        long before = addedRows.getAndAdd(rows);
        if (before < ANALYZE_AFTER && before + rows >= ANALYZE_AFTER && state.dialect() == StateDialect.POSTGRESQL) {
            StateJdbc.guard(() -> "analyze competency_credit", () -> state.sql("ANALYZE competency_credit").update());
        }
    }

    @Override
    public Map<UUID, StoredCredit> find(Collection<UUID> statementIds) {
        Map<UUID, StoredCredit> found = new HashMap<>();
        for (List<String> chunk : chunks(statementIds.stream().map(UUID::toString).toList())) {
            StateJdbc.guard(() -> "read " + chunk.size() + " credits", () -> state.sql(FIND).param("ids", chunk)
                    .query(rs -> {
                        StoredCredit credit = stored(rs);
                        found.put(credit.credit().statementId(), credit);
                    }));
        }
        return found;
    }

    /**
     * On PostgreSQL and H2 one query with the keys as one array parameter ({@code = ANY}): one statement the database
     * plans once, where lists of 500 placeholders are planned at every call (on PostgreSQL a page's look-up took about
     * half as long; docs/decisions/0014-lrs-credits-storage-floor.md); H2 reads the key index for the whole array
     * (docs/decisions/0024-lrs-credits-on-the-default-h2-store.md). MariaDB has no arrays: {@code IN} lists of
     * {@value #CHUNK}.
     */
    @Override
    public Map<String, List<KeyHolder>> holders(Collection<String> creditKeys) {
        Map<String, List<KeyHolder>> found = new HashMap<>();
        RowCallbackHandler holder = rs -> found.computeIfAbsent(rs.getString("credit_key"),
                key -> new ArrayList<>(1)).add(new KeyHolder(UUID.fromString(rs.getString("statement_id")),
                "ACTIVE".equals(rs.getString("status")), rs.getObject("simpeg_written_at") != null));
        if (state.dialect() != StateDialect.MARIADB) {
            String[] keys = new LinkedHashSet<>(creditKeys).toArray(String[]::new);
            StateJdbc.guard(() -> "read " + keys.length + " credit keys", () -> state.sql(HOLDERS_ANY)
                    .param("keys", new SqlParameterValue(Types.ARRAY, keys)).query(holder));
            return found;
        }
        for (List<String> chunk : chunks(creditKeys)) {
            StateJdbc.guard(() -> "read " + chunk.size() + " credit keys", () -> state.sql(HOLDERS)
                    .param("keys", chunk).query(holder));
        }
        return found;
    }

    /**
     * One batch insert of rows already marked written, and the SIMPEG write, in one transaction: the common page.
     * Only when that batch breaks a unique key (a statement id held already, a certificate number taken) is it
     * redone row by row, each row committed as not yet written, then SIMPEG written and the rows marked.
     */
    @Override
    public Set<UUID> insert(List<Credit> credits, Consumer<List<Credit>> writeToSimpeg) {
        if (credits.isEmpty()) {
            return Set.of();
        }
        LocalDateTime now = StateJdbc.toDb(state.now());
        try {
            state.inTransaction(() -> {
                StateJdbc.guard(() -> "add " + credits.size() + " credits", () -> addAll(credits, now));
                writeToSimpeg.accept(credits);
            });
            analyzeOnceGrown(credits.size());
            return Set.of();
        } catch (StateStoreException e) {
            if (!(e.getCause() instanceof DuplicateKeyException)) {
                throw e;
            }
        }
        Set<UUID> clashes = new LinkedHashSet<>();
        List<Credit> added = new ArrayList<>();
        for (Credit credit : credits) {
            boolean inserted = StateJdbc.guard(() -> "add credit " + credit.statementId(), () -> state
                    .insertUnlessDuplicate(() -> state.sql(INSERT).paramSource(row(credit, null, now)).update())
                    .isPresent());
            if (inserted) {
                added.add(credit);
            } else if (!exists(credit.statementId())) {
                clashes.add(credit.statementId());
            }
        }
        if (!added.isEmpty()) {
            writeToSimpeg.accept(added);
            markSimpegWritten(added.stream().map(Credit::statementId).toList());
            analyzeOnceGrown(added.size());
        }
        return clashes;
    }

    /**
     * The batch of rows already marked written: on PostgreSQL one {@code COPY}, which takes a page of credits in
     * about a fifth less time than multi-row INSERTs and spares building a parameter set per row; elsewhere one JDBC
     * batch (docs/decisions/0014-lrs-credits-storage-floor.md).
     */
    private void addAll(List<Credit> credits, LocalDateTime now) {
        if (state.dialect() != StateDialect.POSTGRESQL) {
            state.batch(INSERT, credits.stream().map(credit -> row(credit, now, now))
                    .toArray(SqlParameterSource[]::new));
            return;
        }
        CopyText rows = new CopyText(credits.size());
        for (Credit credit : credits) {
            rows.field(credit.statementId()).field(credit.nip()).field(credit.activityId()).field(credit.title())
                    .field(credit.competencyType() == null ? null : credit.competencyType().name())
                    .field(credit.jp()).field(credit.jpSource().name()).field(credit.startedOn())
                    .field(credit.completedOn()).field(credit.year()).field(credit.certificateNumber())
                    .field(credit.provider()).field(credit.source()).field(credit.opdCode()).field("ACTIVE")
                    .field(credit.creditKey()).field(now).field(now).field(now).endRow();
        }
        state.copyIn(COPY, rows.toString());
    }

    private boolean exists(UUID statementId) {
        return StateJdbc.guard(() -> "read credit " + statementId, () -> state.sql(EXISTS)
                .param("id", statementId.toString()).query(Long.class).single()) > 0;
    }

    @Override
    public void markSimpegWritten(Collection<UUID> statementIds) {
        LocalDateTime now = StateJdbc.toDb(state.now());
        for (List<String> chunk : chunks(statementIds.stream().map(UUID::toString).toList())) {
            StateJdbc.guard(() -> "mark " + chunk.size() + " credits written to SIMPEG", () -> state
                    .sql(SIMPEG_WRITTEN).param("ids", chunk).param("now", now).update());
        }
    }

    @Override
    public void markVoided(Map<UUID, UUID> voidedBy) {
        if (voidedBy.isEmpty()) {
            return;
        }
        LocalDateTime now = StateJdbc.toDb(state.now());
        SqlParameterSource[] rows = voidedBy.entrySet().stream().map(entry -> new MapSqlParameterSource()
                .addValue("id", entry.getKey().toString())
                .addValue("voided_by", entry.getValue().toString())
                .addValue("now", now)).toArray(SqlParameterSource[]::new);
        StateJdbc.guard(() -> "void " + rows.length + " credits", () -> state.inTransaction(
                () -> state.batch(VOID, rows)));
    }

    @Override
    public List<StoredCredit> pendingSiasn(int limit) {
        List<StoredCredit> pending = new ArrayList<>();
        StateJdbc.guard(() -> "read credits to push to SIASN", () -> state.sql(PENDING_SIASN + " LIMIT " + limit)
                .query(rs -> {
                    pending.add(stored(rs));
                }));
        return pending;
    }

    @Override
    public void markSiasnPushed(UUID statementId) {
        mark(SIASN_PUSHED, statementId, "pushed to SIASN");
    }

    @Override
    public void markSiasnRefused(UUID statementId) {
        mark(SIASN_REFUSED, statementId, "refused by SIASN");
    }

    @Override
    public int flagCourse(String nip, String courseActivityId, LocalDate completedBy, String reason) {
        return flag(() -> "flag the credits of " + nip + " for " + courseActivityId, state.sql(REVIEW_COURSE)
                .param("nip", nip).param("activity", courseActivityId).param("completed_by", completedBy), reason);
    }

    @Override
    public int flagAsn(String nip, String reason) {
        return flag(() -> "flag the credits of " + nip, state.sql(REVIEW_ASN).param("nip", nip), reason);
    }

    /**
     * Reads the matching active credits locked ({@code FOR UPDATE}), so that two flows flagging one credit at once
     * both keep their reason, and writes the merged reasons in one batch, all in one transaction.
     */
    private int flag(Supplier<String> what, JdbcClient.StatementSpec rows, String reason) {
        String wanted = reason.length() <= MAX_REVIEW_REASON ? reason : reason.substring(0, MAX_REVIEW_REASON);
        LocalDateTime now = StateJdbc.toDb(state.now());
        List<SqlParameterSource> updates = new ArrayList<>();
        StateJdbc.guard(what, () -> state.inTransaction(() -> {
            updates.clear();
            rows.query(rs -> {
                String merged = merged(rs.getString("review_reason"), wanted);
                if (merged != null) {
                    updates.add(new MapSqlParameterSource().addValue("id", rs.getString("statement_id"))
                            .addValue("reason", merged).addValue("now", now));
                }
            });
            state.batch(FLAG, updates.toArray(SqlParameterSource[]::new));
        }));
        return updates.size();
    }

    /** The reasons once {@code reason} is added to {@code held}; null when there is nothing to change. */
    static String merged(String held, String reason) {
        if (held == null) {
            return reason;
        }
        if (held.contains(reason) || held.length() + 2 >= MAX_REVIEW_REASON) {
            return null;
        }
        String joined = held + "; " + reason;
        return joined.length() <= MAX_REVIEW_REASON ? joined : joined.substring(0, MAX_REVIEW_REASON);
    }

    private void mark(String sql, UUID statementId, String what) {
        LocalDateTime now = StateJdbc.toDb(state.now());
        StateJdbc.guard(() -> "mark credit " + statementId + " " + what, () -> state.sql(sql)
                .param("id", statementId.toString()).param("now", now).update());
    }

    private static MapSqlParameterSource row(Credit credit, LocalDateTime written, LocalDateTime now) {
        return new MapSqlParameterSource()
                .addValue("statement_id", credit.statementId().toString())
                .addValue("nip", credit.nip())
                .addValue("activity_id", credit.activityId())
                .addValue("title", credit.title())
                .addValue("competency_type", credit.competencyType() == null ? null : credit.competencyType().name())
                .addValue("jp", credit.jp())
                .addValue("jp_source", credit.jpSource().name())
                .addValue("started_on", credit.startedOn())
                .addValue("completed_on", credit.completedOn())
                .addValue("credit_year", credit.year())
                .addValue("certificate_number", credit.certificateNumber())
                .addValue("provider", credit.provider())
                .addValue("source", credit.source())
                .addValue("opd_code", credit.opdCode())
                .addValue("credit_key", credit.creditKey())
                .addValue("written", written)
                .addValue("now", now);
    }

    private static StoredCredit stored(ResultSet rs) throws SQLException {
        String type = rs.getString("competency_type");
        Credit credit = new Credit(UUID.fromString(rs.getString("statement_id")), rs.getString("nip"),
                rs.getString("activity_id"), rs.getString("title"),
                type == null ? null : CompetencyType.valueOf(type), rs.getBigDecimal("jp"),
                JpSource.valueOf(rs.getString("jp_source")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), rs.getString("certificate_number"),
                rs.getString("provider"), rs.getString("source"), rs.getString("opd_code"));
        return new StoredCredit(credit, "VOIDED".equals(rs.getString("status")),
                rs.getObject("simpeg_written_at") != null, rs.getObject("siasn_pushed_at") != null);
    }

    private static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> list = new ArrayList<>(new LinkedHashSet<>(items));
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(from + CHUNK, list.size())));
        }
        return chunks;
    }
}
