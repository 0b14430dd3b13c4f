package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.moodle.ErrorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What {@link MoodleLogReader} does on any supported database, over Moodle's real DDL holding the 51
 * recorded rows (ids 90 to 1092, 28 of them learning events). Subclasses provide the database.
 */
abstract class MoodleLogReaderContract {

    static final long NEWEST_ID = 1092;
    static final List<Long> LEARNING_EVENT_IDS = List.of(145L, 149L, 151L, 153L, 273L, 284L, 307L, 308L, 312L, 313L,
            317L, 318L, 338L, 339L, 340L, 341L, 342L, 343L, 352L, 354L, 356L, 358L, 360L, 362L, 986L, 987L, 1036L,
            1083L);

    /** A database holding {@code mdl_logstore_standard_log} with the recorded rows. */
    abstract DataSource dataSource();

    abstract LogTable.Dialect dialect();

    MoodleLogReader reader() {
        return new MoodleLogReader(dataSource());
    }

    @Test
    void readsOnlyTheTwentyEightLearningEventsOfTheRecordedLog() {
        List<LogRow> rows = reader().page(0, NEWEST_ID, 100);

        assertThat(rows).extracting(LogRow::id).containsExactlyElementsOf(LEARNING_EVENT_IDS);
        assertThat(rows).extracting(LogRow::eventName).allMatch(LearningEvents.ALL::contains);
    }

    @Test
    void rowsCarryEveryColumnAsMoodleStoredIt() {
        List<LogRow> rows = reader().page(0, NEWEST_ID, 100);

        assertThat(rows).containsExactlyElementsOf(RecordedLog.logRows(LearningEvents.ALL));
        assertThat(rows).filteredOn(row -> row.id() == 338).singleElement().satisfies(row -> {
            assertThat(row.userId()).isEqualTo(-1);
            assertThat(row.relatedUserId()).isEqualTo(3L);
            assertThat(row.other()).isEqualTo("{\"itemid\":\"9\",\"overridden\":false,\"finalgrade\":88}");
            assertThat(row.time()).isEqualTo(Instant.ofEpochSecond(1795908438));
        });
    }

    @Test
    void keysetPagesOfFiveVisitEveryRowOnceInIdOrder() {
        MoodleLogReader reader = reader();
        long upTo = reader.maxId();
        List<Integer> pageSizes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long after = 0;
        List<LogRow> page;
        do {
            page = reader.page(after, upTo, 5);
            pageSizes.add(page.size());
            page.forEach(row -> ids.add(row.id()));
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == 5);

        assertThat(pageSizes).containsExactly(5, 5, 5, 5, 5, 3);
        assertThat(ids).containsExactlyElementsOf(LEARNING_EVENT_IDS);
    }

    @Test
    void pageStopsAtTheUpperBoundCapturedForTheRun() {
        MoodleLogReader reader = reader();

        assertThat(reader.page(0, 343, 100)).extracting(LogRow::id)
                .containsExactly(145L, 149L, 151L, 153L, 273L, 284L, 307L, 308L, 312L, 313L, 317L, 318L, 338L, 339L,
                        340L, 341L, 342L, 343L);
        assertThat(reader.page(318, 342, 100)).extracting(LogRow::id).containsExactly(338L, 339L, 340L, 341L, 342L);
        assertThat(reader.page(343, 343, 100)).isEmpty();
        assertThat(reader.page(1083, NEWEST_ID, 100)).isEmpty();
    }

    @Test
    void countBetweenCountsTheLearningEventsInTheRange() {
        MoodleLogReader reader = reader();

        assertThat(reader.countBetween(0, NEWEST_ID)).isEqualTo(28);
        assertThat(reader.countBetween(318, 343)).isEqualTo(6);
        assertThat(reader.countBetween(1083, NEWEST_ID)).isZero();
        assertThat(reader.countBetween(500, 400)).isZero();
    }

    @Test
    void maxIdIsTheNewestRowWhateverItsEvent() {
        assertThat(reader().maxId()).isEqualTo(NEWEST_ID);
    }

