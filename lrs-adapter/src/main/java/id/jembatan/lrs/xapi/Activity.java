package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;

/**
 * A thing an actor interacted with, identified by an IRI
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">xAPI
 * Data 2.4.4.1</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "objectType", allowGetters = true, ignoreUnknown = true)
@JsonPropertyOrder({"objectType", "id", "definition"})
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Activity(URI id, ActivityDefinition definition) implements StatementObject {

    public static Activity of(URI id) {
        return new Activity(id, null);
    }

    @Override
    @JsonProperty("objectType")
    public String objectType() {
        return "Activity";
    }
}
