package id.jembatan.lrs;

import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.XapiJson;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of a statements query (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 * Communication 2.1.3</a>); every one is optional.
 *
 * @param since only statements stored after this instant
 * @param until only statements stored at or before this instant
 * @param verb only statements with this verb id
 * @param agent only statements whose actor or object is this agent
 * @param activity only statements whose object is this activity id
 * @param ascending oldest first when true; the LRS default is newest first
 * @param limit the page size; the LRS's own default when {@code null}
 */
public record StatementQuery(Instant since, Instant until, URI verb, Agent agent, URI activity, Boolean ascending,
        Integer limit) {

    public StatementQuery {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
    }

    /** Every statement, in the LRS's default order and page size. */
    public static StatementQuery all() {
        return new StatementQuery(null, null, null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The query parameters in the order they are sent. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (since != null) {
            parameters.put("since", DateTimeFormatter.ISO_INSTANT.format(since));
        }
        if (until != null) {
            parameters.put("until", DateTimeFormatter.ISO_INSTANT.format(until));
        }
        if (verb != null) {
            parameters.put("verb", verb.toString());
        }
        if (agent != null) {
            parameters.put("agent", XapiJson.toJson(agent));
        }
        if (activity != null) {
            parameters.put("activity", activity.toString());
        }
        if (ascending != null) {
            parameters.put("ascending", ascending.toString());
        }
        if (limit != null) {
            parameters.put("limit", limit.toString());
        }
        return parameters;
    }

    /** Builds a {@link StatementQuery}. */
    public static final class Builder {
        private Instant since;
        private Instant until;
        private URI verb;
        private Agent agent;
        private URI activity;
        private Boolean ascending;
        private Integer limit;

        private Builder() {
        }

        public Builder since(Instant since) {
            this.since = since;
            return this;
        }

        public Builder until(Instant until) {
            this.until = until;
            return this;
        }

        public Builder verb(URI verb) {
            this.verb = verb;
            return this;
        }

        public Builder agent(Agent agent) {
            this.agent = agent;
            return this;
        }

        public Builder activity(URI activity) {
            this.activity = activity;
            return this;
        }

        public Builder ascending(boolean ascending) {
            this.ascending = ascending;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public StatementQuery build() {
            return new StatementQuery(since, until, verb, agent, activity, ascending, limit);
        }
    }
}
