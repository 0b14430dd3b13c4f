package id.jembatan.support.flow;

/**
 * A pass of any flow, as the pass route's {@link PassPolicy} reads it when the pass ends: its summary for the log
 * line, and its counts in the four words every flow shares, for the metrics.
 */
public interface FlowPass {

    /** What the pass read and did so far, in the four words every flow shares. */
    PassCounts counts();

    /** One line for the admin: what the pass read and did. */
    String summary();
}
