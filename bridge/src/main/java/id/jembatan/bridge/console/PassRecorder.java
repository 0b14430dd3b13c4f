package id.jembatan.bridge.console;

import id.jembatan.support.error.Failures;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records every pass of every flow in the {@link PassHistory}, from one place: each flow's pass is an exchange sent to
 * its {@code direct:<flow>.pass} route (also {@code .snapshot}, {@code .replay}), by its schedule or by a command, so
 * Camel's "exchange sent" event carries the pass object with its counts (the {@code read()}, {@code deadLettered()}
 * and {@code summary()} every flow's pass has), how long it took and the failure if it failed. The flows themselves
 * know nothing of it.
 */
@Component
class PassRecorder extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PassRecorder.class);
    private static final Pattern PASS_ENDPOINT = Pattern.compile("direct:(?://)?([a-z0-9-]+)\\.(pass|snapshot|replay)");
    private static final ThreadLocal<String> TRIGGER = new ThreadLocal<>();

    private final PassHistory history;
    private final Clock clock;

    PassRecorder(PassHistory history, ObjectProvider<Clock> clock) {
        this.history = history;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreStepEvents(true);
    }

    /** Runs {@code work} with the passes it makes on this thread recorded as started by {@code trigger}. */
    static <T> T as(String trigger, Supplier<T> work) {
        String before = TRIGGER.get();
        TRIGGER.set(trigger);
        try {
            return work.get();
        } finally {
            TRIGGER.set(before);
        }
    }

    /**
     * The "sending" event of a pass endpoint too: Camel times a send, and later says it was sent, only when some
     * notifier took the "sending" event.
     */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSentEvent
                || event instanceof CamelEvent.ExchangeSendingEvent sending
                && PASS_ENDPOINT.matcher(sending.getEndpoint().getEndpointUri()).matches();
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof CamelEvent.ExchangeSentEvent sent)) {
            return;
        }
        Matcher endpoint = PASS_ENDPOINT.matcher(sent.getEndpoint().getEndpointUri());
        if (!endpoint.matches()) {
            return;
        }
        try {
            history.add(pass(endpoint.group(1), sent.getExchange(), sent.getTimeTaken()));
        } catch (RuntimeException e) {
            LOG.warn("Putaran {} tidak tercatat / pass of {} not recorded: {}", endpoint.group(1), endpoint.group(1),
                    e.toString());
        }
    }

    private FlowPass pass(String flow, Exchange exchange, long millis) {
        Object body = exchange.getMessage().getBody();
        Throwable failure = exchange.getException();
        String trigger = TRIGGER.get() != null ? TRIGGER.get()
                : exchange.getFromRouteId() != null ? "schedule" : "command";
        Instant started = clock.instant().minusMillis(millis);
        return new FlowPass(0, flow, trigger, started, millis, count(body, "read"), count(body, "deadLettered"),
                failure == null ? text(body, "summary").orElse(null) : null,
                failure == null ? null : Failures.message(failure));
    }

    private static long count(Object pass, String name) {
        return call(pass, name).map(v -> v instanceof Number n ? n.longValue() : 0L).orElse(0L);
    }

    private static Optional<String> text(Object pass, String name) {
        return call(pass, name).map(Object::toString);
    }

    private static Optional<Object> call(Object pass, String name) {
        if (pass == null || !pass.getClass().getName().startsWith("id.jembatan.flow.")) {
            return Optional.empty();
        }
        try {
            Method method = pass.getClass().getMethod(name);
            return Optional.ofNullable(method.invoke(pass));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
