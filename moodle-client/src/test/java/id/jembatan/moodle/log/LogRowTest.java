package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.moodle.ErrorKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link LogRow#otherJson()} and friends on the {@code other} values of the recorded log. */
class LogRowTest {

    @Test
    void everyRecordedOtherParses() {
        assertThat(RecordedLog.logRows()).hasSize(51)
                .allSatisfy(row -> assertThat(row.otherJson().isMissingNode()).isFalse());
    }

    @Test
    void storedTextNullIsANullNode() {
        LogRow courseViewed = RecordedLog.logRow(310);

        assertThat(courseViewed.other()).isEqualTo("null");
        assertThat(courseViewed.otherJson().isNull()).isTrue();
        assertThat(courseViewed.otherJson().path("relateduserid").isMissingNode()).isTrue();
        assertThat(courseViewed.otherLong("relateduserid")).isEmpty();
    }

    @Test
    void sqlNullOrEmptyOtherIsAMissingNode() {
        assertThat(withOther(null).otherJson().isMissingNode()).isTrue();
        assertThat(withOther("").otherJson().isMissingNode()).isTrue();
        assertThat(withOther(null).otherLong("relateduserid")).isEmpty();
    }

    @Test
    void idsReadTheSameWhetherMoodleWroteThemAsStringsOrNumbers() {
        LogRow asNumber = RecordedLog.logRow(986);
        LogRow asString = RecordedLog.logRow(987);

        assertThat(asNumber.otherJson().get("relateduserid").isInt()).isTrue();
        assertThat(asString.otherJson().get("relateduserid").isTextual()).isTrue();
        assertThat(asNumber.otherLong("relateduserid")).hasValue(10);
        assertThat(asString.otherLong("relateduserid")).hasValue(10);
        assertThat(asNumber.otherJson().get("overrideby").isNull()).isTrue();
        assertThat(asNumber.otherLong("overrideby")).isEmpty();
    }

    @Test
    void gradeOtherKeepsItsTypes() {
        JsonNode other = RecordedLog.logRow(338).otherJson();

        assertThat(other.get("itemid").asText()).isEqualTo("9");
        assertThat(other.get("overridden").isBoolean()).isTrue();
        assertThat(other.get("overridden").booleanValue()).isFalse();
        assertThat(other.get("finalgrade").decimalValue()).isEqualByComparingTo("88");
    }

    @Test
    void quizAttemptOtherHasANullSubmitterAndAStringQuizId() {
        LogRow attempt = RecordedLog.logRow(273);

        assertThat(attempt.otherJson().get("submitterid").isNull()).isTrue();
        assertThat(attempt.otherLong("quizid")).hasValue(1);
        assertThat(attempt.otherJson().get("studentisonline").booleanValue()).isFalse();
    }

    @Test
    void enrolmentDeletedOtherHoldsTheDeletedEnrolment() {
        JsonNode enrolment = RecordedLog.logRow(1083).otherJson().get("userenrolment");

        assertThat(enrolment.get("courseid").asText()).isEqualTo("6");
        assertThat(enrolment.get("userid").asText()).isEqualTo("13");
        assertThat(enrolment.get("lastenrol").booleanValue()).isTrue();
    }

    @Test
    void loginOtherWithAnEmptyArrayParses() {
        JsonNode other = RecordedLog.logRow(988).otherJson();

        assertThat(other.get("username").asText()).isEqualTo("hendra.wijaya");
        assertThat(other.get("extrauserinfo").isArray()).isTrue();
    }

    @Test
    void phpSerialisedOtherIsPermanentAndSaysWhichSettingWroteIt() {
        LogRow row = withOther("a:1:{s:14:\"relateduserid\";s:1:\"6\";}");

        assertThatThrownBy(row::otherJson)
                .isInstanceOfSatisfying(MoodleLogException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMANENT))
                .hasMessageContaining("log row 352")
                .hasMessageContaining("jsonformat");
    }

    @Test
    void truncatedOtherIsPermanent() {
        assertThatThrownBy(withOther("{\"relateduserid\":\"6\"")::otherJson)
                .isInstanceOfSatisfying(MoodleLogException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMANENT))
                .hasMessageContaining("not JSON");
        assertThatThrownBy(withOther("{\"a\":1} {\"b\":2}")::otherJson).isInstanceOf(MoodleLogException.class);
    }

    @Test
    void timeIsTheUnixSecondsOfTimeCreated() {
        assertThat(RecordedLog.logRow(352).time()).isEqualTo(Instant.parse("2026-11-28T23:27:26Z"));
    }

    private static LogRow withOther(String other) {
        LogRow row = RecordedLog.logRow(352);
        return new LogRow(row.id(), row.eventName(), row.component(), row.action(), row.target(), row.objectTable(),
                row.objectId(), row.contextId(), row.contextLevel(), row.contextInstanceId(), row.userId(),
                row.courseId(), row.relatedUserId(), row.anonymous(), other, row.timeCreated(), row.origin());
    }
}
