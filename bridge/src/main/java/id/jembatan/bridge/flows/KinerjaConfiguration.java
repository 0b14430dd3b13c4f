package id.jembatan.bridge.flows;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.bridge.config.IdentityProperties;
import id.jembatan.bridge.config.KinerjaPerformanceProperties;
import id.jembatan.bridge.config.KinerjaProperties;
import id.jembatan.bridge.config.KinerjaRecommendationsProperties;
import id.jembatan.bridge.config.MoodleFunctionNeed;
import id.jembatan.bridge.ops.PeerCalls;
import id.jembatan.flow.kinerja.KinerjaPerformanceRoutes;
import id.jembatan.flow.kinerja.KinerjaRecommendationsRoutes;
import id.jembatan.flow.kinerja.KinerjaSettings;
import id.jembatan.flow.kinerja.PerformanceSteps;
import id.jembatan.flow.kinerja.RecommendationRules;
import id.jembatan.flow.kinerja.RecommendationSettings;
import id.jembatan.flow.kinerja.RecommendationSteps;
import id.jembatan.hr.HttpCallListener;
import id.jembatan.hr.kinerja.HttpKinerjaSource;
import id.jembatan.hr.kinerja.KinerjaCodes;
import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.kinerja.KinerjaFields;
import id.jembatan.hr.kinerja.KinerjaHttpConfig;
import id.jembatan.hr.kinerja.KinerjaSource;
import id.jembatan.hr.kinerja.KinerjaSql;
import id.jembatan.hr.kinerja.SqlKinerjaSource;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code kinerja-performance} and {@code kinerja-recommendations}: the e-Kinerja source when {@code jembatan.kinerja.url}
 * (HTTP API) or {@code jembatan.kinerja.jdbc-url} (database) is set; the performance flow with it (to the LRS, or the
 * embedded statement store); the recommendations flow when Moodle is configured too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(KinerjaConfiguration.CONFIGURED)
class KinerjaConfiguration {

    /** e-Kinerja is configured. Repeated on the nested flows, which component scanning finds alone. */
    static final String CONFIGURED = "!'${jembatan.kinerja.url:}'.isBlank() or !'${jembatan.kinerja.jdbc-url:}'.isBlank()";

    @Bean
    KinerjaSource kinerjaSource(KinerjaProperties kinerja, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<PeerCalls> calls) {
        KinerjaCodes codes = KinerjaCodes.siasn().with(kinerja.ratingCodes(), kinerja.predikatCodes());
        if (kinerja.usesHttp()) {
            KinerjaProperties.Http http = kinerja.http();
            KinerjaHttpConfig config = new KinerjaHttpConfig(kinerja.url(), kinerja.token(), kinerja.connectTimeout(),
                    kinerja.readTimeout(), KinerjaFields.withOverrides(kinerja.fields()), http.recordsPath(),
                    http.sinceParam(), http.untilParam(), http.pageParam(), http.sizeParam());
            return new HttpKinerjaSource(config, codes, clock.getIfAvailable(Clock::systemUTC),
                    calls.stream().findFirst().map(c -> c.http("e-kinerja")).orElse(HttpCallListener.NONE));
        }
        KinerjaSql sql = kinerja.sqlDir() == null || kinerja.sqlDir().toString().isBlank() ? KinerjaSql.reference()
                : KinerjaSql.fromDirectory(kinerja.sqlDir());
        return new ClosingSqlSource(PeerPools.open("kinerja", kinerja.jdbcUrl(), kinerja.username(), kinerja.password(),
                true, 2, Map.of(), meters), sql, codes, kinerja);
    }

