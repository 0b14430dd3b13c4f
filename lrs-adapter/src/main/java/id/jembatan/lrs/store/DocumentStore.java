package id.jembatan.lrs.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The documents of the state, activity profile and agent profile resources (xAPI Communication 2.3, 2.6, 2.7) in the
 * bridge's state database (table {@code xapi_document}, migration V7). No HTTP here: {@link XapiResource} checks
 * parameters, preconditions and merges, and calls this to read and write whole documents. Writes of this process are
 * serialised so that a precondition checked in {@link #write} holds when the row is written. Thread-safe.
 */
public final class DocumentStore {

    /** Which resource a document belongs to. */
    public enum Kind {
        STATE("state"), ACTIVITY_PROFILE("activity_profile"), AGENT_PROFILE("agent_profile");

        private final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    /**
     * Where a document lives: its resource, the scope it belongs to (see {@link #scope}) and its id.
     *
     * @param scope the scope as one string, e.g. {@code activity <IRI>\nagent <identifier>\nregistration <uuid>}
     */
    public record Key(Kind kind, String scope, String id) {

        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(id, "id");
        }
    }

    /** One stored document. {@code etag} is the SHA-1 hex of the content, without quotes. */
    public record Document(String id, String contentType, byte[] content, String etag, Instant updated) {
    }

    private static final String SELECT = """
            SELECT document_id, content_type, content, etag, updated_at FROM xapi_document
            WHERE kind = ? AND scope_hash = ? AND document_hash = ?""";
    private static final String INSERT = """
            INSERT INTO xapi_document (kind, scope_hash, document_hash, document_id, content_type, etag, updated_at,
                byte_length, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE xapi_document SET content_type = ?, etag = ?, updated_at = ?, byte_length = ?, content = ?
            WHERE kind = ? AND scope_hash = ? AND document_hash = ?""";
    private static final String DELETE = "DELETE FROM xapi_document WHERE kind = ? AND scope_hash = ? AND document_hash = ?";
    private static final String DELETE_SCOPE = "DELETE FROM xapi_document WHERE kind = ? AND scope_hash = ?";
    private static final String IDS = """
            SELECT document_id FROM xapi_document WHERE kind = ? AND scope_hash = ? AND updated_at > ?
            ORDER BY updated_at, document_hash""";

    private final DataSource dataSource;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();

    public DocumentStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One document, or empty. */
    public Optional<Document> document(Key key) {
        return read(connection -> find(connection, key));
    }

    /** The ids of the documents of a scope changed after {@code since} (exclusive; null = all), oldest first. */
    public List<String> ids(Kind kind, String scope, Instant since) {
        return read(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(IDS)) {
                select.setString(1, kind.column);
                select.setString(2, hash(scope));
                select.setObject(3, toDb(since == null ? Instant.EPOCH : since));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** What a write does with the document found (empty when none): the new document, or a refusal. */
    @FunctionalInterface
    public interface Change {
        /**
         * @return the content type and content to store
         * @throws StoreRejection to refuse; nothing is written
         */
        Content apply(Optional<Document> current);
    }

    /** A document to store. */
    public record Content(String contentType, byte[] content) {
    }

    /**
     * Reads the document, lets {@code change} decide (preconditions, merge) and writes what it returns, as one step
     * for writers of this process.
     */
    public Document write(Key key, Change change) {
        writer.lock();
        try {
            return transaction(connection -> {
                Optional<Document> current = find(connection, key);
                Content next = change.apply(current);
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                if (current.isPresent() && !now.isAfter(current.get().updated())) {
                    now = current.get().updated().plusMillis(1);
                }
                String etag = sha1(next.content());
                String base64 = Base64.getEncoder().encodeToString(next.content());
                if (current.isPresent()) {
                    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                        update.setString(1, next.contentType());
                        update.setString(2, etag);
                        update.setObject(3, toDb(now));
                        update.setLong(4, next.content().length);
                        update.setString(5, base64);
                        bindKey(update, 6, key);
                        update.executeUpdate();
                    }
                } else {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        bindKey(insert, 1, key);
                        insert.setString(4, key.id());
                        insert.setString(5, next.contentType());
                        insert.setString(6, etag);
                        insert.setObject(7, toDb(now));
                        insert.setLong(8, next.content().length);
                        insert.setString(9, base64);
                        insert.executeUpdate();
                    }
                }
                return new Document(key.id(), next.contentType(), next.content(), etag, now);
            });
        } finally {
            writer.unlock();
        }
    }

    /**
     * Deletes one document after {@code check} has seen it (empty when none; it may throw {@link StoreRejection}).
     */
    public void delete(Key key, java.util.function.Consumer<Optional<Document>> check) {
        writer.lock();
        try {
            transaction(connection -> {
                check.accept(find(connection, key));
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    bindKey(delete, 1, key);
                    delete.executeUpdate();
                }
                return null;
            });
        } finally {
            writer.unlock();
        }
    }

    /** Deletes every document of a scope (the state resource without {@code stateId}). */
    public void deleteAll(Kind kind, String scope) {
        writer.lock();
        try {
            transaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(DELETE_SCOPE)) {
                    delete.setString(1, kind.column);
                    delete.setString(2, hash(scope));
                    delete.executeUpdate();
                }
                return null;
            });
        } finally {
            writer.unlock();
        }
    }

    private static Optional<Document> find(Connection connection, Key key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            bindKey(select, 1, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Document(rs.getString("document_id"), rs.getString("content_type"),
                        Base64.getDecoder().decode(rs.getString("content")), rs.getString("etag"),
                        rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
    }

    private static void bindKey(PreparedStatement statement, int from, Key key) throws SQLException {
        statement.setString(from, key.kind().column);
        statement.setString(from + 1, hash(key.scope()));
        statement.setString(from + 2, hash(key.id()));
    }

    /** The SHA-1 hex of {@code content}: the ETag of a document (Communication 3.1). */
    public static String sha1(byte[] content) {
        return digest("SHA-1", content);
    }

    private static String hash(String value) {
        return digest("SHA-256", value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    private static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
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
            throw new StatementStoreException("Penyimpanan dokumen gagal / the document store could not write: "
                    + e.getMessage() + " (check jembatan.state.jdbc-url)", e);
        }
    }

    private <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StatementStoreException("Penyimpanan dokumen gagal / the document store could not read: "
                    + e.getMessage() + " (check jembatan.state.jdbc-url)", e);
        }
    }
}
