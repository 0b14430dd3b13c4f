package id.jembatan.hr.siasn;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SIASN-shaped API is and how to get a token.
 *
 * @param kursusUrl      the URL riwayat kursus are POSTed to ({@code jembatan.siasn.url})
 * @param tokenUrl       the OAuth2 token endpoint ({@code jembatan.siasn.token-url})
 * @param clientId       OAuth2 client id ({@code jembatan.siasn.client-id})
 * @param clientSecret   OAuth2 client secret ({@code jembatan.siasn.client-secret}); never logged
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 */
public record SiasnConfig(URI kursusUrl, URI tokenUrl, String clientId, String clientSecret, Duration connectTimeout,
        Duration requestTimeout) {

    public SiasnConfig {
        Objects.requireNonNull(kursusUrl, "jembatan.siasn.url");
        Objects.requireNonNull(tokenUrl, "jembatan.siasn.token-url");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("jembatan.siasn.client-id harus diisi / must be set");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("jembatan.siasn.client-secret harus diisi / must be set");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    @Override
    public String toString() {
        return "SiasnConfig[kursusUrl=" + kursusUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", clientSecret=(set)]";
    }
}
