package id.jembatan.bridge.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators see: {@code /actuator/prometheus} and the details of {@code /actuator/health} need the operators'
 * token ({@code Authorization: Bearer <token>}); without it health answers its status only.
 *
 * @param token       the operators' token itself, at least 24 characters (secret: set it through
 *                    {@code JEMBATAN_OPERATIONS_TOKEN}); give this or {@code tokenHash}
 * @param tokenHash   SHA-256 of the token, 64 hex digits ({@code printf %s "$TOKEN" | sha256sum}), optionally
 *                    {@code sha256:}-prefixed
 * @param healthCache how long a peer's health (the same look as {@code check}) is reused before it is asked again
 */
@ConfigurationProperties("jembatan.operations")
public record OperationsProperties(
        String token,
        String tokenHash,
        @DefaultValue("30s") Duration healthCache) {

    /** Whether operators can authenticate at all. */
    public boolean configured() {
        return (token != null && !token.isBlank()) || (tokenHash != null && !tokenHash.isBlank());
    }

    @Override
    public String toString() {
        return "OperationsProperties[token=" + (token == null || token.isEmpty() ? "(none)" : "(set)")
                + ", tokenHash=" + (tokenHash == null || tokenHash.isEmpty() ? "(none)" : "(set)")
                + ", healthCache=" + healthCache + "]";
    }
}
