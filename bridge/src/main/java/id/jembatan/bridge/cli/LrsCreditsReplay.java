package id.jembatan.bridge.cli;

import id.jembatan.flow.credits.LrsCreditsRoutes;
import id.jembatan.support.state.DeadLetter;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Replays {@code lrs-credits} letters of statements whose NIP SIMPEG did not know: once HR has added the ASN, each
 * statement is read again from the LRS by its id and credited as a pass would (one voided since is left out and
 * counted); a NIP still unknown records its letter again. Other letters of the flow (an invalid statement, a
 * certificate-number clash, a credit SIASN refused or one voided after it was pushed) are fixed at their source, not
 * by reading the same statement again.
 */
@Component
class LrsCreditsReplay implements DeadLetterReplay {

    static final String UNKNOWN_NIP = "lrs-credits.unknown-nip";

    private final LrsCreditsRun credits;

    LrsCreditsReplay(LrsCreditsRun credits) {
        this.credits = credits;
    }

    @Override
    public String flowId() {
        return LrsCreditsRun.FLOW;
    }

    @Override
    public boolean canReplay(DeadLetter letter) {
        return UNKNOWN_NIP.equals(letter.errorClass()) && statementId(letter) != null;
    }

    @Override
    public int replay(List<DeadLetter> letters, PrintStream out) {
        List<UUID> ids = letters.stream().map(LrsCreditsReplay::statementId).toList();
        return credits.pass("dead-letters replay lrs-credits", source -> source.replay(ids), LrsCreditsRoutes.REPLAY,
                out);
    }

    private static UUID statementId(DeadLetter letter) {
        try {
            return UUID.fromString(letter.recordKey());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
