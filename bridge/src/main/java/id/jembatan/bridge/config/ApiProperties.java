package id.jembatan.bridge.config;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the bridge's REST API under {@code /api/**}: one entry per consumer (an HR system, a dashboard), each
 * with its own key, scopes and, optionally, the OPD it may see. Checked at start-up
 * ({@code id.jembatan.bridge.competency.ApiKeys}); no entry = every API request is refused.
 *
 * @param clients the consumers, keyed by name ({@code jembatan.api.clients.bkpsdm.key}) or by list index
 *                ({@code jembatan.api.clients[0].name=bkpsdm}); each setting may come from its own source
 *                ({@link ClientMap})
 */
@ConfigurationProperties("jembatan.api")
public record ApiProperties(@DefaultValue Map<String, Client> clients) {

    public ApiProperties {
        clients = ClientMap.normalized(clients);
    }

    /**
     * One consumer of the API.
     *
     * @param name     who it is; written as the actor of every audit entry of its requests; default the map key
     *                 ({@code clients.bkpsdm} is named {@code bkpsdm})
     * @param key      the key itself, at least 24 characters (secret: set it through the environment, e.g.
     *                 {@code JEMBATAN_API_CLIENTS_BKPSDM_KEY}, or a {@code configtree:} file); give either this or
     *                 {@code key-hash}
     * @param keyHash  the SHA-256 of the key as 64 hex digits ({@code printf %s "$KEY" | sha256sum}), optionally
     *                 prefixed {@code sha256:}; lets the key itself stay out of the configuration
     * @param scopes   what it may do: {@code competency:read}
     * @param opdCodes the OPD codes it may see; empty = every OPD
     */
    public record Client(String name, String key, String keyHash, @DefaultValue List<String> scopes,
            @DefaultValue List<String> opdCodes) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            opdCodes = opdCodes == null ? List.of() : List.copyOf(opdCodes);
        }

        @Override
        public String toString() {
            return "Client[name=" + name + ", key=" + (key == null || key.isEmpty() ? "(none)" : "(set)")
                    + ", keyHash=" + (keyHash == null || keyHash.isEmpty() ? "(none)" : "(set)") + ", scopes="
                    + scopes + ", opdCodes=" + opdCodes + "]";
        }
    }
}
