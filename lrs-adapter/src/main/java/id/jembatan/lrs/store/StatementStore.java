package id.jembatan.lrs.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.xapi.Attachment;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementEquivalence;
import id.jembatan.lrs.xapi.StatementRef;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * xAPI statements in the bridge's state database (tables of migration V4): store, fetch by id, query with the filters
 * of xAPI Communication 2.1.3. No HTTP here; {@link XapiResource} speaks the protocol over it.
 *
 * <p>Writes are serialised by locking the one row of {@code xapi_store_clock}, which works across processes sharing
 * the database (the service and a {@code run} command): {@code seq} then follows commit order, {@code stored} never
 * goes backwards, and a query that pages by {@code seq} up to a ceiling fixed on its first page neither skips nor
 * repeats a statement while others are inserted. Everything that does not need the lock (the stored JSON, the filter
 * keys) is made before it is taken, and the lock is held only for the look-ups and the batched inserts
 * (docs/decisions/0023-compact-statement-store.md); {@link #longestWriteLockHold()} says how long it was held at most.
 * Thread-safe.
 */
public final class StatementStore {

    /** The verb that voids the statement its StatementRef object targets (xAPI Data 2.3.2). */
    public static final URI VOIDED = URI.create("http://adlnet.gov/expapi/verbs/voided");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IN_CHUNK = 100;
    /** Most statements of requests written in one transaction together (a larger request is written alone). */
    static final int GROUP_STATEMENTS = 1_000;

    private static final String LOCK = "SELECT last_seq, last_stored FROM xapi_store_clock WHERE id = 1 FOR UPDATE";
    private static final String LAST_SEQ = "SELECT last_seq FROM xapi_store_clock WHERE id = 1";
    private static final String ADVANCE = "UPDATE xapi_store_clock SET last_seq = ?, last_stored = ? WHERE id = 1";
    private static final String INSERT = """
            INSERT INTO xapi_statement (seq, statement_id, stored_at, voided, voiding_target, ref_target, lrs_timestamp,
                statement_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_FILTER =
            "INSERT INTO xapi_statement_key (kind, value_hash, statement_seq) VALUES (?, ?, ?)";
    private static final String FILTERS_OF = "SELECT kind, value_hash FROM xapi_statement_key WHERE statement_seq = ?";
    private static final String REFERRERS = "SELECT ref_target, seq FROM xapi_statement WHERE ref_target IN ";
    private static final String BY_ID = """
            SELECT seq, statement_id, stored_at, voided, voiding_target, lrs_timestamp, statement_json
            FROM xapi_statement WHERE statement_id = ?""";
    private static final String VOIDERS_OF = "SELECT voiding_target FROM xapi_statement WHERE voiding_target IN ";
    private static final String EXISTING = """
            SELECT seq, statement_id, stored_at, voided, voiding_target, lrs_timestamp, statement_json
            FROM xapi_statement WHERE statement_id IN """;
    private static final String VOID = "UPDATE xapi_statement SET voided = ? WHERE statement_id = ? AND voiding_target IS NULL";
    private static final String ATTACHMENT_EXISTS = "SELECT 1 FROM xapi_attachment WHERE sha2 = ?";
    private static final String INSERT_ATTACHMENT = """
            INSERT INTO xapi_attachment (sha2, content_type, byte_length, content, created_at)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String ATTACHMENT = "SELECT content_type, content FROM xapi_attachment WHERE sha2 = ?";
    private static final String QUERY = "SELECT s.seq, s.statement_id, s.stored_at, s.statement_json FROM xapi_statement s"
            + " WHERE s.voided = ? AND s.seq <= ?";
    private static final String FILTER_CLAUSE = " AND EXISTS (SELECT 1 FROM xapi_statement_key f"
            + " WHERE f.kind = ? AND f.value_hash = ? AND f.statement_seq = s.seq)";
    /** A query with filters walks the index of one of them (the driver) in seq order and checks the others. */
    private static final String DRIVEN_QUERY = "SELECT s.seq, s.statement_id, s.stored_at, s.statement_json"
            + " FROM xapi_statement_key d JOIN xapi_statement s ON s.seq = d.statement_seq"
            + " WHERE d.kind = ? AND d.value_hash = ? AND d.statement_seq <= ? AND s.voided = ?";
    /** How many rows of a filter's key are counted, at most, to pick the driver: the fewest rows drive. */
    private static final int DRIVER_PROBE = 2_000;
    private static final String KEY_COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM xapi_statement_key"
            + " WHERE kind = ? AND value_hash = ? AND statement_seq <= ?%s LIMIT " + DRIVER_PROBE + ") probe";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration consistencyMargin;
    private final ReentrantLock writer = new ReentrantLock();
    private final AtomicLong longestHold = new AtomicLong();
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private volatile Instant pendingStored;

    /**
     * @param consistencyMargin how far behind now {@code X-Experience-API-Consistent-Through} stays, for writes of
     *                          other processes on the same database that this one cannot see in flight
     */
    public StatementStore(DataSource dataSource, Clock clock, Duration consistencyMargin) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.consistencyMargin = Objects.requireNonNull(consistencyMargin, "consistencyMargin");
    }

    /**
     * Stores a batch, all or nothing (xAPI Communication 2.1.1 and 2.1.2). Missing ids are assigned; a statement whose
     * id is already stored with equivalent content ({@link StatementEquivalence}) is not stored again.
     *
     * @param attachments the raw data of attachments by SHA-2 hash (lower case); already checked against the hashes
     * @param authority   the authority of the credentials, written into every statement stored
     * @return the ids in request order
     * @throws StoreRejection {@code INVALID} for ids repeated within the batch or a voiding statement that targets a
     *                        voiding statement; {@code CONFLICT} for an id stored with other content
     */
    public List<UUID> store(List<ReceivedStatement> statements, Map<String, AttachmentContent> attachments,
            JsonNode authority) {
        Objects.requireNonNull(authority, "authority");
        if (statements.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (ReceivedStatement statement : statements) {
            UUID id = statement.model().id() == null ? UUID.randomUUID() : statement.model().id();
            if (!seen.add(id)) {
                throw StoreRejection.invalid("id " + id + " muncul dua kali dalam satu kiriman",
                        "statement id " + id + " is duplicated in the batch");
            }
            ids.add(id);
        }
        Pending mine = new Pending(statements, ids, prepare(statements, ids, authority), attachments,
                new CompletableFuture<>());
        queue.add(mine);
        while (!mine.result().isDone()) {
            writer.lock();
            try {
                if (!mine.result().isDone()) {
                    long locked = System.nanoTime();
                    try {
                        writeGroup(drain());
                    } finally {
                        pendingStored = null;
                        longestHold.accumulateAndGet(System.nanoTime() - locked, Math::max);
                    }
                }
            } finally {
                writer.unlock();
            }
        }
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A request waiting for the writer, and what it will be answered. */
    private record Pending(List<ReceivedStatement> statements, List<UUID> ids, List<Prepared> prepared,
            Map<String, AttachmentContent> attachments, CompletableFuture<List<UUID>> result) {
    }

    /** The requests waiting, oldest first, up to {@value #GROUP_STATEMENTS} statements (always at least one). */
    private List<Pending> drain() {
        List<Pending> group = new ArrayList<>();
        int statements = 0;
        for (Pending next = queue.peek(); next != null
                && (group.isEmpty() || statements + next.ids().size() <= GROUP_STATEMENTS); next = queue.peek()) {
            group.add(queue.poll());
            statements += next.ids().size();
        }
        return group;
    }

    /**
     * The requests of one group in one transaction (group commit): each still all or nothing, as a request that is
     * rejected (conflict, invalid voiding) is rejected before it writes anything; a database failure fails them all.
     */
    private void writeGroup(List<Pending> group) {
        List<Object> outcomes;
        try {
            outcomes = inTransaction(connection -> {
                long lastSeq;
                Instant lastStored;
                try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("xapi_store_clock has no row: the statement store schema "
                                + "(V4) is incomplete; check jembatan.state.jdbc-url");
                    }
                    lastSeq = rs.getLong(1);
                    lastStored = instant(rs, "last_stored");
                }
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                Instant stored = now.isAfter(lastStored) ? now : lastStored;
                pendingStored = stored;
                long seq = lastSeq;
                List<Object> results = new ArrayList<>();
                for (Pending pending : group) {
                    try {
                        seq = write(connection, pending, seq, stored);
                        results.add(List.copyOf(pending.ids()));
                    } catch (StoreRejection rejection) {
                        results.add(rejection);
                    }
                }
                if (seq != lastSeq) {
                    try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                        advance.setLong(1, seq);
                        advance.setObject(2, toDb(stored));
                        advance.executeUpdate();
                    }
                }
                return results;
            });
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.result().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (outcomes.get(i) instanceof StoreRejection rejection) {
                group.get(i).result().completeExceptionally(rejection);
            } else {
                @SuppressWarnings("unchecked")
                List<UUID> ids = (List<UUID>) outcomes.get(i);
                group.get(i).result().complete(ids);
            }
        }
    }

    /**
     * The longest time one {@link #store} call of this instance held the write lock (this process's lock and, inside
     * it, the {@code xapi_store_clock} row lock until commit).
     */
    public Duration longestWriteLockHold() {
        return Duration.ofNanos(longestHold.get());
    }

    /**
     * One statement ready to insert: its JSON as stored, but with {@code marker} where {@code stored} (and a missing
     * {@code timestamp}) go, as the stored time is known only under the lock; its filter keys. The marker holds a
     * random UUID made after the request was read, so no statement can contain it.
     */
    private record Prepared(UUID id, String text, String marker, boolean lrsTimestamp, UUID voiding, UUID ref,
            Set<FilterKeys.Key> keys) {

        String text(String storedText) {
            return text.replace(marker, storedText);
        }
    }

    private List<Prepared> prepare(List<ReceivedStatement> statements, List<UUID> ids, JsonNode authority) {
        String marker = "jembatan-stored-" + UUID.randomUUID();
        List<Prepared> prepared = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            ReceivedStatement received = statements.get(i);
            UUID id = ids.get(i);
            ObjectNode json = received.json();
            boolean lrsTimestamp = !json.has("timestamp");
            ObjectNode ordered = JSON.createObjectNode();
            ordered.put("id", id.toString());
            json.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("id")) {
                    ordered.set(field.getKey(), field.getValue());
                }
            });
            if (lrsTimestamp) {
                ordered.put("timestamp", marker);
            }
            ordered.put("stored", marker);
            ordered.set("authority", authority.deepCopy());
            if (!ordered.has("version")) {
                ordered.put("version", "1.0.0");
            }
            UUID ref = received.model().object() instanceof StatementRef r ? r.id() : null;
            prepared.add(new Prepared(id, text(ordered), marker, lrsTimestamp,
                    voidingTarget(received.model()), ref, new LinkedHashSet<>(FilterKeys.of(ordered))));
        }
        return prepared;
    }

    /**
     * One statement by id.
     *
     * @param voided false: only when not voided ({@code statementId}); true: only when voided ({@code voidedStatementId})
     */
    public Optional<StoredStatement> statement(UUID id, boolean voided) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                select.setString(1, id.toString());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next() || rs.getBoolean("voided") != voided) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredStatement(rs.getLong("seq"), id, instant(rs, "stored_at"),
                            rs.getString("statement_json")));
                }
            }
        });
    }

    /**
     * One page of a query; voided statements are never included (xAPI Communication 2.1.4). With filters, the page is
     * read along the key index of the filter with the fewest statements (counted up to {@value #DRIVER_PROBE}), so a
     * narrow filter beside a broad one reads about one key row per statement returned.
     */
    public StoredPage query(StoreQuery query) {
        return read(connection -> {
            long ceiling = query.ceiling() != null ? query.ceiling() : lastSeq(connection);
            List<FilterKeys.Key> filters = new ArrayList<>();
            filter(filters, FilterKeys.REGISTRATION, FilterKeys.normalisedUuid(query.registration()));
            filter(filters, query.relatedActivities() ? FilterKeys.RELATED_ACTIVITY : FilterKeys.ACTIVITY,
                    query.activity());
            filter(filters, query.relatedAgents() ? FilterKeys.RELATED_AGENT : FilterKeys.AGENT, query.agent());
            filter(filters, FilterKeys.VERB, query.verb());
            StringBuilder sql;
            List<Object> parameters = new ArrayList<>();
            String seq;
            boolean driven = !filters.isEmpty();
            if (!driven) {
                sql = new StringBuilder(QUERY);
                parameters.addAll(List.of(Boolean.FALSE, ceiling));
                seq = "s.seq";
            } else {
                FilterKeys.Key driver = driver(connection, filters, query, ceiling);
                filters.remove(driver);
                sql = new StringBuilder(DRIVEN_QUERY);
                parameters.addAll(List.of(driver.kind(), driver.hash(), ceiling, Boolean.FALSE));
                seq = "d.statement_seq";
            }
            if (query.position() != null) {
                sql.append(" AND ").append(seq).append(query.ascending() ? " > ?" : " < ?");
                parameters.add(query.position());
            }
            if (query.since() != null) {
                sql.append(" AND s.stored_at > ?");
                parameters.add(toDb(query.since()));
            }
            if (query.until() != null) {
                sql.append(" AND s.stored_at <= ?");
                parameters.add(toDb(query.until()));
            }
            for (FilterKeys.Key key : filters) {
                sql.append(FILTER_CLAUSE);
                parameters.add(key.kind());
                parameters.add(key.hash());
            }
            String direction = query.ascending() ? " ASC" : " DESC";
            // the driver's kind and hash are fixed, but H2 walks the index in order only when told its whole order
            sql.append(" ORDER BY ").append(driven
                    ? "d.kind" + direction + ", d.value_hash" + direction + ", " : "").append(seq).append(direction)
                    .append(" LIMIT ?");
            parameters.add(query.limit() + 1);
            List<StoredStatement> page = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new StoredStatement(rs.getLong(1), UUID.fromString(rs.getString(2)),
                                instant(rs, "stored_at"), rs.getString(4)));
                    }
                }
            }
            if (page.size() <= query.limit()) {
                return new StoredPage(page, Optional.empty());
            }
            page = page.subList(0, query.limit());
            return new StoredPage(page, Optional.of(query.at(page.get(page.size() - 1).seq(), ceiling)));
        });
    }

    /**
     * {@code X-Experience-API-Consistent-Through}: every statement stored at or before this instant is visible to
     * queries (xAPI Communication 2.1.3). Behind a write in progress in this process, and behind now by the margin
     * for writes of other processes.
     */
    public Instant consistentThrough() {
        Instant through = clock.instant().truncatedTo(ChronoUnit.MILLIS).minus(consistencyMargin).minusMillis(1);
        Instant pending = pendingStored;
        if (pending != null && !pending.isAfter(through)) {
            through = pending.minusMillis(1);
        }
        return through;
    }

    /** The raw data of an attachment, by its SHA-2 hash. */
    public Optional<AttachmentContent> attachment(String sha2) {
        String key = sha2.toLowerCase(Locale.ROOT);
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ATTACHMENT)) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AttachmentContent(key, rs.getString(1),
                            Base64.getDecoder().decode(rs.getString(2))));
                }
            }
        });
    }

    /** Whether the store answers: its tables exist and can be read. */
    public long count() {
        return read(connection -> lastSeq(connection));
    }

    /** One request of a group, after the statements {@code lastSeq} ends; the last seq it used. */
    private long write(Connection connection, Pending pending, long lastSeq, Instant stored) throws SQLException {
        List<ReceivedStatement> statements = pending.statements();
        List<UUID> ids = pending.ids();
        List<Prepared> prepared = pending.prepared();
        Map<UUID, Existing> existing = existing(connection, ids);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Existing earlier = existing.get(ids.get(i));
            if (earlier == null) {
                fresh.add(i);
            } else if (!equivalent(statements.get(i), earlier)) {
                throw new StoreRejection(StoreRejection.Reason.CONFLICT, "pernyataan " + ids.get(i) + " sudah "
                        + "tersimpan dengan isi lain / statement " + ids.get(i) + " is already stored with other "
                        + "content; nothing of this request was stored");
            }
        }
        if (fresh.isEmpty()) {
            return lastSeq;
        }
        checkVoiding(connection, statements, ids, fresh);
        String storedText = formatStored(stored);

        Map<Long, Set<FilterKeys.Key>> keys = new LinkedHashMap<>();
        Map<UUID, Long> seqOf = new HashMap<>();
        List<Long> refSeqs = new ArrayList<>();
        List<UUID> refTargets = new ArrayList<>();
        Set<UUID> voidTargets = new LinkedHashSet<>();
        List<UUID> nonVoiding = new ArrayList<>();
        long seq = lastSeq;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int index : fresh) {
                Prepared statement = prepared.get(index);
                seq++;
                insert.setLong(1, seq);
                insert.setString(2, statement.id().toString());
                insert.setObject(3, toDb(stored));
                insert.setBoolean(4, false);
                insert.setString(5, statement.voiding() == null ? null : statement.voiding().toString());
                insert.setString(6, statement.ref() == null ? null : statement.ref().toString());
                insert.setBoolean(7, statement.lrsTimestamp());
                insert.setString(8, statement.text(storedText));
                insert.addBatch();
                keys.put(seq, statement.keys());
                seqOf.put(statement.id(), seq);
                if (statement.ref() != null) {
                    refSeqs.add(seq);
                    refTargets.add(statement.ref());
                }
                if (statement.voiding() != null) {
                    voidTargets.add(statement.voiding());
                } else {
                    nonVoiding.add(statement.id());
                }
            }
            insert.executeBatch();
        }
        insertFilters(connection, keys);
        inheritFilters(connection, keys, seqOf, refSeqs, refTargets);
        voidTargets.addAll(alreadyVoided(connection, nonVoiding));
        if (!voidTargets.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(VOID)) {
                for (UUID target : voidTargets) {
                    update.setBoolean(1, true);
                    update.setString(2, target.toString());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        storeAttachments(connection, statements, fresh, pending.attachments(), stored);
        return seq;
    }

    /** {@code stored} as text: UTC, always with milliseconds, so that text order is time order. */
    static String formatStored(Instant stored) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(stored);
    }

    private record Existing(Statement model, boolean lrsTimestamp, String voidingTarget) {
    }

    private Map<UUID, Existing> existing(Connection connection, List<UUID> ids) throws SQLException {
        Map<UUID, Existing> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            try (PreparedStatement select = connection.prepareStatement(EXISTING + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i).toString());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(UUID.fromString(rs.getString("statement_id")), new Existing(
                                id.jembatan.lrs.xapi.XapiJson.readStatement(rs.getString("statement_json")),
                                rs.getBoolean("lrs_timestamp"), rs.getString("voiding_target")));
                    }
                }
            }
        }
        return found;
    }

    private static boolean equivalent(ReceivedStatement received, Existing stored) {
        Statement incoming = received.model();
        if (incoming.timestamp() == null && stored.lrsTimestamp()) {
            incoming = incoming.toBuilder().timestamp(stored.model().timestamp()).build();
        }
        if (incoming.id() == null) {
            incoming = incoming.toBuilder().id(stored.model().id()).build();
        }
        return StatementEquivalence.equivalent(incoming, stored.model());
    }

    /** A voiding statement must target a statement that is not itself voiding (xAPI Data 2.3.2). */
    private void checkVoiding(Connection connection, List<ReceivedStatement> statements, List<UUID> ids,
            List<Integer> fresh) throws SQLException {
        Set<UUID> voidingInBatch = new HashSet<>();
        for (int index : fresh) {
            if (voidingTarget(statements.get(index).model()) != null) {
                voidingInBatch.add(ids.get(index));
            }
        }
        for (int index : fresh) {
            UUID target = voidingTarget(statements.get(index).model());
            if (target == null) {
                continue;
            }
            boolean targetVoids = voidingInBatch.contains(target);
            if (!targetVoids) {
                try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                    select.setString(1, target.toString());
                    try (ResultSet rs = select.executeQuery()) {
                        targetVoids = rs.next() && rs.getString("voiding_target") != null;
                    }
                }
            }
            if (targetVoids) {
                throw StoreRejection.invalid("pernyataan " + ids.get(index) + " membatalkan pernyataan pembatal "
                        + target + ", yang tidak dapat dibatalkan", "statement " + ids.get(index)
                        + " voids the voiding statement " + target + ", which cannot be voided");
            }
        }
    }

    static UUID voidingTarget(Statement statement) {
        return statement.verb() != null && VOIDED.equals(statement.verb().id())
                && statement.object() instanceof StatementRef ref ? ref.id() : null;
    }

    private void insertFilters(Connection connection, Map<Long, Set<FilterKeys.Key>> keys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FILTER)) {
            for (Map.Entry<Long, Set<FilterKeys.Key>> entry : keys.entrySet()) {
                for (FilterKeys.Key key : entry.getValue()) {
                    insert.setInt(1, key.kind());
                    insert.setLong(2, key.hash());
                    insert.setLong(3, entry.getKey());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * A statement targeting another by a StatementRef matches what the target matches, recursively: new statements
     * take their targets' keys, and statements already stored that target a new one take its keys.
     */
    private void inheritFilters(Connection connection, Map<Long, Set<FilterKeys.Key>> fresh, Map<UUID, Long> seqOf,
            List<Long> refSeqs, List<UUID> refTargets) throws SQLException {
        Deque<Long> changed = new ArrayDeque<>();
        for (int i = 0; i < refSeqs.size(); i++) {
            Long targetSeq = seqOf.get(refTargets.get(i));
            if (targetSeq == null) {
                try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                    select.setString(1, refTargets.get(i).toString());
                    try (ResultSet rs = select.executeQuery()) {
                        targetSeq = rs.next() ? rs.getLong("seq") : null;
                    }
                }
            }
            if (targetSeq != null && copyKeys(connection, targetSeq, refSeqs.get(i))) {
                changed.add(refSeqs.get(i));
            }
        }
        changed.addAll(fresh.keySet());
        Map<Long, UUID> idOfSeq = new HashMap<>();
        seqOf.forEach((id, seq) -> idOfSeq.put(seq, id));
        Set<String> done = new HashSet<>();
        while (!changed.isEmpty()) {
            Map<String, Long> sources = new LinkedHashMap<>();
            while (!changed.isEmpty()) {
                long source = changed.poll();
                UUID sourceId = idOfSeq.get(source);
                sources.put(sourceId != null ? sourceId.toString() : idOf(connection, source), source);
            }
            for (Map.Entry<String, List<Long>> entry : referrers(connection, sources.keySet()).entrySet()) {
                long source = sources.get(entry.getKey());
                for (long referrer : entry.getValue()) {
                    if (done.add(source + ">" + referrer) && copyKeys(connection, source, referrer)) {
                        changed.add(referrer);
                    }
                }
            }
        }
    }

    private static String idOf(Connection connection, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT statement_id FROM xapi_statement WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** The statements that target each of {@code ids} by a StatementRef, by target id. */
    private static Map<String, List<Long>> referrers(Connection connection, Set<String> ids) throws SQLException {
        Map<String, List<Long>> referrers = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            try (PreparedStatement select = connection.prepareStatement(REFERRERS + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        referrers.computeIfAbsent(rs.getString(1), target -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        return referrers;
    }
    /** Copies the keys of {@code from} that {@code to} lacks; true when any were added. */
    private static boolean copyKeys(Connection connection, long from, long to) throws SQLException {
        Set<FilterKeys.Key> source = keysOf(connection, from);
        source.removeAll(keysOf(connection, to));
        if (source.isEmpty()) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FILTER)) {
            for (FilterKeys.Key key : source) {
                insert.setInt(1, key.kind());
                insert.setLong(2, key.hash());
                insert.setLong(3, to);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    private static Set<FilterKeys.Key> keysOf(Connection connection, long seq) throws SQLException {
        Set<FilterKeys.Key> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(FILTERS_OF)) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(new FilterKeys.Key(rs.getInt(1), rs.getLong(2)));
                }
            }
        }
        return keys;
    }

    /** New statements that a voiding statement stored earlier already targets: they are voided on arrival. */
    private static Set<UUID> alreadyVoided(Connection connection, List<UUID> ids) throws SQLException {
        Set<UUID> voided = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            try (PreparedStatement select = connection.prepareStatement(VOIDERS_OF + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i).toString());
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        voided.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
        }
        return voided;
    }

    private static void storeAttachments(Connection connection, List<ReceivedStatement> statements,
            List<Integer> fresh, Map<String, AttachmentContent> attachments, Instant now) throws SQLException {
        Set<String> wanted = new LinkedHashSet<>();
        for (int index : fresh) {
            for (Attachment attachment : statements.get(index).model().attachments()) {
                if (attachment.sha2() != null) {
                    wanted.add(attachment.sha2().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String sha2 : wanted) {
            AttachmentContent content = attachments.get(sha2);
            if (content == null) {
                continue;
            }
            try (PreparedStatement exists = connection.prepareStatement(ATTACHMENT_EXISTS)) {
                exists.setString(1, sha2);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ATTACHMENT)) {
                insert.setString(1, sha2);
                insert.setString(2, content.contentType());
                insert.setLong(3, content.content().length);
                insert.setString(4, Base64.getEncoder().encodeToString(content.content()));
                insert.setObject(5, toDb(now));
                insert.executeUpdate();
            }
        }
    }

    private static void filter(List<FilterKeys.Key> filters, int kind, String value) {
        if (value != null) {
            filters.add(new FilterKeys.Key(kind, FilterKeys.hash(value)));
        }
    }

    /** The filter with the fewest key rows in the query's range, the first of the list on a tie. */
    private static FilterKeys.Key driver(Connection connection, List<FilterKeys.Key> filters, StoreQuery query,
            long ceiling) throws SQLException {
        if (filters.size() == 1) {
            return filters.get(0);
        }
        String sql = String.format(KEY_COUNT, query.position() == null ? ""
                : query.ascending() ? " AND statement_seq > ?" : " AND statement_seq < ?");
        FilterKeys.Key driver = null;
        long fewest = Long.MAX_VALUE;
        for (FilterKeys.Key key : filters) {
            try (PreparedStatement count = connection.prepareStatement(sql)) {
                count.setInt(1, key.kind());
                count.setLong(2, key.hash());
                count.setLong(3, ceiling);
                if (query.position() != null) {
                    count.setLong(4, query.position());
                }
                try (ResultSet rs = count.executeQuery()) {
                    long rows = rs.next() ? rs.getLong(1) : 0;
                    if (rows < fewest) {
                        fewest = rows;
                        driver = key;
                    }
                }
            }
        }
        return driver;
    }

    private static long lastSeq(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LAST_SEQ); ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    private static String text(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a statement as JSON", e);
        }
    }

    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StatementStoreException("Penyimpanan pernyataan gagal / the statement store could not write: "
                    + e.getMessage() + " (check jembatan.state.jdbc-url)", e);
        }
    }

    private <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StatementStoreException("Penyimpanan pernyataan gagal / the statement store could not read: "
                    + e.getMessage() + " (check jembatan.state.jdbc-url)", e);
        }
    }
}
