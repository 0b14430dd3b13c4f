package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An xAPI 1.0.3 statement (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI
 * Data 2.4</a>). Immutable; build one with {@link #builder()}. {@code stored}, {@code authority} and {@code version}
 * are set by the LRS and are kept when a statement is read back. Timestamps are ISO 8601 text so that a statement
 * received from elsewhere can be checked by {@link StatementValidator} instead of failing to parse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
        "version", "attachments"})
public record Statement(UUID id, Actor actor, Verb verb, StatementObject object, Result result, Context context,
        String timestamp, String stored, Actor authority, String version,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments) {

    public Statement {
        attachments = Copies.list(attachments);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).actor(actor).verb(verb).object(object).result(result).context(context)
                .timestamp(timestamp).stored(stored).authority(authority).version(version).attachments(attachments);
    }

    /** The timestamp as an instant, when present and valid ISO 8601 with a zone offset. */
    public Optional<Instant> timestampInstant() {
        return Iso8601.parseTimestamp(timestamp).map(OffsetDateTime::toInstant);
    }

    /** When the LRS stored the statement, when present and valid. */
    public Optional<Instant> storedInstant() {
        return Iso8601.parseTimestamp(stored).map(OffsetDateTime::toInstant);
    }

    /** Builds a {@link Statement}. Only actor, verb and object are required by xAPI; Jembatan also sets the id. */
    public static final class Builder {
        private UUID id;
        private Actor actor;
        private Verb verb;
        private StatementObject object;
        private Result result;
        private Context context;
        private String timestamp;
        private String stored;
        private Actor authority;
        private String version;
        private List<Attachment> attachments;

        private Builder() {
        }

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder actor(Actor actor) {
            this.actor = actor;
            return this;
        }

        public Builder verb(Verb verb) {
            this.verb = verb;
            return this;
        }

        public Builder object(StatementObject object) {
            this.object = object;
            return this;
        }

        public Builder result(Result result) {
            this.result = result;
            return this;
        }

        public Builder context(Context context) {
            this.context = context;
            return this;
        }

        /** ISO 8601 text with a zone offset, kept as given. */
        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Written in UTC, e.g. {@code 2025-03-01T02:15:00Z}. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp == null ? null : Iso8601.format(timestamp);
            return this;
        }

        /** Written with its offset, e.g. {@code 2025-03-01T09:15:00+07:00}. */
        public Builder timestamp(OffsetDateTime timestamp) {
            this.timestamp = timestamp == null ? null : Iso8601.format(timestamp);
            return this;
        }

        public Builder stored(String stored) {
            this.stored = stored;
            return this;
        }

        public Builder authority(Actor authority) {
            this.authority = authority;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Statement build() {
            return new Statement(id, actor, verb, object, result, context, timestamp, stored, authority, version,
                    attachments);
        }
    }
}
