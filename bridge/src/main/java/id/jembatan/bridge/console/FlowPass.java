package id.jembatan.bridge.console;

import java.time.Instant;

/**
 * One pass of a flow as the console shows it.
 *
 * @param id           store-assigned; 0 for a pass kept in memory only
 * @param flow         flow id
 * @param trigger      {@code schedule}, {@code command} or {@code console:<user>}
 * @param startedAt    when it started
 * @param durationMs   how long it took
 * @param read         records it read
 * @param deadLettered records it put in the dead-letter store
 * @param summary      the pass's own summary line (what the {@code run} command prints); null when it failed early
 * @param error        why it failed; null when it did not
 */
public record FlowPass(long id, String flow, String trigger, Instant startedAt, long durationMs, long read,
        long deadLettered, String summary, String error) {

    public boolean failed() {
        return error != null;
    }
}
