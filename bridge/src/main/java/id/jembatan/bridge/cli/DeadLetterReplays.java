package id.jembatan.bridge.cli;

import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends open dead letters again through their flows' {@link DeadLetterReplay}s and marks replayed those whose record
 * did not fail again: what {@code dead-letters replay} and the console's replay button both run.
 */
@Component
public class DeadLetterReplays {

    /**
     * What a replay did.
     *
     * @param status        the exit status (see {@link ExitCodes}): OK when every letter was replayed
     * @param replayed      letters marked replayed
     * @param stillFailing  letters whose record failed again (they stay open, one attempt more)
     * @param notReplayable letters no flow of this bridge can replay (fix at the source, then discard)
     * @param notOpen       letters that were not open (already replayed or discarded)
     */
    public record Outcome(int status, int replayed, int stillFailing, int notReplayable, int notOpen) {
    }

    private final DeadLetterStore store;
    private final List<DeadLetterReplay> replays;

    DeadLetterReplays(DeadLetterStore store, List<DeadLetterReplay> replays) {
        this.store = store;
        this.replays = replays;
    }

    /** Replays {@code letters}, flow by flow, printing what happened to {@code out}. */
    public Outcome replay(List<DeadLetter> letters, PrintStream out) {
        Map<String, List<DeadLetter>> byFlow = new LinkedHashMap<>();
        int notOpen = 0;
        for (DeadLetter letter : letters) {
            if (letter.status() != DeadLetterStatus.OPEN) {
                out.println("Surat mati " + letter.id() + " tidak terbuka / dead letter " + letter.id()
                        + " is not open: " + letter.status());
                notOpen++;
                continue;
            }
            byFlow.computeIfAbsent(letter.flow(), f -> new ArrayList<>()).add(letter);
        }
        int status = notOpen > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        int replayed = 0;
        int stillFailing = 0;
        int notReplayable = 0;
        for (Map.Entry<String, List<DeadLetter>> flow : byFlow.entrySet()) {
            Optional<DeadLetterReplay> replay = replays.stream().filter(r -> r.flowId().equals(flow.getKey()))
                    .findFirst();
            List<DeadLetter> replayable = replay.map(r -> flow.getValue().stream().filter(r::canReplay).toList())
                    .orElse(List.of());
            if (replayable.size() < flow.getValue().size()) {
                int cannot = flow.getValue().size() - replayable.size();
                notReplayable += cannot;
                out.println(cannot + " surat mati " + flow.getKey()
                        + " tidak dapat dikirim ulang oleh jembatan; perbaiki di sumbernya lalu buang / " + flow.getKey()
                        + " dead letters the bridge cannot replay; fix them at the source, then discard them");
                status = ExitCodes.FAILED;
            }
            if (replayable.isEmpty()) {
                continue;
            }
            int passStatus = replay.get().replay(replayable, out);
            if (passStatus != ExitCodes.OK) {
                out.println("Pengiriman ulang gagal; surat mati tetap terbuka / replay failed; the dead letters stay open");
                return new Outcome(passStatus, replayed, stillFailing + replayable.size(), notReplayable, notOpen);
            }
            int flowReplayed = 0;
            int flowFailing = 0;
            for (DeadLetter before : replayable) {
                DeadLetter after = store.find(before.id()).orElse(before);
                if (after.status() == DeadLetterStatus.OPEN && after.attempts() > before.attempts()) {
                    flowFailing++;
                    out.println("  masih gagal / still failing " + after.id() + " " + after.recordKey() + ": "
                            + after.reason().replaceAll("\\s+", " "));
                } else if (store.markReplayed(before.id())) {
                    flowReplayed++;
                }
            }
            out.println(flow.getKey() + ": dikirim ulang / replayed " + flowReplayed + ", masih gagal / still failing "
                    + flowFailing);
            replayed += flowReplayed;
            stillFailing += flowFailing;
            if (flowFailing > 0) {
                status = ExitCodes.FAILED;
            }
        }
        return new Outcome(status, replayed, stillFailing, notReplayable, notOpen);
    }
}
