package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.HrProfilesProperties;
import id.jembatan.bridge.config.MoodleFunctionNeed;
import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.flow.profiles.HrProfilesRoutes;
import id.jembatan.flow.profiles.ProfileSettings;
import id.jembatan.flow.profiles.ProfileSource;
import id.jembatan.flow.profiles.ProfileSteps;
import id.jembatan.hr.simpeg.SimpegSource;
import id.jembatan.hr.simpeg.SimpegSql;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.ReviewFlags;
import id.jembatan.support.state.WatermarkStore;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code hr-profiles}: created when Moodle ({@code jembatan.moodle.url}) and SIMPEG ({@code jembatan.simpeg.jdbc-url})
 * are configured. SIMPEG is read through {@code jembatan.simpeg.sql-dir}, or the reference queries when it is empty.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(HrProfilesConfiguration.CONFIGURED)
class HrProfilesConfiguration {

    static final String CONFIGURED = "!'${jembatan.moodle.url:}'.isBlank() and !'${jembatan.simpeg.jdbc-url:}'.isBlank()";

    @Bean
    MoodleFunctionNeed hrProfilesNeeds(HrProfilesProperties flow) {
        return new MoodleFunctionNeed("hr-profiles", flow.enabled(), List.of("core_webservice_get_site_info",
                "core_user_get_users_by_field", "core_user_create_users", "core_user_update_users",
                "core_cohort_get_cohorts", "core_cohort_create_cohorts", "core_cohort_add_cohort_members",
                "core_cohort_delete_cohort_members"));
    }

    @Bean
    SimpegSource simpegSource(SimpegPool pool, SimpegProperties simpeg) {
        SimpegSql sql = simpeg.sqlDir() == null || simpeg.sqlDir().toString().isBlank() ? SimpegSql.reference()
                : SimpegSql.fromDirectory(simpeg.sqlDir());
        return new SimpegSource(pool.dataSource(), sql, simpeg.queryTimeout());
    }

    @Bean
    ProfileSettings profileSettings(HrProfilesProperties flow) {
        return new ProfileSettings(flow.institution(), flow.jabatanField(), flow.golonganField(), flow.auth(),
                flow.opdCohortPrefix(), flow.jabatanCohortPrefix(), flow.internCohortPrefix(),
                flow.internIdnumberPrefix(), flow.internUsername(), ProfileSettings.WIB, flow.batchSize(),
                flow.pageSize());
    }

    @Bean
    ProfileSource profileSource(SimpegSource simpeg, WatermarkStore watermarks, ProfileSettings settings,
            HrProfilesProperties flow, ObjectProvider<Clock> clock) {
        return new ProfileSource(simpeg, watermarks, settings.pageSize(), clock.getIfAvailable(Clock::systemUTC),
                flow.reconcileEvery());
    }

    @Bean
    ProfileSteps profileSteps(MoodleClient moodle, ProfileSettings settings, IdempotencyStore hashes,
            DeadLetterStore deadLetters, WatermarkStore watermarks, ObjectProvider<Clock> clock,
            ObjectProvider<ReviewFlags> reviewFlags) {
        return new ProfileSteps(moodle, settings, clock.getIfAvailable(Clock::systemUTC), hashes, deadLetters,
                watermarks, reviewFlags.getIfAvailable(() -> ReviewFlags.NONE));
    }

    @Bean
    HrProfilesRoutes hrProfilesRoutes(ProfileSource source, ProfileSteps steps, FlowSupervisor supervisor,
            HrProfilesProperties flow, @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
        return new HrProfilesRoutes(source, steps, supervisor, flow.enabled() && schedules,
                flow.schedule().toMillis(), flow.reconcileEvery().toMillis());
    }
}
