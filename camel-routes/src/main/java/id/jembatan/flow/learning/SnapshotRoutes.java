package id.jembatan.flow.learning;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;

/**
 * Moodle → LRS ({@code moodle-learning}) for sites that give no database access. Trigger: a timer every
 * {@code jembatan.flows.moodle-learning.snapshot-interval} (15 min), or a command. Source: Moodle's web services,
 * course by course, a page of enrolled learners at a time, with their course completion, activity completion and
 * grades. Key: the fact ({@code <user>:<course>:<kind>}) with its value; a statement id is a UUID v5 of the site,
 * learner, course, fact and value, and a fact is remembered once its statement is delivered, so each change is sent
 * once. A transient failure is retried at the failing step, then the pass stops with nothing of the unit committed
 * and the next poll resumes after the last finished course; a learner without a valid NIP, a learner Moodle will not
 * report on, or a statement the LRS refuses goes to the dead-letter store and the pass goes on; a fatal failure (bad
 * token, missing function) stops the poll route with a message naming the setting.
 */
public class SnapshotRoutes extends FlowRoutes {

    /** The route a command or the poll sends a {@link SnapshotPass} to. */
    public static final String PASS = "direct:moodle-learning.snapshot";

    private final SnapshotSource source;
    private final SnapshotSteps steps;
    private final boolean scheduled;

    /**
     * @param scheduled whether the poll route starts with the application ({@code jembatan.flows.moodle-learning.enabled}
     *                  and not a command)
     */
    public SnapshotRoutes(SnapshotSource source, SnapshotSteps steps, FlowSupervisor supervisor, boolean scheduled) {
        super(SnapshotSource.FLOW, supervisor);
        this.source = source;
        this.steps = steps;
        this.scheduled = scheduled;
    }

    @Override
    public void configure() {
        poll("moodle-learning.snapshot-poll", "timer:moodle-learning-snapshot"
                + "?period={{jembatan.flows.moodle-learning.snapshot-interval:15m}}&delay=5000", scheduled,
                new Start(source, "start", "moodle.list-courses", PASS));

        pages(PASS, "moodle-learning.snapshot")
                    .bean(source, "readCourse").id("moodle.read-course")
                    .bean(steps, "translate").id("moodle-learning.compare")
                    .bean(steps, "deliver").id("lrs.deliver")
                    .bean(steps, "commit").id("state.commit")
                .end();
    }
}
