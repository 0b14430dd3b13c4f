package id.jembatan.support.state;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link WatermarkStore} in a map, for route tests. */
public final class InMemoryWatermarkStore implements WatermarkStore {

    private final Map<String, Watermark> positions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryWatermarkStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryWatermarkStore() {
        this(Clock.systemUTC());
    }

    @Override
    public Optional<String> get(String flow, String key) {
        return Optional.ofNullable(positions.get(flow + '\u0000' + key)).map(Watermark::value);
    }

    @Override
    public void advance(String flow, String key, String value) {
        positions.put(flow + '\u0000' + key, new Watermark(flow, key, value, clock.instant()));
    }

    @Override
    public List<Watermark> list(String flow) {
        return positions.values().stream()
                .filter(watermark -> watermark.flow().equals(flow))
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .toList();
    }
}
