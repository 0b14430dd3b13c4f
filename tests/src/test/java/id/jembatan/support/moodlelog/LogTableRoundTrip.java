package id.jembatan.support.moodlelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import id.jembatan.moodle.log.MoodleLogReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The check every database runs: a fresh table with the recorded rows and 10,000 synthetic ones, read back
 * through the bridge's {@link MoodleLogReader} in keyset pages, then one row appended now.
 */
final class LogTableRoundTrip {

    static final int SYNTHETIC_ROWS = 10_000;
    static final List<Long> USERS = List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L, 1_000_001L);
    static final List<Long> COURSES = List.of(2L, 3L, 4L, 5L, 6L);

    private LogTableRoundTrip() {
    }

    static void check(MoodleLogTable table) {
        table.create().loadRecorded();
        SyntheticLog spec = SyntheticLog.rows(SYNTHETIC_ROWS).withSeed(7).withUserIds(USERS).withCourseIds(COURSES);

        SyntheticBatch batch = table.appendSynthetic(spec);

        assertThat(batch.firstId()).isEqualTo(MoodleLogTable.RECORDED_MAX_ID + 1);
        assertThat(batch.lastId()).isEqualTo(MoodleLogTable.RECORDED_MAX_ID + SYNTHETIC_ROWS);
        assertThat(table.count()).isEqualTo(MoodleLogTable.RECORDED_ROWS + SYNTHETIC_ROWS);
        assertThat((double) batch.learningEvents() / SYNTHETIC_ROWS).isCloseTo(0.3, within(0.02));

        MoodleLogReader reader = new MoodleLogReader(table.dataSource(), table.prefix(), LearningEvents.ALL);
        long upTo = reader.maxId();
        List<LogRow> rows = readAll(reader, upTo, 500);

        assertThat(upTo).isEqualTo(batch.lastId());
        assertThat(rows).hasSize(MoodleLogTable.RECORDED_LEARNING_EVENTS + batch.learningEvents());
        assertThat(reader.countBetween(0, upTo)).isEqualTo(rows.size());
        assertThat(rows).extracting(LogRow::id).isSorted().doesNotHaveDuplicates();
        List<LogRow> synthetic = rows.stream().filter(row -> row.id() >= batch.firstId()).toList();
        Map<String, Long> perEvent = synthetic.stream()
                .collect(Collectors.groupingBy(LogRow::eventName, Collectors.counting()));
        assertThat(perEvent).allSatisfy((event, count) -> assertThat(count).isEqualTo(batch.rowsOf(event)));
        assertThat(perEvent).containsOnlyKeys(LearningEvents.ALL);
        assertThat(synthetic).allSatisfy(LogTableRoundTrip::looksLikeMoodleWroteIt);
        assertThat(reader.lastIdBefore(spec.start())).isEqualTo(MoodleLogTable.RECORDED_MAX_ID);

        Instant before = Instant.now();
        long id = table.appendNow(LearningEvents.COURSE_COMPLETED, 5, 3);

        assertThat(id).isEqualTo(upTo + 1);
        assertThat(reader.page(upTo, reader.maxId(), 10)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.relatedUserId()).isEqualTo(5L);
            assertThat(row.courseId()).isEqualTo(3);
            assertThat(row.otherLong("relateduserid")).hasValue(5);
            assertThat(row.timeCreated()).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond());
        });
    }

    static List<LogRow> readAll(MoodleLogReader reader, long upTo, int pageSize) {
        List<LogRow> rows = new ArrayList<>();
        long after = 0;
        List<LogRow> page;
        do {
            page = reader.page(after, upTo, pageSize);
            rows.addAll(page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == pageSize);
        return rows;
    }

    private static void looksLikeMoodleWroteIt(LogRow row) {
        assertThat(row.relatedUserId()).isIn(USERS);
        assertThat(row.courseId()).isIn(COURSES);
        assertThat(row.time()).isBetween(SyntheticLog.DEFAULT_START,
                SyntheticLog.DEFAULT_START.plusSeconds(SYNTHETIC_ROWS / 10));
        assertThat(row.objectId()).isNotNull();
        JsonNode other = row.otherJson();
        Function<String, Long> otherLong = field -> row.otherLong(field).orElseThrow();
        switch (row.eventName()) {
            case LearningEvents.COURSE_COMPLETED -> {
                assertThat(otherLong.apply("relateduserid")).isEqualTo(row.relatedUserId());
                assertThat(row.contextLevel()).isEqualTo(50);
            }
            case LearningEvents.COURSE_MODULE_COMPLETION_UPDATED -> {
                assertThat(otherLong.apply("relateduserid")).isEqualTo(row.relatedUserId());
                assertThat(other.get("completionstate").asInt()).isBetween(0, 3);
                assertThat(other.get("overrideby").isNull()).isTrue();
                assertThat(row.contextLevel()).isEqualTo(70);
            }
            case LearningEvents.USER_GRADED -> {
                assertThat(other.get("itemid").isTextual()).isTrue();
                assertThat(other.get("finalgrade").isNumber() || other.get("finalgrade").isNull()).isTrue();
                assertThat(other.get("overridden").isBoolean()).isTrue();
            }
            case LearningEvents.QUIZ_ATTEMPT_SUBMITTED -> {
                assertThat(otherLong.apply("quizid")).isEqualTo(row.courseId());
                assertThat(other.get("submitterid").isNull()).isTrue();
            }
            case LearningEvents.USER_ENROLMENT_CREATED -> assertThat(other.get("enrol").asText()).isEqualTo("manual");
            case LearningEvents.USER_ENROLMENT_DELETED -> {
                assertThat(other.at("/userenrolment/userid").asText()).isEqualTo(row.relatedUserId().toString());
                assertThat(other.at("/userenrolment/courseid").asText()).isEqualTo(Long.toString(row.courseId()));
            }
            default -> throw new AssertionError("not a learning event: " + row.eventName());
        }
    }
}
