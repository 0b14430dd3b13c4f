package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Metadata of an activity: names, type, extensions and, for interactions, the interaction fields
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#activity-definition">xAPI Data
 * 2.4.4.1</a>). Absent maps and lists are empty, never {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityDefinition(
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> description,
        URI type,
        URI moreInfo,
        String interactionType,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> correctResponsesPattern,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InteractionComponent> choices,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InteractionComponent> scale,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InteractionComponent> source,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InteractionComponent> target,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InteractionComponent> steps,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<URI, Object> extensions) {

    public ActivityDefinition {
        name = Copies.map(name);
        description = Copies.map(description);
        correctResponsesPattern = Copies.list(correctResponsesPattern);
        choices = Copies.list(choices);
        scale = Copies.list(scale);
        source = Copies.list(source);
        target = Copies.list(target);
        steps = Copies.list(steps);
        extensions = Copies.map(extensions);
    }

    /** The common case: a type and a name. */
    public static ActivityDefinition of(URI type, Map<String, String> name) {
        return builder().type(type).name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActivityDefinition}; every field is optional. */
    public static final class Builder {
        private Map<String, String> name;
        private Map<String, String> description;
        private URI type;
        private URI moreInfo;
        private String interactionType;
        private List<String> correctResponsesPattern;
        private List<InteractionComponent> choices;
        private List<InteractionComponent> scale;
        private List<InteractionComponent> source;
        private List<InteractionComponent> target;
        private List<InteractionComponent> steps;
        private Map<URI, Object> extensions;

        private Builder() {
        }

        public Builder name(Map<String, String> name) {
            this.name = name;
            return this;
        }

        public Builder description(Map<String, String> description) {
            this.description = description;
            return this;
        }

        public Builder type(URI type) {
            this.type = type;
            return this;
        }

        public Builder moreInfo(URI moreInfo) {
            this.moreInfo = moreInfo;
            return this;
        }

        public Builder interactionType(String interactionType) {
            this.interactionType = interactionType;
            return this;
        }

        public Builder correctResponsesPattern(List<String> correctResponsesPattern) {
            this.correctResponsesPattern = correctResponsesPattern;
            return this;
        }

        public Builder choices(List<InteractionComponent> choices) {
            this.choices = choices;
            return this;
        }

        public Builder scale(List<InteractionComponent> scale) {
            this.scale = scale;
            return this;
        }

        public Builder source(List<InteractionComponent> source) {
            this.source = source;
            return this;
        }

        public Builder target(List<InteractionComponent> target) {
            this.target = target;
            return this;
        }

        public Builder steps(List<InteractionComponent> steps) {
            this.steps = steps;
            return this;
        }

        public Builder extensions(Map<URI, Object> extensions) {
            this.extensions = extensions;
            return this;
        }

        public ActivityDefinition build() {
            return new ActivityDefinition(name, description, type, moreInfo, interactionType,
                    correctResponsesPattern, choices, scale, source, target, steps, extensions);
        }
    }
}
