package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The outcome: score, success, completion, response, duration (ISO 8601, e.g. {@code PT1H30M}) and extensions
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#245-result">xAPI Data 2.4.5</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Result(Score score, Boolean success, Boolean completion, String response, String duration,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<URI, Object> extensions) {

    public Result {
        extensions = Copies.map(extensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Result}; every field is optional. */
    public static final class Builder {
        private Score score;
        private Boolean success;
        private Boolean completion;
        private String response;
        private String duration;
        private Map<URI, Object> extensions;

        private Builder() {
        }

        public Builder score(Score score) {
            this.score = score;
            return this;
        }

        public Builder success(Boolean success) {
            this.success = success;
            return this;
        }

        public Builder completion(Boolean completion) {
            this.completion = completion;
            return this;
        }

        public Builder response(String response) {
            this.response = response;
            return this;
        }

        /** An ISO 8601 duration as text, kept as given (it may use years, months or weeks). */
        public Builder duration(String duration) {
            this.duration = duration;
            return this;
        }

        /** A non-negative duration, written as ISO 8601 ({@code PT1H30M}). */
        public Builder duration(Duration duration) {
            this.duration = Iso8601.format(duration);
            return this;
        }

        public Builder extensions(Map<URI, Object> extensions) {
            this.extensions = extensions;
            return this;
        }

        public Result build() {
            return new Result(score, success, completion, response, duration, extensions);
        }
    }
}
