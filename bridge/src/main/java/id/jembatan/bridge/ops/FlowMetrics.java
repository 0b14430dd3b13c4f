package id.jembatan.bridge.ops;

import id.jembatan.support.error.Failures;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.flow.PassListener;
import id.jembatan.support.flow.PassReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flows' metrics, from every pass that ends ({@link PassListener}):
 * <ul>
 *   <li>{@code jembatan_flow_passes_total{flow,outcome}}: passes, {@code outcome} = {@code success}, {@code paused}
 *       (a transient failure: the next poll resumes) or {@code failed};</li>
 *   <li>{@code jembatan_flow_records_total{flow,kind}}: records, {@code kind} = {@code read}, {@code delivered},
 *       {@code skipped}, {@code dead_lettered};</li>
 *   <li>{@code jembatan_flow_pass_seconds{flow,outcome}}: how long passes took;</li>
 *   <li>{@code jembatan_flow_lag_records{flow}}: records behind the watermark when the latest pass started;</li>
 *   <li>{@code jembatan_flow_lag_seconds{flow}}: how long ago the watermark last caught up with the source (the start
 *       of the latest successful pass, whose bound the watermark then reached);</li>
 *   <li>{@code jembatan_flow_last_success_timestamp_seconds{flow}}: when the latest successful pass ended.</li>
 * </ul>
 * A flow's meters appear with its first pass. It also keeps, per flow, how its latest pass ended, for the flow's
 * health.
 */
public final class FlowMetrics implements PassListener {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, FlowState> flows = new ConcurrentHashMap<>();

    public FlowMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** How a flow's latest passes went. */
    static final class FlowState {
        volatile long lagRecords;
        volatile Instant caughtUpAt;
        volatile Instant lastSuccessAt;
        volatile PassReport last;
    }

    @Override
    public void passEnded(PassReport report) {
        String flow = report.flow();
        FlowState state = flows.computeIfAbsent(flow, this::register);
        String outcome = report.succeeded() ? "success"
                : Failures.isTransient(report.failure()) ? "paused" : "failed";
        Counter.builder("jembatan.flow.passes").description("Passes of a flow, by how they ended")
                .tag("flow", flow).tag("outcome", outcome).register(registry).increment();
        Timer.builder("jembatan.flow.pass").description("How long a flow's passes took")
                .tag("flow", flow).tag("outcome", outcome).register(registry).record(report.took());
        PassCounts counts = report.counts() == null ? null : report.counts().counts();
        if (counts != null) {
            records(flow, "read", counts.read());
            records(flow, "delivered", counts.delivered());
            records(flow, "skipped", counts.skipped());
            records(flow, "dead_lettered", counts.deadLettered());
            if (counts.backlogKnown()) {
                state.lagRecords = counts.backlog();
            } else if (report.succeeded()) {
                state.lagRecords = counts.read();
            }
        }
        if (report.succeeded()) {
            state.caughtUpAt = report.started();
            state.lastSuccessAt = report.started().plus(report.took());
        }
        state.last = report;
    }

    /** How the flow's latest pass ended, if one ran since the start. */
    Optional<PassReport> last(String flow) {
        return Optional.ofNullable(flows.get(flow)).map(state -> state.last);
    }

    /** When the flow's latest successful pass ended, if one did. */
    Optional<Instant> lastSuccess(String flow) {
        return Optional.ofNullable(flows.get(flow)).map(state -> state.lastSuccessAt);
    }

    private void records(String flow, String kind, long count) {
        Counter counter = Counter.builder("jembatan.flow.records").description("Records a flow's passes handled")
                .tag("flow", flow).tag("kind", kind).register(registry);
        if (count > 0) {
            counter.increment(count);
        }
    }

    private FlowState register(String flow) {
        FlowState state = new FlowState();
        Gauge.builder("jembatan.flow.lag.records", state, s -> s.lagRecords)
                .description("Records behind the watermark when the flow's latest pass started")
                .tag("flow", flow).register(registry);
        Gauge.builder("jembatan.flow.lag", state, s -> s.caughtUpAt == null ? Double.NaN
                        : Math.max(0, clock.millis() - s.caughtUpAt.toEpochMilli()) / 1000.0)
                .description("How long ago the flow's watermark last caught up with its source")
                .baseUnit("seconds").tag("flow", flow).register(registry);
        Gauge.builder("jembatan.flow.last.success.timestamp", state, s -> s.lastSuccessAt == null ? Double.NaN
                        : s.lastSuccessAt.toEpochMilli() / 1000.0)
                .description("When the flow's latest successful pass ended (Unix time)")
                .baseUnit("seconds").tag("flow", flow).register(registry);
        return state;
    }
}
