package id.jembatan.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Wall time spent in each step of the {@code moodle-learning.pass} route, by node id, measured from outside the
 * main code: registered as a bean, Camel wraps every processor of the routes with it at start-up.
 */
public final class StepTimings implements InterceptStrategy {

    /** The node ids of the pass, in route order. */
    static final List<String> STEPS = List.of("moodle.read-log", "moodle.enrich", "moodle-learning.translate",
            "lrs.deliver", "state.commit");

    private final List<String> steps;

    /** The moodle-learning pass's steps. */
    StepTimings() {
        this(STEPS);
    }

    /** These node ids of a flow's pass route, in route order. */
    public StepTimings(List<String> steps) {
        this.steps = List.copyOf(steps);
    }

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        String id = definition.getId();
        if (id == null || !steps.contains(id)) {
            return target;
        }
        LongAdder total = nanos.computeIfAbsent(id, key -> new LongAdder());
        LongAdder count = calls.computeIfAbsent(id, key -> new LongAdder());
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                long start = System.nanoTime();
                return processor.process(exchange, doneSync -> {
                    total.add(System.nanoTime() - start);
                    count.increment();
                    callback.done(doneSync);
                });
            }
        };
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        calls.values().forEach(LongAdder::reset);
    }

    /** Seconds per step since the last reset, in route order; empty if Camel did not apply the strategy. */
    public Map<String, Double> seconds() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String step : steps) {
            LongAdder total = nanos.get(step);
            if (total != null) {
                result.put(step, total.sum() / 1e9);
            }
        }
        return result;
    }

    public long calls(String step) {
        LongAdder count = calls.get(step);
        return count == null ? 0 : count.sum();
    }
}
