package id.jembatan.bridge.flows;

import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.bridge.config.IdentityProperties;
import id.jembatan.bridge.config.MoodleFunctionNeed;
import id.jembatan.bridge.config.MoodleLearningProperties;
import id.jembatan.bridge.config.MoodleProperties;
import id.jembatan.flow.learning.LearningSettings;
import id.jembatan.flow.learning.LearningSteps;
import id.jembatan.flow.learning.LearningTranslator;
import id.jembatan.flow.learning.LogTail;
import id.jembatan.flow.learning.MoodleDirectory;
import id.jembatan.flow.learning.MoodleLearningRoutes;
import id.jembatan.flow.learning.PriorCompletions;
import id.jembatan.flow.learning.SnapshotRoutes;
import id.jembatan.flow.learning.SnapshotSource;
import id.jembatan.flow.learning.SnapshotSteps;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.MoodleLogReader;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code moodle-learning}: created when Moodle ({@code jembatan.moodle.url}) is configured; statements go to the LRS at
 * {@code jembatan.lrs.endpoint}, or to the embedded statement store when that is empty. Its source is Moodle's log when {@code jembatan.moodle.log-jdbc-url} is set, else snapshots read
 * through web services (for sites that give no database access).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(MoodleLearningConfiguration.CONFIGURED)
class MoodleLearningConfiguration {

    /** Moodle is configured (an LRS always is: external or embedded). Repeated on the nested sources, which component scanning finds alone. */
    static final String CONFIGURED = "!'${jembatan.moodle.url:}'.isBlank()";

    @Bean
    LearningSettings learningSettings(MoodleProperties moodle, IdentityProperties identity,
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
    MoodleDirectory moodleDirectory(MoodleClient moodle, LearningSettings settings, MoodleLearningProperties flow) {
        return new MoodleDirectory(moodle, settings, flow.directoryTtl(), Ticker.systemTicker());
    }

    /** Source A: the log tail. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(CONFIGURED + " and !'${jembatan.moodle.log-jdbc-url:}'.isBlank()")
    static class LogTailSource {

        @Bean
        MoodleFunctionNeed moodleLearningNeeds(MoodleLearningProperties flow) {
            return new MoodleFunctionNeed("moodle-learning (log)", flow.enabled(), List.of("core_webservice_get_site_info",
                    "core_user_get_users_by_field", "core_course_get_courses", "core_course_get_categories",
                    "core_course_get_contents", "gradereport_user_get_grade_items"));
        }

        /**
         * The read-only pool to Moodle's database. Deliberately not a {@code DataSource} bean: one would replace the
         * state store's auto-configured data source.
         */
        @Bean(destroyMethod = "close")
        MoodleLogPool moodleLogPool(MoodleProperties moodle, ObjectProvider<MeterRegistry> meters) {
            return new MoodleLogPool(PeerPools.open("moodle-log", moodle.logJdbcUrl(), moodle.logUsername(),
                    moodle.logPassword(), true, 2, Map.of(), meters));
        }

        @Bean
        MoodleLogReader moodleLogReader(MoodleLogPool pool, MoodleProperties moodle) {
            return new MoodleLogReader(pool.dataSource(), moodle.logTablePrefix(), LearningEvents.ALL);
        }

        @Bean
        LogTail logTail(MoodleLogReader reader, WatermarkStore watermarks, MoodleLearningProperties flow) {
            if (!flow.startFrom().equals("now") && !flow.startFrom().equals("beginning")) {
                throw new IllegalStateException("jembatan.flows.moodle-learning.start-from must be 'now' or"
                        + " 'beginning', was '" + flow.startFrom() + "'");
            }
            return new LogTail(reader, watermarks, flow.batchSize(), flow.startFrom().equals("beginning"));
        }

        @Bean
        LearningSteps learningSteps(MoodleDirectory directory, LearningSettings settings, StatementDelivery delivery,
                MoodleLogReader reader, DeadLetterStore deadLetters, WatermarkStore watermarks) {
            return new LearningSteps(directory, new LearningTranslator(settings), delivery,
                    PriorCompletions.inLog(reader), deadLetters, watermarks);
        }

        @Bean
        MoodleLearningRoutes moodleLearningRoutes(LogTail logTail, LearningSteps steps, FlowSupervisor supervisor,
                MoodleLearningProperties flow,
                @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
            return new MoodleLearningRoutes(logTail, steps, supervisor, flow.enabled() && schedules, flow.prefetch());
        }
    }

    /** The connection pool to Moodle's database, closed with the application. */
    record MoodleLogPool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }

    /** Source B: snapshots through web services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(CONFIGURED + " and '${jembatan.moodle.log-jdbc-url:}'.isBlank()")
    static class SnapshotSourceConfiguration {

        @Bean
        MoodleFunctionNeed moodleSnapshotNeeds(MoodleLearningProperties flow) {
            return new MoodleFunctionNeed("moodle-learning (web services)", flow.enabled(), List.of("core_webservice_get_site_info",
                    "core_course_get_courses", "core_course_get_categories", "core_course_get_contents",
                    "core_enrol_get_enrolled_users", "core_completion_get_course_completion_status",
                    "core_completion_get_activities_completion_status", "gradereport_user_get_grade_items"));
        }

        @Bean
        SnapshotSource snapshotSource(MoodleClient moodle, MoodleDirectory directory, LearningSettings settings,
                WatermarkStore watermarks, MoodleLearningProperties flow) {
            return new SnapshotSource(moodle, directory, settings, watermarks, flow.snapshotPageSize(),
                    flow.learnerRoles());
        }

        @Bean
        SnapshotSteps snapshotSteps(LearningSettings settings, StatementDelivery delivery, IdempotencyStore facts,
                DeadLetterStore deadLetters, WatermarkStore watermarks) {
            return new SnapshotSteps(settings, delivery, facts, deadLetters, watermarks);
        }

        @Bean
        SnapshotRoutes snapshotRoutes(SnapshotSource source, SnapshotSteps steps, FlowSupervisor supervisor,
                MoodleLearningProperties flow,
                @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
            return new SnapshotRoutes(source, steps, supervisor, flow.enabled() && schedules);
        }
    }
}
