package id.jembatan.flow.kinerja;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code kinerja-recommendations} enrols ({@code jembatan.flows.kinerja-recommendations.*}).
 *
 * @param rules the rules ({@code rules}, a file)
 * @param roleId the role given by the manual enrolment, e.g. 5 (student on a default site)
 * @param enrolmentLength how long the enrolment lasts from the day it is made ({@code timeend - timestart})
 * @param notifyEvaluator also tell the evaluator, when the evaluator has a Moodle account
 * @param batchSize users or enrolments per Moodle call
 */
public record RecommendationSettings(RecommendationRules rules, long roleId, Duration enrolmentLength,
        boolean notifyEvaluator, int batchSize) {

    public RecommendationSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(enrolmentLength, "enrolmentLength");
        if (enrolmentLength.isNegative() || enrolmentLength.isZero()) {
            throw new IllegalArgumentException("jembatan.flows.kinerja-recommendations.enrolment-length must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("jembatan.flows.kinerja-recommendations.batch-size must be at least 1");
        }
    }
}
