package id.jembatan.bridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The xAPI Learning Record Store: an external one at {@code endpoint}, or, when that is empty, the embedded statement
 * store in the state database (docs/lrs/embedded-store.md).
 *
 * @param endpoint       xAPI endpoint, e.g. {@code https://lrs.example/xapi/}; empty = the embedded statement store
 * @param username       Basic-auth user (the LRS client key) of the external LRS
 * @param password       Basic-auth password (secret: {@code JEMBATAN_LRS_PASSWORD})
 * @param connectTimeout how long to wait for a connection to the LRS
 * @param readTimeout    how long to wait for one answer
 * @param batchSize      statements per POST
 * @param embedded       the embedded statement store, used when {@code endpoint} is empty
 */
@ConfigurationProperties("jembatan.lrs")
public record LrsProperties(
        URI endpoint,
        String username,
        String password,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue Embedded embedded) {

    public LrsProperties {
        if (embedded == null) {
            embedded = new Embedded(Map.of(), 500, Duration.ofSeconds(1), URI.create(Embedded.DEFAULT_HOME_PAGE),
                    Embedded.DEFAULT_MAX_STATEMENTS, DataSize.ofMegabytes(32));
        }
        if ((endpoint == null || endpoint.toString().isBlank()) && batchSize > embedded.maxStatementsPerRequest()) {
            throw new IllegalStateException("jembatan.lrs.batch-size (" + batchSize + ") melebihi "
                    + "jembatan.lrs.embedded.max-statements-per-request (" + embedded.maxStatementsPerRequest()
                    + ") / is larger than jembatan.lrs.embedded.max-statements-per-request: the embedded store would "
                    + "refuse every batch; lower the one or raise the other");
        }
    }

    /** Whether an external LRS is configured. */
    public boolean configured() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

    @Override
    public String toString() {
        return "LrsProperties[endpoint=" + endpoint + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", embedded=" + embedded + "]";
    }

    /**
     * The embedded statement store ({@code jembatan.lrs.embedded.*}).
     *
     * @param clients            who may use {@code /xapi/statements} over HTTP (Basic auth), keyed by name
     *                           ({@code clients.univ-mitra.password}) or list index ({@code clients[0].username});
     *                           each setting may come from its own source ({@link ClientMap}); none = HTTP access
     *                           refused, the bridge's own flows still use the store
     * @param maxPageSize        the most statements one GET page returns (also for {@code limit=0})
     * @param consistencyMargin  how far {@code X-Experience-API-Consistent-Through} stays behind now, for writes
     *                           of another process on the same state database
     * @param authorityHomePage  the account homePage of the {@code authority} written into stored statements
     * @param maxStatementsPerRequest the most statements one POST to {@code /xapi/statements} may carry; more is
     *                           413 before anything is stored (one huge batch holds the store's write lock)
     * @param maxRequestSize     the largest request body {@code /xapi/*} reads; larger is 413
     */
    public record Embedded(
            @DefaultValue Map<String, Client> clients,
            @DefaultValue("500") int maxPageSize,
            @DefaultValue("1s") Duration consistencyMargin,
            @DefaultValue(Embedded.DEFAULT_HOME_PAGE) URI authorityHomePage,
            @DefaultValue("1000") int maxStatementsPerRequest,
            @DefaultValue("32MB") DataSize maxRequestSize) {

        public static final String DEFAULT_HOME_PAGE = "https://jembatan.invalid/xapi/clients";
        static final int DEFAULT_MAX_STATEMENTS = 1000;

        public Embedded {
            clients = ClientMap.normalized(clients);
            if (maxStatementsPerRequest < 1) {
                throw new IllegalStateException("jembatan.lrs.embedded.max-statements-per-request harus positif / "
                        + "must be positive, was " + maxStatementsPerRequest);
            }
            if (maxRequestSize == null || maxRequestSize.toBytes() < 1 || maxRequestSize.toBytes() > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("jembatan.lrs.embedded.max-request-size harus antara 1B dan 2GB / "
                        + "must be between 1B and 2GB, was " + maxRequestSize);
            }
        }
    }

    /**
     * One client of the embedded store ({@code jembatan.lrs.embedded.clients.<name>.*}).
     *
     * @param username Basic-auth user; default the map key ({@code clients.univ-mitra} is user {@code univ-mitra})
     * @param password Basic-auth password (secret: {@code JEMBATAN_LRS_EMBEDDED_CLIENTS_UNIVMITRA_PASSWORD}, or a
     *                 {@code configtree:} file)
     * @param name     display name in the {@code authority} of the statements it stores; default the username
     * @param readOnly true: may only read statements (GET); POST and PUT answer 403
     */
    public record Client(String username, String password, String name, boolean readOnly) {

        @Override
        public String toString() {
            return "Client[" + username + ", password=" + (password == null || password.isEmpty() ? "(none)"
                    : "(set)") + ", readOnly=" + readOnly + "]";
        }
    }
}
