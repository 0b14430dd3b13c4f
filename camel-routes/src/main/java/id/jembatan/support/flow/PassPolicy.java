package id.jembatan.support.flow;

import id.jembatan.support.error.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What happens around every pass of every flow, whoever started it (the poll or a command): the pass gets a short id,
 * {@code flow} and {@code pass} go into the MDC for every line logged while it runs, and when it ends one line says
 * what it counted and how long it took (INFO, or WARN when it failed), and every {@link PassListener} is told.
 */
public final class PassPolicy extends RoutePolicySupport {

    /** MDC key: the flow id. */
    public static final String MDC_FLOW = "flow";
    /** MDC key: the pass id. */
    public static final String MDC_PASS = "pass";
    /** MDC key: the record a line is about (a dead letter's key). */
    public static final String MDC_RECORD = "record";

    private static final Logger LOG = LoggerFactory.getLogger(PassPolicy.class);
    private static final String STARTED = "jembatan.pass.started.";
    private static final String ID = "jembatan.pass.id.";
    private static final String OUTER_FLOW = "jembatan.pass.outer-flow.";
    private static final String OUTER_PASS = "jembatan.pass.outer-pass.";

    private final String flow;
    private final Clock clock;

    public PassPolicy(String flow) {
        this(flow, Clock.systemUTC());
    }

    PassPolicy(String flow, Clock clock) {
        this.flow = flow;
        this.clock = clock;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        String key = route.getRouteId();
        String passId = newPassId();
        exchange.setProperty(STARTED + key, clock.instant());
        exchange.setProperty(ID + key, passId);
        exchange.setProperty(OUTER_FLOW + key, MDC.get(MDC_FLOW));
        exchange.setProperty(OUTER_PASS + key, MDC.get(MDC_PASS));
        MDC.put(MDC_FLOW, flow);
        MDC.put(MDC_PASS, passId);
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        String key = route.getRouteId();
        Instant started = exchange.getProperty(STARTED + key, Instant.class);
        if (started == null) {
            return;
        }
        try {
            Duration took = Duration.between(started, clock.instant());
            Object body = exchange.getMessage().getBody();
            FlowPass counts = body instanceof FlowPass pass ? pass : null;
            Throwable failure = exchange.getException();
            PassReport report = new PassReport(flow, exchange.getProperty(ID + key, String.class), key, started, took,
                    counts, failure);
            report(report, exchange.getContext().getRegistry().findByType(PassListener.class));
        } finally {
            restore(MDC_FLOW, exchange.getProperty(OUTER_FLOW + key, String.class));
            restore(MDC_PASS, exchange.getProperty(OUTER_PASS + key, String.class));
            exchange.removeProperty(STARTED + key);
            exchange.removeProperty(ID + key);
            exchange.removeProperty(OUTER_FLOW + key);
            exchange.removeProperty(OUTER_PASS + key);
        }
    }

    /**
     * Ends a pass that did not run through a pass route (the Moodle plugin's push): its one log line, and every
     * listener told, as for a routed pass.
     */
    public static void report(PassReport report, Iterable<PassListener> listeners) {
        log(report);
        for (PassListener listener : listeners) {
            try {
                listener.passEnded(report);
            } catch (RuntimeException e) {
                LOG.warn("pass listener {} failed", listener, e);
            }
        }
    }

    /** A new pass id, as the policy gives every pass. */
    public static String newPassId() {
        return String.format("%08x", ThreadLocalRandom.current().nextInt());
    }

    private static void log(PassReport report) {
        String seconds = String.format(Locale.ROOT, "%.3f s", report.took().toNanos() / 1e9);
        String counts = report.counts() == null ? "-" : report.counts().summary();
        if (report.succeeded()) {
            LOG.info("{} lintasan/pass {} selesai/done dalam/in {}: {}", report.flow(), report.passId(), seconds,
                    counts);
        } else {
            LOG.warn("{} lintasan/pass {} gagal/failed setelah/after {}: {}; {}", report.flow(), report.passId(),
                    seconds, counts, Failures.message(report.failure()));
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
