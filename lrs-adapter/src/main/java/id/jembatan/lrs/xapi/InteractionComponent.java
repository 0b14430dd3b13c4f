package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One choice, scale point, source, target or step of an interaction activity
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-components">xAPI Data
 * 2.4.4.1</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionComponent(String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> description) {

    public InteractionComponent {
        description = Copies.map(description);
    }
}
