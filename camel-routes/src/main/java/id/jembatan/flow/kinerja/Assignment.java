package id.jembatan.flow.kinerja;

import id.jembatan.hr.kinerja.PeriodResult;
import java.util.List;

/**
 * One course recommended to one ASN for one SKP period, and how far it got. Its {@link #key()} is the idempotency
 * key: an ASN is enrolled in a course at most once per period, however often the record is read.
 */
final class Assignment {

    /** Where an assignment stands, as kept in the idempotency store. */
    enum State {
        NEW("new"), PLANNED("planned"), ENROLLED("enrolled"), NOTIFIED("notified"),
        ALREADY_ENROLLED("already-enrolled"), ALREADY_COMPLETED("already-completed");

        final String value;

        State(String value) {
            this.value = value;
        }

        static State of(String value) {
            for (State state : values()) {
                if (state.value.equals(value)) {
                    return state;
                }
            }
            return NEW;
        }

        boolean done() {
            return this == NOTIFIED || this == ALREADY_ENROLLED || this == ALREADY_COMPLETED;
        }
    }

    final PeriodResult result;
    final RecommendationRule.CourseRef course;
    final List<RecommendationRule> rules;
    State state;
    Long userId;
    Long courseId;
    String courseName;
    boolean failed;

    Assignment(PeriodResult result, RecommendationRule.CourseRef course, List<RecommendationRule> rules, State state) {
        this.result = result;
        this.course = course;
        this.rules = List.copyOf(rules);
        this.state = state;
    }

    String key() {
        return key(result, course);
    }

    static String key(PeriodResult result, RecommendationRule.CourseRef course) {
        return result.periodKey() + "#" + course;
    }

    String ruleIds() {
        return String.join(", ", rules.stream().map(RecommendationRule::id).toList());
    }
}
