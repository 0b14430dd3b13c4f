package id.jembatan.flow.learning;

import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import org.apache.camel.builder.RouteBuilder;

/**
 * Moodle → LRS ({@code moodle-learning}). Trigger: a timer every
 * {@code jembatan.flows.moodle-learning.poll-interval} (2 s), or a command. Source: Moodle's standard log,
 * keyset-paged on {@code id}. Key: the statement id, a UUID v5 of the site and the log row id. A transient
 * failure is retried at the failing step, then the pass stops with its watermark unmoved and the next poll
 * starts from it; a row that cannot become a statement, or that the LRS refuses, goes to the dead-letter store
 * and the page goes on; a fatal failure (bad token, wrong endpoint) stops the poll route with a message
 * naming the setting.
 */
public class MoodleLearningRoutes extends RouteBuilder {

    /** The route a command or the poll sends a {@link LearningPass} to. */
    public static final String PASS = "direct:moodle-learning.pass";

    private final LogTail logTail;
    private final LearningSteps steps;
    private final FlowSupervisor supervisor;
    private final boolean scheduled;

    /**
     * @param scheduled whether the poll route starts with the application ({@code jembatan.flows.moodle-learning.enabled}
     *                  and not a command)
     */
    public MoodleLearningRoutes(LogTail logTail, LearningSteps steps, FlowSupervisor supervisor, boolean scheduled) {
        this.logTail = logTail;
        this.steps = steps;
        this.supervisor = supervisor;
        this.scheduled = scheduled;
    }

    @Override
    public void configure() {
        from("timer:moodle-learning?period={{jembatan.flows.moodle-learning.poll-interval:2000}}&delay=1000")
                .routeId("moodle-learning.poll")
                .autoStartup(scheduled)
                .doTry()
                    .bean(logTail, "startLive").id("moodle.start-pass")
                    .to(PASS)
                .doCatch(Exception.class)
                    .bean(supervisor, "failed(${exchange}, 'moodle-learning', 'moodle-learning.poll')")
                .end();

        from(PASS).routeId("moodle-learning.pass")
                .routeConfigurationId(FlowErrorHandling.ID)
                .loopDoWhile(simple("${body.more}"))
                    .bean(logTail, "readPage").id("moodle.read-log")
                    .bean(steps, "enrich").id("moodle.enrich")
                    .bean(steps, "translate").id("moodle-learning.translate")
                    .bean(steps, "deliver").id("lrs.deliver")
                    .bean(steps, "commit").id("state.commit")
                .end();
    }
}
