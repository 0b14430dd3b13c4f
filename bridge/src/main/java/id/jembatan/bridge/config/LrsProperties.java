package id.jembatan.bridge.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The xAPI Learning Record Store.
 *
 * @param endpoint       xAPI endpoint, e.g. {@code https://lrs.example/xapi/}; empty = the embedded statement
 *                       store (not available yet: until then flows that write statements need an endpoint)
 * @param username       Basic-auth user (the LRS client key)
 * @param password       Basic-auth password (secret: {@code JEMBATAN_LRS_PASSWORD})
 * @param connectTimeout how long to wait for a connection to the LRS
 * @param readTimeout    how long to wait for one answer
 * @param batchSize      statements per POST
 */
@ConfigurationProperties("jembatan.lrs")
public record LrsProperties(
        URI endpoint,
        String username,
        String password,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("100") int batchSize) {

    /** Whether an external LRS is configured. */
    public boolean configured() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

    @Override
    public String toString() {
        return "LrsProperties[endpoint=" + endpoint + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
