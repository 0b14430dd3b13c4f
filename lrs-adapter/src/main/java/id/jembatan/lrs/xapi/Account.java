package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;

/**
 * An account on a system, the inverse functional identifier Jembatan uses for ASN: {@code homePage} is
 * {@code jembatan.identity.home-page}, {@code name} the NIP or its pseudonym
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2424-account-object">xAPI Data 2.4.2.4</a>).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(URI homePage, String name) {
}
