package id.jembatan.bridge.cli;

import id.jembatan.flow.credits.CreditPass;
import id.jembatan.flow.credits.CreditSource;
import id.jembatan.flow.credits.LrsCreditsRoutes;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code run lrs-credits}: one pass over the LRS's completed, passed and voided statements since the last one;
 * prints read / credited / JP unknown / voided / dead-lettered / SIMPEG written / SIASN pushed.
 */
@Component
class LrsCreditsRun implements FlowRun {

    static final String FLOW = "lrs-credits";
    static final String NOT_CONFIGURED = "lrs-credits belum dikonfigurasi / is not configured: it needs"
            + " jembatan.simpeg.jdbc-url (statements are read from jembatan.lrs.endpoint, or the embedded statement store)";

    private final ObjectProvider<CreditSource> source;
    private final FlowCommands flows;

    LrsCreditsRun(ObjectProvider<CreditSource> source, FlowCommands flows) {
        this.source = source;
        this.flows = flows;
    }

    @Override
    public String flowId() {
        return FLOW;
    }

    @Override
    public int runOnce(List<String> options, PrintStream out) {
        return pass("run lrs-credits", CreditSource::start, LrsCreditsRoutes.PASS, out);
    }

    /**
     * Sends the pass {@code start} makes to {@code route} and prints its summary; says what is missing when the flow
     * is not configured. Also the way {@link LrsCreditsReplay} runs its pass.
     */
    int pass(String what, Function<CreditSource, CreditPass> start, String route, PrintStream out) {
        CreditSource credits = source.getIfAvailable();
        if (credits == null) {
            out.println(NOT_CONFIGURED);
            return ExitCodes.USAGE;
        }
        return flows.pass(what, () -> start.apply(credits), route, CreditPass.class, CreditPass::summary, out);
    }
}
