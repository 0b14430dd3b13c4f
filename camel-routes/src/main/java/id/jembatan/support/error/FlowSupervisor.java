package id.jembatan.support.error;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scheduled flow does when a pass fails: a transient failure pauses it until the next poll (its
 * watermark unmoved); a fatal one stops its poll route with one message naming the setting to fix. The route is
 * stopped through Camel's control bus, asynchronously, since the failing exchange is still in flight on that route.
 * The supervisor remembers which flows it stopped and why, for the flows' health.
 */
public class FlowSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(FlowSupervisor.class);

    private final Map<String, Stopped> stopped = new ConcurrentHashMap<>();
    private final Clock clock;

    public FlowSupervisor() {
        this(Clock.systemUTC());
    }

    public FlowSupervisor(Clock clock) {
        this.clock = clock;
    }

    /**
     * A flow the supervisor stopped.
     *
     * @param flow    the flow id
     * @param routeId the poll route it stopped
     * @param reason  the failure's message, naming the setting to fix
     * @param at      when
     */
    public record Stopped(String flow, String routeId, String reason, Instant at) {
    }

    /** Handles the failure the exchange carries, for the flow {@code flowId} polled by {@code pollRouteId}. */
    public void failed(Exchange exchange, String flowId, String pollRouteId) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message = Failures.message(failure);
        if (Failures.classify(failure) == Failures.Kind.TRANSIENT) {
            LOG.warn("{} dijeda sampai polling berikutnya / paused until the next poll, watermark unmoved: {}",
                    flowId, message);
            return;
        }
        LOG.error("{} DIHENTIKAN / STOPPED: {} — perbaiki konfigurasi lalu mulai ulang / fix the configuration and"
                + " restart the bridge", flowId, message);
        stopped.put(flowId, new Stopped(flowId, pollRouteId, message, clock.instant()));
        stop(exchange.getContext(), pollRouteId);
    }

    /** The flow's stop, when the supervisor stopped it since the application started. */
    public Optional<Stopped> stopped(String flowId) {
        return Optional.ofNullable(stopped.get(flowId));
    }

    /** Every flow the supervisor stopped, by flow id. */
    public Map<String, Stopped> stopped() {
        return new TreeMap<>(stopped);
    }

    private static void stop(CamelContext context, String routeId) {
        try (ProducerTemplate bus = context.createProducerTemplate()) {
            bus.sendBody("controlbus:route?routeId=" + routeId + "&action=stop&async=true", null);
        } catch (Exception e) {
            LOG.error("could not stop route {}", routeId, e);
        }
    }
}
