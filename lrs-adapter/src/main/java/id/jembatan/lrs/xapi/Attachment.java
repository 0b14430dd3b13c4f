package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Map;

/**
 * Metadata of an attachment (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2411-attachments">xAPI
 * Data 2.4.11</a>). Jembatan sends attachments by {@code fileUrl} only; it never posts multipart bodies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attachment(URI usageType, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> display,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> description, String contentType,
        Long length, String sha2, URI fileUrl) {

    public Attachment {
        display = Copies.map(display);
        description = Copies.map(description);
    }
}
