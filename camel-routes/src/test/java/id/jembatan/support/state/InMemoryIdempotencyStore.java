package id.jembatan.support.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link IdempotencyStore} in a map, for route tests. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> lookup(String processor, String key) {
        return Optional.ofNullable(values.get(processor + '\u0000' + key));
    }

    @Override
    public Map<String, String> lookupAll(String processor, Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        keys.forEach(key -> lookup(processor, key).ifPresent(value -> found.put(key, value)));
        return found;
    }

    @Override
    public boolean markIfAbsent(String processor, String key, String value) {
        return values.putIfAbsent(processor + '\u0000' + key, value) == null;
    }

    @Override
    public void put(String processor, String key, String value) {
        values.put(processor + '\u0000' + key, value);
    }
}
