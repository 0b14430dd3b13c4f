package id.jembatan.support.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How one pass of a flow ended, as its pass route saw it.
 *
 * @param flow    the flow id
 * @param passId  a short id naming the pass in the log ({@code pass} in the MDC)
 * @param routeId the pass route
 * @param started when the pass entered its route
 * @param took    how long it ran
 * @param counts  what it counted; null when the body was not a {@link FlowPass}
 * @param failure why it failed (after its retries); null when it succeeded
 */
public record PassReport(String flow, String passId, String routeId, Instant started, Duration took, FlowPass counts,
                         Throwable failure) {

    public PassReport {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(took, "took");
    }

    public boolean succeeded() {
        return failure == null;
    }
}
