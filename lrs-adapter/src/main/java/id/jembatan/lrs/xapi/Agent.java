package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;

/**
 * One person or system, identified by exactly one of {@code mbox}, {@code mbox_sha1sum}, {@code openid} or
 * {@code account} (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">xAPI
 * Data 2.4.2.1</a>). The model accepts any combination so that {@link StatementValidator} can say what is wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "objectType", allowGetters = true, ignoreUnknown = true)
@JsonPropertyOrder({"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"})
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Agent(String name, String mbox, @JsonProperty("mbox_sha1sum") String mboxSha1sum, URI openid,
        Account account) implements Actor, StatementObject {

    /** An agent known by an account, without a name. */
    public static Agent ofAccount(URI homePage, String accountName) {
        return new Agent(null, null, null, null, new Account(homePage, accountName));
    }

    /** An agent known by an account, with a display name ({@code null} for none). */
    public static Agent ofAccount(URI homePage, String accountName, String name) {
        return new Agent(name, null, null, null, new Account(homePage, accountName));
    }

    /** An agent known by e-mail address; {@code mailto:} is added when missing. */
    public static Agent ofMbox(String email, String name) {
        String mbox = email.startsWith("mailto:") ? email : "mailto:" + email;
        return new Agent(name, mbox, null, null, null);
    }

    @Override
    @JsonProperty("objectType")
    public String objectType() {
        return "Agent";
    }
}
