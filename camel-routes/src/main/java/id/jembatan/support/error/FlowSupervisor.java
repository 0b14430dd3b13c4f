package id.jembatan.support.error;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scheduled flow does when a pass fails: a transient failure pauses it until the next poll (its
 * watermark unmoved); a fatal one stops its poll route with one message naming the setting to fix.
 */
public class FlowSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(FlowSupervisor.class);

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
        CamelContext context = exchange.getContext();
        Thread stopper = new Thread(() -> {
            try {
                context.getRouteController().stopRoute(pollRouteId);
            } catch (Exception e) {
                LOG.error("could not stop route {}", pollRouteId, e);
            }
        }, flowId + "-stop");
        stopper.start();
    }
}
