package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.UUID;

/**
 * A pointer to another statement by id, the object of a voiding statement
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#statement-references">xAPI Data
 * 2.4.4.3</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "objectType", allowGetters = true, ignoreUnknown = true)
@JsonPropertyOrder({"objectType", "id"})
@JsonDeserialize(using = JsonDeserializer.None.class)
public record StatementRef(UUID id) implements StatementObject {

    @Override
    @JsonProperty("objectType")
    public String objectType() {
        return "StatementRef";
    }
}
