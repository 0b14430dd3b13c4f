package id.jembatan.benchmark.credits;

import id.jembatan.flow.credits.CreditLedger;
import id.jembatan.flow.credits.SummaryRefresh;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wall time per step of the {@code lrs-credits.pass} route (by node id) and per call of the credit ledger and the
 * summary refresh, measured from outside the main code: registered as a bean, Camel wraps the route's processors
 * with it and Spring hands it the {@link CreditLedger} and {@link SummaryRefresh} beans to wrap in timing proxies.
 * SIMPEG's share of {@code write} is what remains after the ledger calls made inside it.
 */
final class StepTimings implements InterceptStrategy, BeanPostProcessor {

    /** The node ids of the pass, in route order. */
    static final List<String> STEPS = List.of("lrs-credits.read-page", "lrs-credits.plan", "lrs-credits.write",
            "lrs-credits.commit", "lrs-credits.siasn-push", "lrs-credits.refresh-summary");

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private volatile String summaryClass = "none in the application";

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        String id = definition.getId();
        if (id == null || !STEPS.contains(id)) {
            return target;
        }
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                long start = System.nanoTime();
                return processor.process(exchange, doneSync -> {
                    add(id, System.nanoTime() - start);
                    callback.done(doneSync);
                });
            }
        };
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CreditLedger ledger) {
            return timed(CreditLedger.class, ledger, "ledger.");
        }
        if (bean instanceof SummaryRefresh refresh) {
            summaryClass = refresh.getClass().getName();
            return timed(SummaryRefresh.class, refresh, "summary.");
        }
        return bean;
    }

    private <T> T timed(Class<T> type, T target, String prefix) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            long start = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                add(prefix + method.getName(), System.nanoTime() - start);
            }
        }));
    }

    private void add(String key, long elapsed) {
        nanos.computeIfAbsent(key, k -> new LongAdder()).add(elapsed);
        calls.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** The class of the application's {@link SummaryRefresh} (wrapped here), or a note that there is none. */
    String summaryClass() {
        return summaryClass;
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
        calls.values().forEach(LongAdder::reset);
    }

    /** "name seconds (calls)" per step since the last reset: route steps in order, then ledger and summary calls. */
    String report() {
        Map<String, LongAdder> ordered = new LinkedHashMap<>();
        STEPS.forEach(step -> ordered.put(step, nanos.get(step)));
        new TreeMap<>(nanos).forEach((key, value) -> {
            if (!STEPS.contains(key)) {
                ordered.put(key, value);
            }
        });
        StringBuilder out = new StringBuilder();
        ordered.forEach((key, total) -> {
            if (total != null && calls.get(key).sum() > 0) {
                out.append(String.format("%n         %-28s %8.2f s %7d calls", key, total.sum() / 1e9,
                        calls.get(key).sum()));
            }
        });
        return out.toString();
    }
}
