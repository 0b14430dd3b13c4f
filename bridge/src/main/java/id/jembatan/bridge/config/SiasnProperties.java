package id.jembatan.bridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional push of competency credits to an HR API shaped like SIASN's riwayat kursus.
 *
 * @param url            the URL riwayat kursus are POSTed to; empty = no push
 * @param tokenUrl       the OAuth2 token endpoint (client credentials)
 * @param clientId       OAuth2 client id
 * @param clientSecret   OAuth2 client secret (secret: {@code JEMBATAN_SIASN_CLIENT_SECRET})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for one answer
 * @param batchSize      credits read from the ledger per round of pushes
 * @param jenisKursus    the API's {@code jenisKursusId} per competency type ({@code teknis}, {@code manajerial},
 *                       {@code sosial-kultural}); a type without an entry is sent as its name
 */
@ConfigurationProperties("jembatan.siasn")
public record SiasnProperties(
        URI url,
        URI tokenUrl,
        String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("50") int batchSize,
        Map<String, String> jenisKursus) {

    /** Whether the push is configured. */
    public boolean configured() {
        return url != null && !url.toString().isBlank();
    }

    @Override
    public String toString() {
        return "SiasnProperties[url=" + url + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null || clientSecret.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
