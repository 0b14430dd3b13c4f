package id.jembatan.bridge.flows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    /**
     * The read-only pool to SIMPEG. Deliberately not a {@code DataSource} bean: one would replace the state store's
     * auto-configured data source.
     */
    @Bean(destroyMethod = "close")
    SimpegPool simpegPool(SimpegProperties simpeg) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("simpeg");
        config.setJdbcUrl(simpeg.jdbcUrl());
        config.setUsername(simpeg.username());
        config.setPassword(simpeg.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        return new SimpegPool(new HikariDataSource(config));
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
            DeadLetterStore deadLetters, WatermarkStore watermarks, ObjectProvider<Clock> clock) {
        return new ProfileSteps(moodle, settings, clock.getIfAvailable(Clock::systemUTC), hashes, deadLetters,
                watermarks);
    }

    @Bean
    HrProfilesRoutes hrProfilesRoutes(ProfileSource source, ProfileSteps steps, FlowSupervisor supervisor,
            HrProfilesProperties flow, @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
        return new HrProfilesRoutes(source, steps, supervisor, flow.enabled() && schedules,
                flow.schedule().toMillis(), flow.reconcileEvery().toMillis());
    }

    /** The connection pool to SIMPEG, closed with the application. */
    record SimpegPool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }
}
