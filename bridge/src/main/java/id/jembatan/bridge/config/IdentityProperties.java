package id.jembatan.bridge.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ASN are identified in xAPI statements.
 *
 * @param homePage     account homePage IRI of the NIP namespace: {@code actor.account = {homePage, name: NIP}}
 * @param nipField     where a Moodle user's NIP is: {@code idnumber}, or the short name of a custom profile field
 * @param pseudonymize {@code true} = send an HMAC of the NIP instead of the NIP, and no names
 * @param pseudonymKey HMAC key for {@code pseudonymize}, at least 16 characters (secret:
 *                     {@code JEMBATAN_IDENTITY_PSEUDONYM_KEY}); keep it stable, or the same ASN gets a new identity
 */
@ConfigurationProperties("jembatan.identity")
public record IdentityProperties(
        @DefaultValue("https://siasn.bkn.go.id") URI homePage,
        @DefaultValue("idnumber") String nipField,
        @DefaultValue("false") boolean pseudonymize,
        String pseudonymKey) {

    @Override
    public String toString() {
        return "IdentityProperties[homePage=" + homePage + ", nipField=" + nipField + ", pseudonymize=" + pseudonymize
                + ", pseudonymKey=" + (pseudonymKey == null ? "(none)" : "(set)") + "]";
    }
}
