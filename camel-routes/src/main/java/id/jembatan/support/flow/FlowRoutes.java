package id.jembatan.support.flow;

import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import java.util.List;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.LoopDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * The skeleton every flow's routes share, so that a flow's RouteBuilder says only what is its own: its timer, how a
 * pass starts, and the steps of a page.
 *
 * <ul>
 *   <li>A <b>poll route</b> ({@link #poll}): on each tick it starts a pass and sends it to the pass route; a failure
 *       that comes back goes to the {@link FlowSupervisor}, which pauses the flow (transient) or stops its poll routes
 *       (fatal).</li>
 *   <li>A <b>pass route</b> ({@link #passRoute}, {@link #pages}): the flow's error handling ({@link FlowErrorHandling}),
 *       the {@link PassPolicy} (pass id and flow in the MDC, one log line per pass, {@link PassListener}s told), and a
 *       loop over pages while the pass says there are more.</li>
 * </ul>
 * Every route of a flow is in the Camel route group named by the flow id.
 */
public abstract class FlowRoutes extends RouteBuilder {

    private final String flow;
    private final FlowSupervisor supervisor;

    /**
     * @param flow       the flow id, e.g. {@code moodle-learning}
     * @param supervisor what a failed poll is handed to; null for a flow that has no poll route of its own
     */
    protected FlowRoutes(String flow, FlowSupervisor supervisor) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.supervisor = supervisor;
    }

    /** The flow id. */
    protected final String flow() {
        return flow;
    }

    /**
     * How one poll starts a pass: {@code bean.method()} makes the pass (node id {@code nodeId}, so tests can weave it),
     * which is then sent to {@code passRoute}.
     */
    public record Start(Object bean, String method, String nodeId, String passRoute) {

        public Start {
            Objects.requireNonNull(passRoute, "passRoute");
            if (bean != null) {
                Objects.requireNonNull(method, "method");
                Objects.requireNonNull(nodeId, "nodeId");
            }
        }

        /**
         * Hands the poll on to another flow's route at {@code uri}, which starts and supervises a pass of its own (so a
         * failure there is that flow's, not this one's).
         */
        public static Start handOff(String uri) {
            return new Start(null, null, null, uri);
        }
    }

    /**
     * A poll route: on each exchange from {@code timerUri}, the {@code starts} in order, each a pass of its own; the
     * first failure ends the poll and goes to the supervisor.
     *
     * @param scheduled whether the route starts with the application
     */
    protected RouteDefinition poll(String routeId, String timerUri, boolean scheduled, Start... starts) {
        return poll(routeId, timerUri, scheduled, List.of(starts));
    }

    /** {@link #poll(String, String, boolean, Start...)} with the starts as a list. */
    protected RouteDefinition poll(String routeId, String timerUri, boolean scheduled, List<Start> starts) {
        if (supervisor == null) {
            throw new IllegalStateException(flow + ": a poll route needs a FlowSupervisor");
        }
        RouteDefinition route = from(timerUri).routeId(routeId).group(flow).autoStartup(scheduled);
        TryDefinition attempt = route.doTry();
        for (Start start : starts) {
            if (start.bean() == null) {
                attempt.to(start.passRoute());
            } else {
                attempt.bean(start.bean(), start.method()).id(start.nodeId()).to(start.passRoute());
            }
        }
        attempt.doCatch(Exception.class)
                .bean(supervisor, "failed(${exchange}, '" + flow + "', '" + routeId + "')")
                .end();
        return route;
    }

    /**
     * A pass route at {@code uri}: the flow's error handling and {@link PassPolicy}; add its steps, or
     * {@link #pages} for a loop over pages.
     */
    protected RouteDefinition passRoute(String uri, String routeId) {
        return from(uri).routeId(routeId).group(flow)
                .routeConfigurationId(FlowErrorHandling.ID)
                .routePolicy(new PassPolicy(flow));
    }

    /** {@link #passRoute} with a loop over its pages while the pass has more ({@code isMore()}); end the loop with {@code .end()}. */
    protected LoopDefinition pages(String uri, String routeId) {
        return passRoute(uri, routeId).loopDoWhile(simple("${body.more}"));
    }
}
