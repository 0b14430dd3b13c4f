package id.jembatan.flow.profiles;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;

/**
 * SIMPEG → Moodle ({@code hr-profiles}). Trigger: a timer every {@code jembatan.flows.hr-profiles.schedule}
 * for the changes, another that starts the full reconcile when it is due ({@code reconcile-every} after the last one
 * started, kept in the state store across restarts), or a command. Source: SIMPEG's
 * ASN and interns, keyset-paged on {@code (updated_at, key)}. Key: the account's idnumber (NIP). A transient
 * failure is retried at the failing step, then the pass stops with its watermark unmoved; a row that cannot
 * become an account, or that Moodle refuses, goes to the dead-letter store and the page goes on; a fatal
 * failure stops the poll routes with a message naming the setting.
 */
public class HrProfilesRoutes extends FlowRoutes {

    /** The route a command or a timer sends a {@link ProfilePass} to. */
    public static final String PASS = "direct:hr-profiles.pass";

    private final ProfileSource source;
    private final ProfileSteps steps;
    private final boolean scheduled;
    private final long changesEveryMs;
    private final long reconcileEveryMs;

    /**
     * @param scheduled whether the timers start with the application ({@code jembatan.flows.hr-profiles.enabled}
     *                  and not a command)
     */
    public HrProfilesRoutes(ProfileSource source, ProfileSteps steps, FlowSupervisor supervisor, boolean scheduled,
                            long changesEveryMs, long reconcileEveryMs) {
        super(ProfileSource.FLOW, supervisor);
        this.source = source;
        this.steps = steps;
        this.scheduled = scheduled;
        this.changesEveryMs = changesEveryMs;
        this.reconcileEveryMs = reconcileEveryMs;
    }

    @Override
    public void configure() {
        poll("hr-profiles.poll", "timer:hr-profiles?period=" + changesEveryMs + "&delay=1000", scheduled,
                new Start(source, "startChanges", "hr-profiles.start-pass", PASS));

        long checkEveryMs = Math.min(changesEveryMs, reconcileEveryMs);
        poll("hr-profiles.reconcile", "timer:hr-profiles-reconcile?period=" + checkEveryMs + "&delay=5000", scheduled,
                new Start(source, "startDueReconcile", "hr-profiles.start-reconcile", PASS));

        pages(PASS, "hr-profiles.pass")
                    .bean(source, "readPage").id("hr-profiles.read-page")
                    .bean(steps, "plan").id("hr-profiles.plan")
                    .bean(steps, "apply").id("hr-profiles.apply")
                    .bean(steps, "commit").id("hr-profiles.commit")
                .end();
    }
}
