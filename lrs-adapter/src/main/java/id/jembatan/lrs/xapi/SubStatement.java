package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * A statement used as the object of another one: no id, stored, version or authority, and its own object cannot be a
 * sub-statement (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2444-when-the-object-is-a-statement">xAPI
 * Data 2.4.4.3</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "objectType", allowGetters = true, ignoreUnknown = true)
@JsonPropertyOrder({"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"})
@JsonDeserialize(using = JsonDeserializer.None.class)
public record SubStatement(Actor actor, Verb verb, StatementObject object, Result result, Context context,
        String timestamp, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments)
        implements StatementObject {

    public SubStatement {
        attachments = Copies.list(attachments);
    }

    @Override
    @JsonProperty("objectType")
    public String objectType() {
        return "SubStatement";
    }
}
