package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jembatan.support.state.AuditEntry;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Watermark;
import id.jembatan.support.state.WatermarkStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the state store promises, run on each database it supports. A subclass names the database; the
 * schema is migrated once per class and every table emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StateStoreContract {

    private static final Instant START = Instant.parse("2040-03-01T07:15:30.123456Z");
    private static final int CONCURRENT_CALLERS = 8;

    private StateDatabase database;
    private MutableClock clock;
    private TransactionTemplate transaction;
    private WatermarkStore watermarks;
    private IdempotencyStore idempotency;
    private DeadLetterStore deadLetters;
    private AuditLog audit;

    abstract StateDatabase openDatabase();

    @BeforeAll
    void migrate() {
        database = openDatabase();
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        database.deleteAllRows();
        clock = new MutableClock(START);
        JdbcTransactionManager transactions = new JdbcTransactionManager(database.dataSource());
        transaction = new TransactionTemplate(transactions);
        StateJdbc state = new StateJdbc(database.dataSource(), transactions, clock);
        watermarks = new JdbcWatermarkStore(state);
        idempotency = new JdbcIdempotencyStore(state);
        deadLetters = new JdbcDeadLetterStore(state);
        audit = new JdbcAuditLog(state);
    }

    @Test
    void everyMigrationIsAppliedAndValidates() {
        assertThat(database.flyway().info().pending()).isEmpty();
        assertThat(database.flyway().info().applied()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(database.flyway().validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void watermarkOfAFlowThatNeverAdvancedIsEmpty() {
        assertThat(watermarks.get("moodle-learning", "logstore")).isEmpty();
    }

    @Test
    void advancingReplacesThePositionAndStampsTheTime() {
        watermarks.advance("moodle-learning", "logstore", "1735689600|41");
        clock.advance(Duration.ofMinutes(5));
        watermarks.advance("moodle-learning", "logstore", "1735690000|97");

        assertThat(watermarks.get("moodle-learning", "logstore")).contains("1735690000|97");
        assertThat(watermarks.list("moodle-learning")).containsExactly(
                new Watermark("moodle-learning", "logstore", "1735690000|97", START.plus(Duration.ofMinutes(5))));
    }

    @Test
    void positionsAreKeptPerFlowAndKeyAndListedByKey() {
        watermarks.advance("hr-profiles", "opd:1.02", "2025-02-01T00:00:00Z");
        watermarks.advance("hr-profiles", "opd:1.01", "2025-01-01T00:00:00Z");
        watermarks.advance("lrs-credits", "opd:1.01", "stmt-9");

        assertThat(watermarks.list("hr-profiles")).extracting(Watermark::key, Watermark::value).containsExactly(
                tuple("opd:1.01", "2025-01-01T00:00:00Z"),
                tuple("opd:1.02", "2025-02-01T00:00:00Z"));
        assertThat(watermarks.get("lrs-credits", "opd:1.01")).contains("stmt-9");
        assertThat(watermarks.get("lrs-credits", "opd:1.02")).isEmpty();
    }

    @Test
    void watermarkLongerThanTheColumnIsRefusedBeforeReachingTheDatabase() {
        String tooLong = "9".repeat(WatermarkStore.MAX_VALUE_LENGTH + 1);

        assertThatThrownBy(() -> watermarks.advance("moodle-learning", "logstore", tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value is 1001 characters long; at most 1000 fit");
    }

    @Test
    void markIfAbsentStoresOnlyTheFirstValue() {
        assertThat(idempotency.markIfAbsent("moodle-learning.sent", "event-1", "stmt-a")).isTrue();
        assertThat(idempotency.markIfAbsent("moodle-learning.sent", "event-1", "stmt-b")).isFalse();

        assertThat(idempotency.lookup("moodle-learning.sent", "event-1")).contains("stmt-a");
        assertThat(idempotency.lookup("hr-profiles.hash", "event-1")).isEmpty();
    }

    @Test
    void putCreatesAMissingKeyAndReplacesAStoredValue() {
        idempotency.put("hr-profiles.hash", "199001012015011001", "hash-1");
        idempotency.put("hr-profiles.hash", "199001012015011001", "hash-2");
        idempotency.put("hr-profiles.hash", "199001012015011001", "hash-2");

        assertThat(idempotency.lookup("hr-profiles.hash", "199001012015011001")).contains("hash-2");
    }

    @Test
    void putAllInsertsNewKeysAndReplacesStoredOnesAcrossChunks() {
        idempotency.put("moodle-learning.completion", "3:7", "1:old");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 1_200; i++) {
            values.put(i + ":7", "2:" + i);
        }
        values.put("3:7", "0:new");

        idempotency.putAll("moodle-learning.completion", values);
        idempotency.putAll("moodle-learning.completion", Map.of("5:7", "3:again"));

        Map<String, String> stored = idempotency.lookupAll("moodle-learning.completion", values.keySet());
        assertThat(stored).hasSize(1_200);
        assertThat(stored.get("3:7")).isEqualTo("0:new");
        assertThat(stored.get("5:7")).isEqualTo("3:again");
        assertThat(stored.get("1199:7")).isEqualTo("2:1199");
    }

    @Test
    void putAllKeepsWhenAKeyWasFirstStoredAndStampsTheReplacement() {
        idempotency.put("p", "k", "v1");
        clock.advance(Duration.ofMinutes(5));

        idempotency.putAll("p", Map.of("k", "v2", "other", "w"));

        assertThat(idempotency.lookupAll("p", List.of("k", "other"))).isEqualTo(Map.of("k", "v2", "other", "w"));
        assertThat(database.times("p", "k")).containsExactly(START, START.plus(Duration.ofMinutes(5)));
        assertThat(database.times("p", "other")).containsExactly(START.plus(Duration.ofMinutes(5)),
                START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void keysThatDifferOnlyInCaseOrTrailingSpaceAreDifferentKeys() {
        assertThat(idempotency.markIfAbsent("p", "abc", "lower")).isTrue();
        assertThat(idempotency.markIfAbsent("p", "ABC", "upper")).isTrue();
        assertThat(idempotency.markIfAbsent("p", "abc ", "padded")).isTrue();

        assertThat(idempotency.lookupAll("p", List.of("abc", "ABC", "abc ", "Abc")))
                .isEqualTo(Map.of("abc", "lower", "ABC", "upper", "abc ", "padded"));
    }

    @Test
    void textOutsideTheBasicPlaneRoundTrips() {
        String value = "Pelatihan Kepemimpinan Pengawas — ✓ 🎓";
        idempotency.put("p", "kursus-🎓", value);

        assertThat(idempotency.lookup("p", "kursus-🎓")).contains(value);
    }

    @Test
    void lookupAllReturnsTheMarkedKeysOfABatchLargerThanOneQuery() {
        List<String> batch = IntStream.range(0, JdbcIdempotencyStore.LOOKUP_CHUNK + 50)
                .mapToObj(i -> "event-" + i)
                .toList();
        List<String> marked = batch.stream().filter(key -> key.hashCode() % 3 == 0).toList();
        marked.forEach(key -> idempotency.put("moodle-learning.sent", key, "stmt-" + key));

        Map<String, String> found = idempotency.lookupAll("moodle-learning.sent", batch);

        assertThat(found).hasSize(marked.size());
        marked.forEach(key -> assertThat(found).containsEntry(key, "stmt-" + key));
        assertThat(idempotency.lookupAll("moodle-learning.sent", List.of())).isEmpty();
    }

    @Test
    void ofConcurrentMarksOfOneKeyExactlyOneWins() throws Exception {
        List<Boolean> results = concurrently(caller ->
                idempotency.markIfAbsent("moodle-learning.sent", "event-7", "stmt-" + caller));

        assertThat(results).containsOnlyOnce(true);
        assertThat(idempotency.lookup("moodle-learning.sent", "event-7")).isPresent();
    }

    @Test
    void aKeyAlreadyMarkedInsideACallersTransactionLeavesTheTransactionUsable() {
        idempotency.markIfAbsent("p", "seen", "1");

        transaction.executeWithoutResult(status -> {
            assertThat(idempotency.markIfAbsent("p", "seen", "2")).isFalse();
            idempotency.put("p", "new", "3");
            watermarks.advance("flow", "key", "after-duplicate");
        });

        assertThat(idempotency.lookup("p", "seen")).contains("1");
        assertThat(idempotency.lookup("p", "new")).contains("3");
        assertThat(watermarks.get("flow", "key")).contains("after-duplicate");
    }

    @Test
    void aCallersRolledBackTransactionTakesTheStoresWritesWithIt() {
        transaction.executeWithoutResult(status -> {
            idempotency.markIfAbsent("p", "k", "v");
            watermarks.advance("flow", "key", "42");
            status.setRollbackOnly();
        });

        assertThat(idempotency.lookup("p", "k")).isEmpty();
        assertThat(watermarks.get("flow", "key")).isEmpty();
    }

    @Test
    void recordingAFailureOpensALetterWithOneAttempt() {
        long id = deadLetters.record("hr-profiles", "19900101201501100", "{\"nip\":\"19900101201501100\"}",
                "NIP must have 18 digits", "id.jembatan.hr.InvalidNipException");

        assertThat(deadLetters.find(id)).contains(new DeadLetter(id, "hr-profiles", "19900101201501100",
                "{\"nip\":\"19900101201501100\"}", "NIP must have 18 digits", "id.jembatan.hr.InvalidNipException",
                1, START, START, DeadLetterStatus.OPEN));
    }

    @Test
    void aFailingAgainOpenRecordUpdatesItsLetterInsteadOfAddingOne() {
        long first = deadLetters.record("moodle-learning", "event-5", "v1", "user 77 unknown", null);
        clock.advance(Duration.ofHours(1));
        long second = deadLetters.record("moodle-learning", "event-5", "v2", "statement rejected: 400",
                "id.jembatan.lrs.LrsRejectedException");

        assertThat(second).isEqualTo(first);
        DeadLetter letter = deadLetters.find(first).orElseThrow();
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.firstSeen()).isEqualTo(START);
        assertThat(letter.lastSeen()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(letter.payload()).isEqualTo("v2");
        assertThat(letter.reason()).isEqualTo("statement rejected: 400");
        assertThat(letter.errorClass()).isEqualTo("id.jembatan.lrs.LrsRejectedException");
        assertThat(deadLetters.count("moodle-learning", DeadLetterStatus.OPEN)).isEqualTo(1);
    }

    @Test
    void aReplayedRecordThatFailsAgainOpensANewLetter() {
        long first = deadLetters.record("moodle-learning", "event-5", "p", "LRS down", null);
        assertThat(deadLetters.markReplayed(first)).isTrue();

        long second = deadLetters.record("moodle-learning", "event-5", "p", "LRS down again", null);

        assertThat(second).isNotEqualTo(first);
        assertThat(deadLetters.find(first).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(deadLetters.find(second).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void onlyAnOpenLetterCanBeReplayedOrDiscarded() {
        long replayed = deadLetters.record("f", "a", null, "r", null);
        long discarded = deadLetters.record("f", "b", null, "r", null);

        assertThat(deadLetters.markReplayed(replayed)).isTrue();
        assertThat(deadLetters.markReplayed(replayed)).isFalse();
        assertThat(deadLetters.discard(replayed)).isFalse();
        assertThat(deadLetters.discard(discarded)).isTrue();
        assertThat(deadLetters.markReplayed(discarded)).isFalse();
        assertThat(deadLetters.markReplayed(discarded + replayed + 1000)).isFalse();

        assertThat(deadLetters.find(replayed).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(deadLetters.find(discarded).orElseThrow().status()).isEqualTo(DeadLetterStatus.DISCARDED);
    }

    @Test
    void lettersAreListedByStatusOldestFirstAndPagedById() {
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(deadLetters.record("f", "key-" + i, null, "r", null));
        }
        long closed = deadLetters.record("f", "closed", null, "r", null);
        deadLetters.discard(closed);

        List<DeadLetter> firstPage = deadLetters.list(DeadLetterStatus.OPEN, 3);
        List<DeadLetter> secondPage = deadLetters.listAfter(DeadLetterStatus.OPEN, firstPage.get(2).id(), 3);

        assertThat(firstPage).extracting(DeadLetter::id).containsExactlyElementsOf(open.subList(0, 3));
        assertThat(secondPage).extracting(DeadLetter::id).containsExactlyElementsOf(open.subList(3, 5));
        assertThat(deadLetters.list(DeadLetterStatus.DISCARDED, 10)).extracting(DeadLetter::id)
                .containsExactly(closed);
        assertThat(deadLetters.list(DeadLetterStatus.REPLAYED, 10)).isEmpty();
    }

    @Test
    void lettersAreCountedPerFlowAndStatus() {
        deadLetters.record("hr-profiles", "a", null, "r", null);
        deadLetters.record("hr-profiles", "b", null, "r", null);
        deadLetters.markReplayed(deadLetters.record("hr-profiles", "c", null, "r", null));
        deadLetters.record("lrs-credits", "a", null, "r", null);

        assertThat(deadLetters.count("hr-profiles", DeadLetterStatus.OPEN)).isEqualTo(2);
        assertThat(deadLetters.count("hr-profiles", DeadLetterStatus.REPLAYED)).isEqualTo(1);
        assertThat(deadLetters.count("lrs-credits", DeadLetterStatus.OPEN)).isEqualTo(1);
        assertThat(deadLetters.count("kinerja-performance", DeadLetterStatus.OPEN)).isZero();
    }

    @Test
    void aLargePayloadIsKeptWholeAndALongReasonIsCut() {
        String payload = "{\"statements\":\"" + "x".repeat(300_000) + "\"}";
        String reason = "Moodle said: " + "e".repeat(5_000);

        long id = deadLetters.record("moodle-learning", "event-1", payload, reason, null);

        DeadLetter letter = deadLetters.find(id).orElseThrow();
        assertThat(letter.payload()).isEqualTo(payload);
        assertThat(letter.reason()).hasSize(DeadLetterStore.MAX_REASON_LENGTH).startsWith("Moodle said: ").endsWith("…");
        assertThat(letter.errorClass()).isNull();
    }

    @Test
    void concurrentFailuresOfOneRecordShareOneOpenLetter() throws Exception {
        List<Long> ids = concurrently(caller ->
                deadLetters.record("moodle-learning", "event-9", "p" + caller, "LRS answered 400", null));

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(deadLetters.find(ids.get(0)).orElseThrow().attempts()).isEqualTo(CONCURRENT_CALLERS);
    }

    @Test
    void unknownLetterIsNotFound() {
        assertThat(deadLetters.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void auditEntriesComeBackNewestFirst() {
        audit.record("admin", "dead-letter-replay", "17", "replayed after fixing the course mapping");
        clock.advance(Duration.ofSeconds(3));
        audit.record("cli", "backfill-start", "moodle-learning", null);

        List<AuditEntry> recent = audit.recent(10);

        assertThat(recent).extracting(AuditEntry::action).containsExactly("backfill-start", "dead-letter-replay");
        AuditEntry latest = recent.get(0);
        assertThat(latest.at()).isEqualTo(START.plusSeconds(3));
        assertThat(latest.actor()).isEqualTo("cli");
        assertThat(latest.subject()).isEqualTo("moodle-learning");
        assertThat(latest.detail()).isNull();
        assertThat(recent.get(1).detail()).isEqualTo("replayed after fixing the course mapping");
        assertThat(audit.recent(1)).hasSize(1);
    }

    private <T> List<T> concurrently(CallerTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int caller = 0; caller < CONCURRENT_CALLERS; caller++) {
                int id = caller;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(id);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface CallerTask<T> {
        T run(int caller);
    }
}
