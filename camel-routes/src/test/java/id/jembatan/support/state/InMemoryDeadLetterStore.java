package id.jembatan.support.state;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link DeadLetterStore} in a map, for route tests: one open letter per record, like the real store. */
public final class InMemoryDeadLetterStore implements DeadLetterStore {

    private final Map<Long, DeadLetter> letters = new TreeMap<>();
    private final Clock clock;
    private long lastId;

    public InMemoryDeadLetterStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryDeadLetterStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized long record(String flow, String recordKey, String payload, String reason, String errorClass) {
        Instant now = clock.instant();
        Optional<DeadLetter> open = letters.values().stream()
                .filter(letter -> letter.status() == DeadLetterStatus.OPEN
                        && letter.flow().equals(flow) && letter.recordKey().equals(recordKey))
                .findFirst();
        DeadLetter letter = open
                .map(o -> new DeadLetter(o.id(), flow, recordKey, payload, reason, errorClass, o.attempts() + 1,
                        o.firstSeen(), now, DeadLetterStatus.OPEN))
                .orElseGet(() -> new DeadLetter(++lastId, flow, recordKey, payload, reason, errorClass, 1, now, now,
                        DeadLetterStatus.OPEN));
        letters.put(letter.id(), letter);
        return letter.id();
    }

    @Override
    public synchronized List<DeadLetter> listAfter(DeadLetterStatus status, long afterId, int limit) {
        return letters.values().stream()
                .filter(letter -> letter.status() == status && letter.id() > afterId)
                .sorted(Comparator.comparingLong(DeadLetter::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<DeadLetter> find(long id) {
        return Optional.ofNullable(letters.get(id));
    }

    @Override
    public boolean markReplayed(long id) {
        return close(id, DeadLetterStatus.REPLAYED);
    }

    @Override
    public boolean discard(long id) {
        return close(id, DeadLetterStatus.DISCARDED);
    }

    private synchronized boolean close(long id, DeadLetterStatus status) {
        DeadLetter letter = letters.get(id);
        if (letter == null || letter.status() != DeadLetterStatus.OPEN) {
            return false;
        }
        letters.put(id, new DeadLetter(id, letter.flow(), letter.recordKey(), letter.payload(), letter.reason(),
                letter.errorClass(), letter.attempts(), letter.firstSeen(), letter.lastSeen(), status));
        return true;
    }

    @Override
    public synchronized long count(String flow, DeadLetterStatus status) {
        return letters.values().stream()
                .filter(letter -> letter.flow().equals(flow) && letter.status() == status)
                .count();
    }
}
