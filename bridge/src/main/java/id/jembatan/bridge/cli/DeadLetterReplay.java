package id.jembatan.bridge.cli;

import id.jembatan.support.state.DeadLetter;
import java.io.PrintStream;
import java.util.List;

/**
 * How one flow sends its dead letters again after an admin fixed their cause. The flow re-reads the records from
 * their source and processes them as usual: a record that fails again updates its open letter (the flows record
 * failures that way), so {@link DeadLettersCommand} can tell which letters were replayed and which still fail
 * without knowing the flow.
 */
public interface DeadLetterReplay {

    /** The flow whose letters this replays. */
    String flowId();

    /** Whether this letter's record can be read again (e.g. a key this replay understands). */
    boolean canReplay(DeadLetter letter);

    /**
     * Processes the letters' records again.
     *
     * @return the exit status of the pass (see {@link ExitCodes}); not OK means nothing may be marked replayed
     */
    int replay(List<DeadLetter> letters, PrintStream out);
}
