package id.jembatan.benchmark;

import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wall time spent in the state store, by interface method, measured from outside the main code: the store beans
 * are wrapped in timing proxies as the application starts. Splits {@code translate} (which looks up completion
 * marks) and {@code commit} (marks, dead letters, watermark) into their database and their Java parts.
 */
final class StateTimings implements BeanPostProcessor {

    private static final List<Class<?>> STORES = List.of(IdempotencyStore.class, WatermarkStore.class,
            DeadLetterStore.class);

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        for (Class<?> store : STORES) {
            if (store.isInstance(bean)) {
                return Proxy.newProxyInstance(store.getClassLoader(), new Class<?>[] {store}, timed(store, bean));
            }
        }
        return bean;
    }

    private InvocationHandler timed(Class<?> store, Object target) {
        return (proxy, method, args) -> {
            String name = store.getSimpleName() + "." + method.getName();
            long start = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                nanos.computeIfAbsent(name, key -> new LongAdder()).add(System.nanoTime() - start);
                calls.computeIfAbsent(name, key -> new LongAdder()).increment();
            }
        };
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
        calls.values().forEach(LongAdder::reset);
    }

    /** "IdempotencyStore.lookupAll 3.1 s (600 calls), ..." since the last reset. */
    String summary() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(nanos).forEach((name, total) -> {
            if (total.sum() > 0) {
                text.append(String.format("%s %.1f s (%,d calls), ", name, total.sum() / 1e9, calls.get(name).sum()));
            }
        });
        return text.isEmpty() ? "none" : text.substring(0, text.length() - 2);
    }

    double seconds(String name) {
        LongAdder total = nanos.get(name);
        return total == null ? 0 : total.sum() / 1e9;
    }
}
