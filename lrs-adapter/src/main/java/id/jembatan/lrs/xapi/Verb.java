package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Map;

/**
 * The action: an IRI plus a display language map
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#243-verb">xAPI Data 2.4.3</a>).
 * Jembatan's verbs are constants in {@link XapiProfile}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Verb(URI id, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> display) {

    public Verb {
        display = Copies.map(display);
    }

    public static Verb of(String id, Map<String, String> display) {
        return new Verb(URI.create(id), display);
    }
}
