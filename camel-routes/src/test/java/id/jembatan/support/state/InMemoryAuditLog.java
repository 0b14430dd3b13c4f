package id.jembatan.support.state;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@link AuditLog} in a list, for route tests. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final Clock clock;

    public InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    public InMemoryAuditLog() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized void record(String actor, String action, String subject, String detail) {
        entries.add(new AuditEntry(entries.size() + 1L, clock.instant(), actor, action, subject, detail));
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }
}
