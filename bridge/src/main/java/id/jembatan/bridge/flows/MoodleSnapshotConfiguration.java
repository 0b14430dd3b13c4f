package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.IdentityProperties;
import id.jembatan.bridge.config.MoodleFunctionNeed;
import id.jembatan.bridge.config.MoodleLearningProperties;
import id.jembatan.bridge.config.MoodleProperties;
import id.jembatan.flow.learning.LearningSettings;
import id.jembatan.flow.learning.MoodleDirectory;
import id.jembatan.flow.learning.SnapshotRoutes;
import id.jembatan.flow.learning.SnapshotSource;
import id.jembatan.flow.learning.SnapshotSteps;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code moodle-learning}, web-service source: created when Moodle ({@code jembatan.moodle.url}) and an LRS
 * ({@code jembatan.lrs.endpoint}) are configured but Moodle's database is not ({@code jembatan.moodle.log-jdbc-url}
 * empty), for sites that give no database access.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${jembatan.moodle.url:}'.isBlank() and '${jembatan.moodle.log-jdbc-url:}'.isBlank()"
        + " and !'${jembatan.lrs.endpoint:}'.isBlank()")
class MoodleSnapshotConfiguration {

    /** The Moodle functions this source calls, for {@code check}. */
    static final List<String> MOODLE_FUNCTIONS = List.of("core_webservice_get_site_info",
            "core_course_get_courses", "core_course_get_categories", "core_course_get_contents",
            "core_enrol_get_enrolled_users", "core_completion_get_course_completion_status",
            "core_completion_get_activities_completion_status", "gradereport_user_get_grade_items");

    @Bean
    MoodleFunctionNeed moodleSnapshotNeeds() {
        return new MoodleFunctionNeed("moodle-learning", MOODLE_FUNCTIONS);
    }

    @Bean
    LearningSettings snapshotLearningSettings(MoodleProperties moodle, IdentityProperties identity,
                                              MoodleLearningProperties flow) {
        byte[] key = null;
        if (identity.pseudonymize()) {
            if (identity.pseudonymKey() == null || identity.pseudonymKey().length() < 16) {
                throw new IllegalStateException("jembatan.identity.pseudonymize is on: set"
                        + " jembatan.identity.pseudonym-key to a secret of at least 16 characters");
            }
            key = identity.pseudonymKey().getBytes(StandardCharsets.UTF_8);
        }
        return new LearningSettings(moodle.url(), identity.homePage(), identity.nipField(), key, "jp",
                LearningSettings.DEFAULT_CATEGORIES, flow.batchSize());
    }

    @Bean
    MoodleDirectory snapshotMoodleDirectory(MoodleClient moodle, LearningSettings snapshotLearningSettings) {
        return new MoodleDirectory(moodle, snapshotLearningSettings);
    }

    @Bean
    SnapshotSource snapshotSource(MoodleClient moodle, MoodleDirectory snapshotMoodleDirectory,
            LearningSettings snapshotLearningSettings, WatermarkStore watermarks,
            @Value("${jembatan.flows.moodle-learning.snapshot-page-size:50}") int pageSize,
            @Value("${jembatan.flows.moodle-learning.learner-roles:student}") List<String> learnerRoles) {
        return new SnapshotSource(moodle, snapshotMoodleDirectory, snapshotLearningSettings, watermarks, pageSize,
                learnerRoles);
    }

    @Bean
    SnapshotSteps snapshotSteps(LearningSettings snapshotLearningSettings, StatementDelivery delivery,
                                IdempotencyStore facts, DeadLetterStore deadLetters, WatermarkStore watermarks) {
        return new SnapshotSteps(snapshotLearningSettings, delivery, facts, deadLetters, watermarks);
    }

    @Bean
    SnapshotRoutes snapshotRoutes(SnapshotSource source, SnapshotSteps steps, FlowSupervisor supervisor,
            MoodleLearningProperties flow, @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
        return new SnapshotRoutes(source, steps, supervisor, flow.enabled() && schedules);
    }
}
