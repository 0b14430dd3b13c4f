package id.jembatan.bridge.ops;

import id.jembatan.support.flow.PassPolicy;
import id.jembatan.support.state.DeadLetterStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The dead-letter store, saying each dead letter at WARN with its reason (the record key also in the MDC as
 * {@code record}), whichever flow or step writes it. A proxy rather than a class implementing the interface, so that
 * methods added to {@link DeadLetterStore} pass through unchanged.
 */
final class LoggedDeadLetters implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedDeadLetters.class);

    private final DeadLetterStore store;

    private LoggedDeadLetters(DeadLetterStore store) {
        this.store = store;
    }

    /** {@code store}, each {@code record} also logged. */
    static DeadLetterStore around(DeadLetterStore store) {
        return (DeadLetterStore) Proxy.newProxyInstance(DeadLetterStore.class.getClassLoader(),
                new Class<?>[] {DeadLetterStore.class}, new LoggedDeadLetters(store));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("record") && args != null && args.length == 5) {
            logged((String) args[0], (String) args[1], (String) args[3], result);
        }
        return result;
    }

    private static void logged(String flow, String recordKey, String reason, Object id) {
        String previous = MDC.get(PassPolicy.MDC_RECORD);
        MDC.put(PassPolicy.MDC_RECORD, recordKey);
        try {
            LOG.warn("{} surat mati/dead letter #{} {}: {}", flow, id, recordKey, reason);
        } finally {
            if (previous == null) {
                MDC.remove(PassPolicy.MDC_RECORD);
            } else {
                MDC.put(PassPolicy.MDC_RECORD, previous);
            }
        }
    }
}
