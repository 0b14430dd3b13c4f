package id.jembatan.support.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory stores that route tests use keep the promises of the interfaces they stand in for. */
class InMemoryStateStoresTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-05-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void watermarksAreKeptPerFlowAndKeyAndReplacedByAdvance() {
        WatermarkStore store = new InMemoryWatermarkStore(clock);
        store.advance("hr-profiles", "opd:2", "b");
        store.advance("hr-profiles", "opd:1", "a");
        store.advance("hr-profiles", "opd:1", "c");

        assertThat(store.get("hr-profiles", "opd:1")).contains("c");
        assertThat(store.get("lrs-credits", "opd:1")).isEmpty();
        assertThat(store.list("hr-profiles")).extracting(Watermark::key).containsExactly("opd:1", "opd:2");
    }

    @Test
    void markIfAbsentKeepsTheFirstValueAndPutReplacesIt() {
        IdempotencyStore store = new InMemoryIdempotencyStore();

        assertThat(store.markIfAbsent("p", "k", "1")).isTrue();
        assertThat(store.markIfAbsent("p", "k", "2")).isFalse();
        store.put("p", "j", "3");
        store.put("p", "k", "4");

        assertThat(store.lookupAll("p", List.of("k", "j", "absent"))).isEqualTo(Map.of("k", "4", "j", "3"));
    }

    @Test
    void aRecordFailingAgainWhileOpenUpdatesItsLetterAndAfterReplayOpensANewOne() {
        DeadLetterStore store = new InMemoryDeadLetterStore(clock);
        long first = store.record("moodle-learning", "event-1", "p1", "rejected", null);
        long again = store.record("moodle-learning", "event-1", "p2", "rejected again", null);
        store.markReplayed(first);
        long reopened = store.record("moodle-learning", "event-1", "p3", "rejected once more", null);

        assertThat(again).isEqualTo(first);
        assertThat(store.find(first).orElseThrow().attempts()).isEqualTo(2);
        assertThat(reopened).isNotEqualTo(first);
        assertThat(store.list(DeadLetterStatus.OPEN, 10)).extracting(DeadLetter::id).containsExactly(reopened);
        assertThat(store.count("moodle-learning", DeadLetterStatus.REPLAYED)).isEqualTo(1);
        assertThat(store.discard(first)).isFalse();
    }

    @Test
    void auditEntriesComeBackNewestFirst() {
        AuditLog log = new InMemoryAuditLog(clock);
        log.record("cli", "backfill-start", "moodle-learning", null);
        log.record("admin", "dead-letter-replay", "3", null);

        assertThat(log.recent(1)).extracting(AuditEntry::action).containsExactly("dead-letter-replay");
    }
}
