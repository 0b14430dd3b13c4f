package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;

/**
 * Who is calling the xAPI resources: a configured client after Basic auth, or the bridge itself in process.
 *
 * @param username  the Basic-auth user
 * @param authority the Agent written as {@code authority} into every statement this client stores (xAPI Data 2.4.9)
 * @param readOnly  true: GET only; POST and PUT are refused with 403
 */
public record XapiClient(String username, JsonNode authority, boolean readOnly) {

    public XapiClient {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(authority, "authority");
    }

    /**
     * A client whose authority is an account on {@code homePage}: {@code {"objectType":"Agent","name":<name>,
     * "account":{"homePage":<homePage>,"name":<username>}}}.
     */
    public static XapiClient of(String username, String name, URI homePage, boolean readOnly) {
        ObjectNode authority = JsonNodeFactory.instance.objectNode();
        authority.put("objectType", "Agent");
        authority.put("name", name == null || name.isBlank() ? username : name);
        ObjectNode account = authority.putObject("account");
        account.put("homePage", homePage.toString());
        account.put("name", username);
        return new XapiClient(username, authority, readOnly);
    }
}
