package id.jembatan.support.flow;

/**
 * What a pass counted, in the words every flow shares, whatever else it counts.
 *
 * @param read         records read from the source
 * @param delivered    records the target accepted (or already held with the same content)
 * @param skipped      records that needed nothing sent (no change, not relevant, already there)
 * @param deadLettered records put in the dead-letter store
 * @param backlog      records behind the watermark when the pass started, when the pass counted them; -1 when it did
 *                     not (a pass that finished then read all of them: {@code read})
 */
public record PassCounts(long read, long delivered, long skipped, long deadLettered, long backlog) {

    /** Counts of a pass that did not count its backlog. */
    public PassCounts(long read, long delivered, long skipped, long deadLettered) {
        this(read, delivered, skipped, deadLettered, -1);
    }

    /** Whether the pass counted its backlog. */
    public boolean backlogKnown() {
        return backlog >= 0;
    }
}
