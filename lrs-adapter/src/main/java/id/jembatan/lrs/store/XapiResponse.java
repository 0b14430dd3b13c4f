package id.jembatan.lrs.store;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the xAPI resources, to be written as HTTP or handed back in process.
 *
 * @param status  HTTP status
 * @param headers response headers, one value each, in order
 * @param body    the body bytes, empty for none
 */
public record XapiResponse(int status, Map<String, String> headers, byte[] body) {

    public XapiResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
