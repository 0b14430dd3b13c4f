package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;
import java.util.List;

/**
 * A group of agents: identified (one inverse functional identifier, members optional) or anonymous (no identifier,
 * at least one member) (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2422-when-the-actor-objecttype-is-group">xAPI
 * Data 2.4.2.2</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "objectType", allowGetters = true, ignoreUnknown = true)
@JsonPropertyOrder({"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"})
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Group(String name, String mbox, @JsonProperty("mbox_sha1sum") String mboxSha1sum, URI openid,
        Account account, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Agent> member)
        implements Actor, StatementObject {

    public Group {
        member = Copies.list(member);
    }

    /** An anonymous group: identified only by its members. */
    public static Group anonymous(List<Agent> members) {
        return new Group(null, null, null, null, null, members);
    }

    @Override
    @JsonProperty("objectType")
    public String objectType() {
        return "Group";
    }
}
