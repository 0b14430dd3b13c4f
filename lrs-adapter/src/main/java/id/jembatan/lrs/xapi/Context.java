package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where and how the experience happened: registration, instructor, team, related activities, platform, language,
 * a related statement and extensions
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI Data 2.4.6</a>).
 * {@link XapiProfile#moodleContext} fills in what Jembatan always sends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Context(UUID registration, Actor instructor, Group team, ContextActivities contextActivities,
        String revision, String platform, String language, StatementRef statement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<URI, Object> extensions) {

    public Context {
        extensions = Copies.map(extensions);
        if (contextActivities != null && contextActivities.isEmpty()) {
            contextActivities = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().registration(registration).instructor(instructor).team(team)
                .contextActivities(contextActivities).revision(revision).platform(platform).language(language)
                .statement(statement).extensions(extensions);
    }

    /** Builds a {@link Context}; every field is optional. */
    public static final class Builder {
        private UUID registration;
        private Actor instructor;
        private Group team;
        private ContextActivities contextActivities;
        private String revision;
        private String platform;
        private String language;
        private StatementRef statement;
        private final Map<URI, Object> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder registration(UUID registration) {
            this.registration = registration;
            return this;
        }

        public Builder instructor(Actor instructor) {
            this.instructor = instructor;
            return this;
        }

        public Builder team(Group team) {
            this.team = team;
            return this;
        }

        public Builder contextActivities(ContextActivities contextActivities) {
            this.contextActivities = contextActivities;
            return this;
        }

        public Builder revision(String revision) {
            this.revision = revision;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder statement(StatementRef statement) {
            this.statement = statement;
            return this;
        }

        /** Replaces all extensions. */
        public Builder extensions(Map<URI, Object> extensions) {
            this.extensions.clear();
            if (extensions != null) {
                this.extensions.putAll(extensions);
            }
            return this;
        }

        /** Adds or replaces one extension. */
        public Builder extension(URI key, Object value) {
            this.extensions.put(key, value);
            return this;
        }

        public Context build() {
            return new Context(registration, instructor, team, contextActivities, revision, platform, language,
                    statement, extensions);
        }
    }
}
