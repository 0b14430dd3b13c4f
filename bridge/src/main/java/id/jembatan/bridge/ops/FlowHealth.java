package id.jembatan.bridge.ops;

import id.jembatan.support.error.Failures;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.PassReport;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One health per flow that runs in this bridge (every Camel route group): DOWN with its reason when the
 * {@link FlowSupervisor} stopped it for a fatal failure and it has not been started again; UNKNOWN when it is not
 * scheduled ({@code jembatan.flows.<flow>.enabled=false}); else UP. The details say how its latest pass ended.
 */
final class FlowHealth implements CompositeHealthContributor {

    private final CamelContext camel;
    private final FlowSupervisor supervisor;
    private final FlowMetrics metrics;

    FlowHealth(CamelContext camel, FlowSupervisor supervisor, FlowMetrics metrics) {
        this.camel = camel;
        this.supervisor = supervisor;
        this.metrics = metrics;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return flows().contains(name) ? indicator(name) : null;
    }

    @Override
    public Stream<Entry> stream() {
        return flows().stream().map(flow -> new Entry(flow, indicator(flow)));
    }

    private Set<String> flows() {
        return camel.getRoutes().stream().map(Route::getGroup).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private HealthIndicator indicator(String flow) {
        return () -> health(flow);
    }

    Health health(String flow) {
        List<Route> polls = camel.getRoutes().stream().filter(route -> flow.equals(route.getGroup()))
                .filter(route -> route.getEndpoint().getEndpointUri().startsWith("timer:")).toList();
        boolean scheduled = polls.stream()
                .anyMatch(route -> camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted());
        Health.Builder health = status(flow, !polls.isEmpty(), scheduled);
        metrics.last(flow).ifPresent(last -> health.withDetail("lastPass", describe(last)));
        metrics.lastSuccess(flow).ifPresent(at -> health.withDetail("lastSuccess", at.toString()));
        return health.build();
    }

    private Health.Builder status(String flow, boolean polled, boolean scheduled) {
        var stopped = supervisor.stopped(flow).filter(stop -> !scheduled);
        if (stopped.isPresent()) {
            return Health.down().withDetail("reason", stopped.get().reason())
                    .withDetail("stoppedRoute", stopped.get().routeId())
                    .withDetail("stoppedAt", stopped.get().at().toString());
        }
        if (polled && !scheduled) {
            return Health.unknown().withDetail("schedule", "off (jembatan.flows." + flow + ".enabled)");
        }
        return Health.up();
    }

    private static String describe(PassReport last) {
        String how = last.succeeded() ? "ok" : (Failures.isTransient(last.failure()) ? "paused: " : "failed: ")
                + Failures.message(last.failure());
        return last.started() + " " + how + (last.counts() == null ? "" : "; " + last.counts().summary());
    }
}
