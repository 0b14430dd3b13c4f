package id.jembatan.bridge.cli;

import id.jembatan.support.state.DeadLetter;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Replays {@code hr-profiles} letters (a SIMPEG row the flow refused, or an account Moodle refused) with a full
 * reconcile pass: it reads every profile again, so a row fixed in SIMPEG goes out whether or not its
 * {@code updated_at} moved, and a row still wrong records its letter again.
 */
@Component
class HrProfilesReplay implements DeadLetterReplay {

    private final FlowCommands flows;

    HrProfilesReplay(FlowCommands flows) {
        this.flows = flows;
    }

    @Override
    public String flowId() {
        return FlowCommands.HR_PROFILES;
    }

    @Override
    public boolean canReplay(DeadLetter letter) {
        return true;
    }

    @Override
    public int replay(List<DeadLetter> letters, PrintStream out) {
        return flows.runProfiles(true, out);
    }
}