    @Test
    void lastIdBeforeIsTheLastRowOfAnEarlierSecond() {
        MoodleLogReader reader = reader();

        assertThat(reader.lastIdBefore(Instant.ofEpochSecond(1795908430))).isEqualTo(318);
        assertThat(reader.lastIdBefore(Instant.ofEpochSecond(1795908421))).isEqualTo(153);
        assertThat(reader.lastIdBefore(Instant.ofEpochSecond(1795908430, 500_000_000))).isEqualTo(329);
        assertThat(reader.lastIdBefore(Instant.ofEpochSecond(1795908391))).isZero();
        assertThat(reader.lastIdBefore(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(NEWEST_ID);
    }

    @Test
    void lastIdAtOrBeforeIncludesTheRowsOfThatSecond() {
        MoodleLogReader reader = reader();

        assertThat(reader.lastIdAtOrBefore(Instant.ofEpochSecond(1795908430))).isEqualTo(329);
        assertThat(reader.lastIdAtOrBefore(Instant.ofEpochSecond(1795908430, 999_000_000))).isEqualTo(329);
        assertThat(reader.lastIdAtOrBefore(Instant.ofEpochSecond(1795908533))).isEqualTo(988);
        assertThat(reader.lastIdAtOrBefore(Instant.ofEpochSecond(1795908390))).isZero();
    }

    @Test
    void backfillFromATimeReadsExactlyTheEventsOfThatTimeAndLater() {
        MoodleLogReader reader = reader();
        Instant from = Instant.ofEpochSecond(1795908446);

        List<LogRow> rows = reader.page(reader.lastIdBefore(from), reader.maxId(), 100);

        assertThat(rows).extracting(LogRow::id).containsExactly(352L, 354L, 356L, 358L, 360L, 362L, 986L, 987L,
                1036L, 1083L);
        assertThat(rows).allMatch(row -> !row.time().isBefore(from));
    }

    @Test
    void readsOnlyTheEventsItWasGiven() {
        MoodleLogReader reader = new MoodleLogReader(dataSource(), "mdl_",
                List.of(LearningEvents.COURSE_COMPLETED, LearningEvents.USER_ENROLMENT_DELETED));

        assertThat(reader.page(0, NEWEST_ID, 100)).extracting(LogRow::id)
                .containsExactly(352L, 354L, 356L, 358L, 360L, 362L, 1083L);
        assertThat(reader.countBetween(0, NEWEST_ID)).isEqualTo(7);
    }

    @Test
    void otherOfTheStoredRowsParsesWhetherIdsAreStringsOrNumbers() {
        List<LogRow> rows = reader().page(985, 987, 10);

        assertThat(rows).extracting(row -> row.otherLong("relateduserid").getAsLong()).containsExactly(10L, 10L);
        assertThat(rows).extracting(row -> row.otherJson().path("relateduserid").isTextual()).containsExactly(false,
                true);
        assertThat(rows).extracting(row -> row.otherJson().path("completionstate").asInt()).containsExactly(0, 1);
    }

    @Test
    void latestBeforeFindsTheLastEarlierRowOfEachLearnerInEachActivity() {
        MoodleLogReader reader = reader();
        String completion = LearningEvents.COURSE_MODULE_COMPLETION_UPDATED;
        ContextUser learner6 = new ContextUser(18, 6);
        ContextUser learner10 = new ContextUser(18, 10);
        ContextUser learner10Elsewhere = new ContextUser(22, 10);
        ContextUser nobody = new ContextUser(18, 99);

        Map<ContextUser, LogRow> before987 = reader.latestBefore(completion, 70,
                List.of(learner6, learner10, learner10Elsewhere, nobody, learner6), 987);

        assertThat(before987).containsOnlyKeys(learner6, learner10, learner10Elsewhere);
        assertThat(before987.get(learner6)).isEqualTo(RecordedLog.logRows(List.of(completion)).stream()
                .filter(row -> row.id() == 308).findFirst().orElseThrow());
        assertThat(before987.get(learner10).id()).isEqualTo(318);
        assertThat(before987.get(learner10Elsewhere).id()).as("986, not 987 itself").isEqualTo(986);
        assertThat(reader.latestBefore(completion, 70, List.of(learner6), 308)).extractingByKey(learner6)
                .extracting(LogRow::id).isEqualTo(307L);
        assertThat(reader.latestBefore(completion, 70, List.of(learner6), 307)).isEmpty();
        assertThat(reader.latestBefore(completion, 50, List.of(learner6), 987)).as("another context level").isEmpty();
        assertThat(reader.latestBefore(LearningEvents.COURSE_COMPLETED, 70, List.of(learner6), 987)).isEmpty();
        assertThat(reader.latestBefore(completion, 70, List.of(), 987)).isEmpty();
    }

    @Test
    void latestBeforeLooksUpMorePairsThanOneStatementTakes() {
        List<ContextUser> pairs = new ArrayList<>();
        for (long user = 1000; user < 1450; user++) {
            pairs.add(new ContextUser(18, user));
        }
        pairs.add(new ContextUser(22, 10));
        pairs.add(new ContextUser(18, 8));

        Map<ContextUser, LogRow> latest = reader().latestBefore(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED, 70,
                pairs, NEWEST_ID);

        assertThat(latest).containsOnlyKeys(new ContextUser(22, 10), new ContextUser(18, 8));
        assertThat(latest.get(new ContextUser(22, 10)).id()).isEqualTo(987);
        assertThat(latest.get(new ContextUser(18, 8)).id()).isEqualTo(313);
    }

    @Test
    void anEmptyLogHasMaxIdZeroAndNoRows() {
        LogTable.create(dataSource(), dialect(), "vacant_");
        MoodleLogReader reader = new MoodleLogReader(dataSource(), "vacant_", LearningEvents.ALL);

        assertThat(reader.maxId()).isZero();
        assertThat(reader.lastIdBefore(Instant.parse("2030-01-01T00:00:00Z"))).isZero();
        assertThat(reader.lastIdAtOrBefore(Instant.parse("2030-01-01T00:00:00Z"))).isZero();
        assertThat(reader.page(0, Long.MAX_VALUE, 100)).isEmpty();
        assertThat(reader.countBetween(0, Long.MAX_VALUE)).isZero();
    }

    @Test
    void readsATableWithAnotherPrefix() {
        LogTable.create(dataSource(), dialect(), "moodle45_").withRecordedRows();
        MoodleLogReader reader = new MoodleLogReader(dataSource(), "moodle45_", LearningEvents.ALL);

        assertThat(reader.table()).isEqualTo("moodle45_logstore_standard_log");
        assertThat(reader.page(0, reader.maxId(), 100)).hasSize(28);
    }

    @Test
    void missingTableIsFatalAndNamesTheSettingsToFix() {
        MoodleLogReader reader = new MoodleLogReader(dataSource(), "nope_", LearningEvents.ALL);

        assertThatThrownBy(() -> reader.page(0, 10, 5))
                .isInstanceOfSatisfying(MoodleLogException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FATAL);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.sqlState()).isPresent();
                })
                .hasMessageContaining("nope_logstore_standard_log does not exist")
                .hasMessageContaining("jembatan.moodle.log-jdbc-url")
                .hasMessageContaining("jembatan.moodle.log-table-prefix (\"nope_\")");
        assertThatThrownBy(reader::maxId).isInstanceOf(MoodleLogException.class);
    }

    @Test
    void everyCallReadsOnAReadOnlyConnectionAndClosesIt() {
        ObservedDataSource observed = new ObservedDataSource(dataSource());
        MoodleLogReader reader = new MoodleLogReader(observed);

        reader.page(0, reader.maxId(), 5);
        reader.countBetween(0, NEWEST_ID);
        reader.lastIdBefore(Instant.ofEpochSecond(1795908430));
        reader.lastIdAtOrBefore(Instant.ofEpochSecond(1795908430));
        reader.latestBefore(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED, 70, List.of(new ContextUser(22, 10)),
                NEWEST_ID);

        assertThat(observed.uses()).hasSize(6).allSatisfy(use -> {
            assertThat(use.statements).isEqualTo(1);
            assertThat(use.statementOnWritableConnection).isFalse();
            assertThat(use.closed).isTrue();
        });
    }

    @Test
    void checkReadsTheTableAndFindsTheIndexesMoodleCreates() {
        LogTableCheck check = reader().check();

        assertThat(check.table()).isEqualTo("mdl_logstore_standard_log");
        assertThat(check.newestId()).isEqualTo(NEWEST_ID);
        assertThat(check.missingIndexes()).isEmpty();
    }
}