    @Bean
    KinerjaSettings kinerjaSettings(KinerjaProperties kinerja, IdentityProperties identity,
            KinerjaPerformanceProperties flow) {
        byte[] key = null;
        if (identity.pseudonymize()) {
            if (identity.pseudonymKey() == null || identity.pseudonymKey().length() < 16) {
                throw new IllegalStateException("jembatan.identity.pseudonymize is on: set"
                        + " jembatan.identity.pseudonym-key to a secret of at least 16 characters");
            }
            key = identity.pseudonymKey().getBytes(StandardCharsets.UTF_8);
        }
        URI site = kinerja.site();
        if (site == null || site.toString().isBlank()) {
            if (!kinerja.usesHttp()) {
                throw KinerjaException.configuration("jembatan.kinerja.site wajib bila e-Kinerja dibaca lewat SQL / is"
                        + " required when e-Kinerja is read through SQL: the IRI naming your e-Kinerja, e.g."
                        + " https://ekinerja.kota.go.id");
            }
            URI url = kinerja.url();
            site = URI.create(url.getScheme() + "://" + url.getAuthority());
        }
        return new KinerjaSettings(identity.homePage(), key, site, KinerjaSettings.WIB, flow.pageSize());
    }

    /** The performance flow: delivers to the configured LRS, or the embedded statement store when there is none. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(CONFIGURED)
    static class Performance {

        @Bean
        PerformanceSteps performanceSteps(KinerjaSource source, KinerjaSettings settings, StatementDelivery delivery,
                IdempotencyStore sent, DeadLetterStore deadLetters, WatermarkStore watermarks) {
            return new PerformanceSteps(source, settings, delivery, sent, deadLetters, watermarks);
        }

        @Bean
        KinerjaPerformanceRoutes kinerjaPerformanceRoutes(PerformanceSteps steps,
                ObjectProvider<RecommendationSteps> recommendations, FlowSupervisor supervisor,
                KinerjaPerformanceProperties flow, KinerjaRecommendationsProperties next,
                @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
            return new KinerjaPerformanceRoutes(steps, next.enabled() ? recommendations.getIfAvailable() : null,
                    supervisor, flow.enabled() && schedules, flow.schedule().toMillis());
        }
    }

    /** The recommendations flow: needs Moodle. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("(" + CONFIGURED + ") and !'${jembatan.moodle.url:}'.isBlank()")
    static class Recommendations {

        @Bean
        MoodleFunctionNeed kinerjaRecommendationsNeeds(KinerjaRecommendationsProperties flow) {
            return new MoodleFunctionNeed("kinerja-recommendations", flow.enabled(), List.of("core_webservice_get_site_info",
                    "core_user_get_users_by_field", "core_course_get_courses_by_field", "core_enrol_get_users_courses",
                    "enrol_manual_enrol_users", "core_message_send_instant_messages"));
        }

        @Bean
        RecommendationSteps recommendationSteps(KinerjaSource source, MoodleClient moodle, KinerjaSettings settings,
                KinerjaRecommendationsProperties flow, ObjectProvider<Clock> clock, IdempotencyStore marks,
                DeadLetterStore deadLetters, WatermarkStore watermarks, AuditLog audit) {
            RecommendationSettings recommendations = new RecommendationSettings(RecommendationRules.load(flow.rules()),
                    flow.roleId(), flow.enrolmentLength(), flow.notifyEvaluator(), flow.batchSize());
            return new RecommendationSteps(source, moodle, settings, recommendations,
                    clock.getIfAvailable(Clock::systemUTC), marks, deadLetters, watermarks, audit);
        }

        @Bean
        KinerjaRecommendationsRoutes kinerjaRecommendationsRoutes(RecommendationSteps steps, FlowSupervisor supervisor) {
            return new KinerjaRecommendationsRoutes(steps, supervisor);
        }
    }

    /** The SQL source with its connection pool, closed with the application. */
    static final class ClosingSqlSource implements KinerjaSource, AutoCloseable {

        private final HikariDataSource pool;
        private final SqlKinerjaSource source;

        ClosingSqlSource(HikariDataSource pool, KinerjaSql sql, KinerjaCodes codes, KinerjaProperties kinerja) {
            this.pool = pool;
            String where = kinerja.jdbcUrl().replaceAll("[?;].*$", "");
            this.source = new SqlKinerjaSource(pool, sql, codes, kinerja.queryTimeout(), where);
        }

        SqlKinerjaSource sql() {
            return source;
        }

        @Override
        public String kind() {
            return source.kind();
        }

        @Override
        public String describe() {
            return source.describe();
        }

        @Override
        public id.jembatan.hr.kinerja.KinerjaRead open(String watermark, int pageSize) {
            return source.open(watermark, pageSize);
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
