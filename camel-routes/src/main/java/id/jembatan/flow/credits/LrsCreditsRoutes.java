package id.jembatan.flow.credits;

import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.flow.FlowRoutes;

/**
 * LRS → SIMPEG ({@code lrs-credits}). Trigger: a timer every {@code jembatan.flows.lrs-credits.schedule}, or a
 * command. Source: the LRS's {@code completed}, {@code passed} and {@code voided} statements since each verb's
 * watermark, oldest first. Key: the statement id (ledger and riwayat diklat). A transient failure is retried at the
 * failing step, then the pass stops with its watermark unmoved; a statement that cannot become a credit (invalid or
 * unknown NIP) goes to the dead-letter store and the page goes on; a fatal failure stops the poll route with a
 * message naming the setting. {@link #REPLAY} runs the same steps over the statements of dead letters an admin
 * replays, read again from the LRS by id, without moving a watermark.
 */
public class LrsCreditsRoutes extends FlowRoutes {

    /** The route a command or a timer sends a {@link CreditPass} to. */
    public static final String PASS = "direct:lrs-credits.pass";
    /** The route {@code dead-letters replay} sends a {@link CreditSource#replay} pass to. */
    public static final String REPLAY = "direct:lrs-credits.replay";

    private final CreditSource source;
    private final CreditSteps steps;
    private final boolean scheduled;
    private final long everyMs;

    /**
     * @param scheduled whether the timer starts with the application ({@code jembatan.flows.lrs-credits.enabled}
     *                  and not a command)
     */
    public LrsCreditsRoutes(CreditSource source, CreditSteps steps, FlowSupervisor supervisor, boolean scheduled,
                            long everyMs) {
        super(CreditSource.FLOW, supervisor);
        this.source = source;
        this.steps = steps;
        this.scheduled = scheduled;
        this.everyMs = everyMs;
    }

    @Override
    public void configure() {
        poll("lrs-credits.poll", "timer:lrs-credits?period=" + everyMs + "&delay=1000", scheduled,
                new Start(source, "start", "lrs-credits.start-pass", PASS));

        pages(PASS, "lrs-credits.pass")
                    .bean(source, "readPage").id("lrs-credits.read-page")
                    .bean(steps, "plan").id("lrs-credits.plan")
                    .bean(steps, "write").id("lrs-credits.write")
                    .bean(steps, "commit").id("lrs-credits.commit")
                .end()
                .bean(steps, "pushSiasn").id("lrs-credits.siasn-push")
                .bean(steps, "refreshSummary").id("lrs-credits.refresh-summary");

        passRoute(REPLAY, "lrs-credits.replay")
                .bean(source, "readReplay").id("lrs-credits.replay-read")
                .bean(steps, "plan").id("lrs-credits.replay-plan")
                .bean(steps, "write").id("lrs-credits.replay-write")
                .bean(steps, "commit").id("lrs-credits.replay-commit")
                .bean(steps, "pushSiasn").id("lrs-credits.replay-siasn-push")
                .bean(steps, "refreshSummary").id("lrs-credits.replay-refresh-summary");
    }
}
