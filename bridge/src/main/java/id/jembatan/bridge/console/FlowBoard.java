package id.jembatan.bridge.console;

import id.jembatan.bridge.cli.FlowRun;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.util.TimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each flow as the console shows it and works it: its state from Camel's route controller, its latest pass, next run
 * and open dead letters; run now (the same {@link FlowRun} as {@code java -jar jembatan.jar run}), pause and resume
 * (suspend and resume of its schedule routes: the routes of the flow that are not {@code direct:} ones). A pause is
 * kept in the state store ({@code flow_pause}) and applied again when the bridge starts, as soon as Camel has started
 * its routes and before the schedules' first delay is over, until someone resumes the flow.
 */
@Component
public class FlowBoard implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(FlowBoard.class);

    /** Where a flow stands. */
    public enum State {
        /** Its schedule is on. */
        RUNNING,
        /** Paused from the console: no scheduled pass until resumed. */
        PAUSED,
        /** Its schedule is off: stopped after a fatal failure, or not scheduled in this process. */
        STOPPED,
        /** It has no schedule of its own (it runs after another flow, or by command). */
        ON_DEMAND
    }

    /**
     * One flow now.
     *
     * @param flow            flow id
     * @param state           where it stands
     * @param reason          why it stopped, when it did and the latest pass says; else null
     * @param last            the latest pass
     * @param nextRun         when the schedule should run it next; null when not scheduled or not known
     * @param openDeadLetters open dead letters of the flow
     * @param running         whether a pass started from the console is under way
     * @param lastRunMessage  what the latest console-started run printed, when it made no pass (e.g. not configured)
     */
    public record Status(String flow, State state, String reason, FlowPass last, Instant nextRun,
            long openDeadLetters, boolean running, String lastRunMessage) {
    }

    /** What a "run now" request did. */
    public enum RunStart { STARTED, ALREADY_RUNNING, UNKNOWN }

    private static final Pattern PERIOD = Pattern.compile("[?&]period=([^&]+)");

    private final CamelContext camel;
    private final List<FlowRun> flows;
    private final PassHistory history;
    private final DeadLetterStore deadLetters;
    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, String> runMessages = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "console-run");
        thread.setDaemon(true);
        return thread;
    });

    private final JdbcClient jdbc;
    private final Clock clock;

    FlowBoard(CamelContext camel, List<FlowRun> flows, PassHistory history, DeadLetterStore deadLetters,
            DataSource dataSource, ObjectProvider<Clock> clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.camel = camel;
        this.flows = List.copyOf(flows);
        this.history = history;
        this.deadLetters = deadLetters;
    }

    /** Every flow of this bridge, by id. */
    public List<String> flowIds() {
        Set<String> ids = new TreeSet<>();
        flows.forEach(f -> ids.add(f.flowId()));
        return List.copyOf(ids);
    }

    public boolean knows(String flow) {
        return flowIds().contains(flow);
    }

    public List<Status> all() {
        return flowIds().stream().map(this::status).toList();
    }

    public Status status(String flow) {
        List<Route> schedules = schedules(flow);
        Optional<FlowPass> last = history.latest(flow);
        State state;
        if (schedules.isEmpty()) {
            state = State.ON_DEMAND;
        } else if (paused.contains(flow) || schedules.stream().anyMatch(r -> status(r).isSuspended())) {
            state = State.PAUSED;
        } else if (schedules.stream().allMatch(r -> status(r).isStarted())) {
            state = State.RUNNING;
        } else {
            state = State.STOPPED;
        }
        String reason = state == State.STOPPED ? last.filter(FlowPass::failed).map(FlowPass::error).orElse(null)
                : null;
        Instant next = null;
        if (state == State.RUNNING) {
            long period = schedules.stream().mapToLong(FlowBoard::periodMs).filter(p -> p > 0).min().orElse(0);
            if (period > 0 && last.isPresent()) {
                next = last.get().startedAt().plusMillis(Math.max(period, last.get().durationMs()));
            }
        }
        return new Status(flow, state, reason, last.orElse(null), next,
                deadLetters.count(flow, DeadLetterStatus.OPEN), running.contains(flow), runMessages.get(flow));
    }

    /** Starts one pass of {@code flow} now, on a thread of its own, recorded as started by {@code user}. */
    public RunStart run(String flow, String user) {
        Optional<FlowRun> flowRun = flows.stream().filter(f -> f.flowId().equals(flow)).findFirst();
        if (flowRun.isEmpty()) {
            return RunStart.UNKNOWN;
        }
        if (!running.add(flow)) {
            return RunStart.ALREADY_RUNNING;
        }
        runMessages.remove(flow);
        runner.execute(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int status = -1;
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                status = PassRecorder.as("console:" + user, () -> flowRun.get().runOnce(List.of(), out));
            } catch (RuntimeException e) {
                runMessages.put(flow, e.toString());
            } finally {
                // A pass that went well is in the history; only what went wrong (not configured, a peer down) is
                // worth a warning of its own.
                if (status != 0) {
                    runMessages.putIfAbsent(flow, bytes.toString(StandardCharsets.UTF_8).strip());
                }
                running.remove(flow);
            }
        });
        return RunStart.STARTED;
    }

    /**
     * Suspends the flow's schedule routes and keeps the pause for the next start.
     *
     * @param who the account that paused it
     * @return the routes paused; empty when the flow has no schedule
     */
    public List<String> pause(String flow, String who) throws Exception {
        List<String> done = suspend(flow);
        if (!done.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM flow_pause WHERE flow_id = :flow").param("flow", flow)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO flow_pause (flow_id, paused_by, paused_at) VALUES (:flow, :who, :at)")
                    .param("flow", flow).param("who", who)
                    .param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        }
        return done;
    }

    /**
     * Pauses again, as the bridge starts, every flow that was paused when it stopped. A state store that cannot be
     * reached does not stop the start (`check` must still run and say so): the pauses are then not restored, with a
     * warning, and the flows fail on their own watermarks until the store is back.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void restorePauses() throws Exception {
        List<String> kept;
        try {
            kept = jdbc.sql("SELECT flow_id FROM flow_pause ORDER BY flow_id").query(String.class).list();
        } catch (DataAccessException e) {
            LOG.warn("Jeda alur tidak dapat dipulihkan / paused flows not restored: penyimpanan status tidak dapat"
                    + " dibaca / the state store cannot be read ({}) — periksa / check jembatan.state.jdbc-url",
                    e.getMostSpecificCause().getMessage());
            return;
        }
        for (String flow : kept) {
            if (knows(flow) && !suspend(flow).isEmpty()) {
                LOG.info("Alur {} tetap dijeda sejak sebelum mulai ulang / stays paused from before the restart: "
                        + "Lanjutkan/Resume di konsol / in the console", flow);
            }
        }
    }

    private List<String> suspend(String flow) throws Exception {
        List<String> done = new ArrayList<>();
        for (Route route : schedules(flow)) {
            if (status(route).isStarted()) {
                camel.getRouteController().suspendRoute(route.getRouteId());
            }
            done.add(route.getRouteId());
        }
        if (!done.isEmpty()) {
            paused.add(flow);
        }
        return done;
    }

    /**
     * Resumes the flow's schedule routes, or starts them when they were stopped.
     *
     * @return the routes resumed or started
     */
    public List<String> resume(String flow) throws Exception {
        List<String> done = new ArrayList<>();
        for (Route route : schedules(flow)) {
            ServiceStatus status = status(route);
            if (status.isSuspended()) {
                camel.getRouteController().resumeRoute(route.getRouteId());
            } else if (!status.isStarted()) {
                camel.getRouteController().startRoute(route.getRouteId());
            }
            done.add(route.getRouteId());
        }
        paused.remove(flow);
        jdbc.sql("DELETE FROM flow_pause WHERE flow_id = :flow").param("flow", flow).update();
        return done;
    }

    private List<Route> schedules(String flow) {
        return camel.getRoutes().stream()
                .filter(r -> r.getRouteId().startsWith(flow + "."))
                .filter(r -> !r.getEndpoint().getEndpointUri().startsWith("direct:"))
                .toList();
    }

    private ServiceStatus status(Route route) {
        ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
        return status == null ? ServiceStatus.Stopped : status;
    }

    private static long periodMs(Route route) {
        Matcher period = PERIOD.matcher(route.getEndpoint().getEndpointUri());
        if (!period.find()) {
            return 0;
        }
        try {
            return TimeUtils.toMilliSeconds(period.group(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
