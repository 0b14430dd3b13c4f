package id.jembatan.bridge.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kinerja-recommendations} flow (e-Kinerja → Moodle enrolments and messages).
 *
 * @param enabled          whether the flow runs after each scheduled {@code kinerja-performance} pass (it also needs
 *                         Moodle configured); {@code run kinerja-recommendations} works either way
 * @param rules            the rules file ({@code config/kinerja/recommendations.csv} format)
 * @param roleId           the role the manual enrolment gives (5 = student on a default site)
 * @param enrolmentLength  how long an enrolment lasts from the day it is made
 * @param notifyEvaluator  also message the evaluator (when the evaluator has a Moodle account)
 * @param batchSize        users, enrolments or messages per Moodle call
 */
@ConfigurationProperties("jembatan.flows.kinerja-recommendations")
public record KinerjaRecommendationsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("config/kinerja/recommendations.csv") Path rules,
        @DefaultValue("5") long roleId,
        @DefaultValue("90d") Duration enrolmentLength,
        @DefaultValue("true") boolean notifyEvaluator,
        @DefaultValue("50") int batchSize) {
}
