package id.jembatan.support.flow;

/**
 * Told of every pass that ends, whether it succeeded or failed; the bridge's metrics implement it. Every listener in
 * the Camel registry (in the bridge: every Spring bean of this type) is told, on the thread that ran the pass; a
 * listener that throws is logged and ignored.
 */
@FunctionalInterface
public interface PassListener {

    void passEnded(PassReport report);
}
