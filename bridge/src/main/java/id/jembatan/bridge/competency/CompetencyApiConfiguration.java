package id.jembatan.bridge.competency;

import id.jembatan.bridge.config.ApiProperties;
import id.jembatan.bridge.config.CompetencyProperties;
import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.bridge.flows.SimpegPool;
import id.jembatan.flow.credits.SummaryRefresh;
import id.jembatan.hr.simpeg.ActiveAsnReader;
import id.jembatan.hr.simpeg.CompetencySql;
import id.jembatan.hr.simpeg.CompetencySummaryWriter;
import id.jembatan.support.state.AuditLog;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the competency figures: the ledger reader on the state store, the API key check on {@code /api/**} only, the
 * OpenAPI security scheme, and, when SIMPEG is configured ({@code jembatan.simpeg.jdbc-url}), the active-ASN
 * headcount and the {@link SummaryRefresh} that {@code lrs-credits} calls.
 */
@Configuration(proxyBeanMethods = false)
class CompetencyApiConfiguration {

    static final String SECURITY_SCHEME = "apiKey";
    private static final Logger LOG = LoggerFactory.getLogger(CompetencyApiConfiguration.class);

    @Bean
    CompetencyLedger competencyLedger(DataSource stateStore) {
        return new CompetencyLedger(stateStore);
    }

    @Bean
    ApiKeys apiKeys(ApiProperties api) {
        ApiKeys keys = new ApiKeys(api);
        if (keys.size() == 0) {
            LOG.info("Tidak ada konsumen API / no API consumer configured: /api/** answers 401 "
                    + "(jembatan.api.clients.<name>.key-hash, .scopes)");
        }
        return keys;
    }

    @Bean
    ApiRefusals apiRefusals(AuditLog audit, ApiKeys keys) {
        return new ApiRefusals(audit, keys);
    }

    @Bean
    WebMvcConfigurer apiKeyCheck(ApiKeys keys) {
        ApiKeyInterceptor interceptor = new ApiKeyInterceptor(keys);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    OpenApiCustomizer apiKeySecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyInterceptor.HEADER)
                    .description("Kunci per konsumen / one key per consumer (jembatan.api.clients.<name>)"));
        };
    }

    @Bean
    CompetencyReports competencyReports(CompetencyLedger ledger, ObjectProvider<CompetencySimpeg> simpeg,
            CompetencyProperties properties) {
        return new CompetencyReports(ledger,
                () -> Optional.ofNullable(simpeg.getIfAvailable()).map(s -> s.roster().current()),
                properties.targetJp());
    }

    /** SIMPEG for the competency figures, through the shared {@link SimpegPool} (the summary table is written). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${jembatan.simpeg.jdbc-url:}'.isBlank()")
    static class Simpeg {

        @Bean
        CompetencySimpeg competencySimpeg(SimpegPool simpegPool, SimpegProperties simpeg,
                CompetencyProperties properties, ObjectProvider<Clock> clock) {
            CompetencySql sql = simpeg.sqlDir() == null || simpeg.sqlDir().toString().isBlank()
                    ? CompetencySql.referenceFor(simpeg.jdbcUrl())
                    : CompetencySql.fromDirectoryFor(simpeg.sqlDir(), simpeg.jdbcUrl());
            DataSource pool = simpegPool.dataSource();
            return new CompetencySimpeg(
                    new RosterSource(new ActiveAsnReader(pool, sql.activeAsn(), simpeg.queryTimeout()),
                            properties.rosterCacheTtl(), clock.getIfAvailable(Clock::systemUTC)),
                    new CompetencySummaryWriter(pool, sql.summaryUpsert(), simpeg.queryTimeout(),
                            properties.summaryBatchSize()));
        }

        @Bean
        SummaryRefresh competencySummaryRefresh(CompetencyLedger ledger, CompetencySimpeg simpeg,
                CompetencyProperties properties, ObjectProvider<Clock> clock) {
            return new SimpegCompetencySummary(ledger, simpeg.writer(), properties.targetJp(),
                    clock.getIfAvailable(Clock::systemUTC));
        }
    }

    /** SIMPEG as the competency figures use it. */
    record CompetencySimpeg(RosterSource roster, CompetencySummaryWriter writer) {
    }
}
