package id.jembatan.bridge.ops;

import id.jembatan.hr.HttpCallListener;
import id.jembatan.lrs.LrsTransport;
import id.jembatan.moodle.MoodleCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code jembatan_peer_call_seconds{peer,operation,outcome}}: every call the bridge makes to Moodle (per web service
 * function), to the LRS (per method and resource) and to the HR systems' HTTP APIs (e-Kinerja, SIASN), measured at the seam the adapters offer, so that the adapters
 * stay plain Java. {@code outcome} is {@code ok}, {@code refused} (the peer answered no: a 4xx, a Moodle exception) or
 * {@code error} (no answer, a 5xx). The statement store's own requests are {@link XapiRequestMetrics};
 * the peers reached through a database (SIMPEG, Moodle's log database, e-Kinerja's database) are measured by their
 * pools ({@code PeerPools}).
 */
public final class PeerCalls {

    private final MeterRegistry registry;

    public PeerCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Measures the Moodle client's calls. */
    public MoodleCallListener moodle() {
        return (wsfunction, took, failure) -> record("moodle", wsfunction,
                failure == null ? "ok" : failure instanceof id.jembatan.moodle.MoodleException ? "refused" : "error",
                took);
    }

    /**
     * Measures an HR client's HTTP calls ({@code e-kinerja}, {@code siasn}): {@code ok} below 400, {@code refused} for a
     * 4xx, {@code error} for a 5xx or no answer.
     */
    public HttpCallListener http(String peer) {
        return (operation, took, status) -> record(peer, operation,
                status == 0 || status >= 500 ? "error" : status >= 400 ? "refused" : "ok", took);
    }

    /** {@code transport}, measured. */
    public LrsTransport lrs(LrsTransport transport) {
        return request -> {
            String operation = request.method() + " " + resource(request.uri().getPath());
            long started = System.nanoTime();
            try {
                LrsTransport.Response response = transport.send(request);
                int status = response.status();
                record("lrs", operation, status < 400 ? "ok" : status < 500 ? "refused" : "error",
                        Duration.ofNanos(System.nanoTime() - started));
                return response;
            } catch (IOException | InterruptedException | RuntimeException e) {
                record("lrs", operation, "error", Duration.ofNanos(System.nanoTime() - started));
                throw e;
            }
        };
    }

    /** Records one call of {@code peer}. */
    void record(String peer, String operation, String outcome, Duration took) {
        Timer.builder("jembatan.peer.call").description("Calls the bridge made to a peer system")
                .tag("peer", peer).tag("operation", operation).tag("outcome", outcome)
                .register(registry).record(took);
    }

    /** The last segment of an xAPI path ({@code /xapi/statements} → {@code statements}). */
    static String resource(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }
}
