package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.LrsCreditsProperties;
import id.jembatan.bridge.config.SiasnProperties;
import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.bridge.ops.PeerCalls;
import id.jembatan.flow.credits.CertificateNumbers;
import id.jembatan.flow.credits.CreditLedger;
import id.jembatan.flow.credits.CreditMapping;
import id.jembatan.flow.credits.CreditSettings;
import id.jembatan.flow.credits.CreditSource;
import id.jembatan.flow.credits.CreditSteps;
import id.jembatan.flow.credits.LrsCreditsRoutes;
import id.jembatan.flow.credits.SummaryRefresh;
import id.jembatan.hr.HttpCallListener;
import id.jembatan.hr.siasn.SiasnClient;
import id.jembatan.hr.siasn.SiasnConfig;
import id.jembatan.hr.simpeg.CreditSql;
import id.jembatan.hr.simpeg.SimpegCredits;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.WatermarkStore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code lrs-credits}: created when SIMPEG ({@code jembatan.simpeg.jdbc-url}) is configured; statements are read from
 * the LRS at {@code jembatan.lrs.endpoint}, or from the embedded statement store when that is empty. SIMPEG is written through {@code jembatan.simpeg.sql-dir}, or the reference SQL; the SIASN push
 * runs when {@code jembatan.siasn.url} is set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(LrsCreditsConfiguration.CONFIGURED)
class LrsCreditsConfiguration {

    static final String CONFIGURED = "!'${jembatan.simpeg.jdbc-url:}'.isBlank()";

    @Bean
    SimpegCredits simpegCredits(SimpegPool pool, SimpegProperties simpeg) {
        SimpegDialect dialect = CreditSql.nativeDialect(simpeg.jdbcUrl()).orElse(null);
        CreditSql sql = simpeg.sqlDir() == null || simpeg.sqlDir().toString().isBlank() ? CreditSql.reference(dialect)
                : CreditSql.fromDirectory(simpeg.sqlDir(), dialect);
        return new SimpegCredits(pool.dataSource(), sql, simpeg.queryTimeout());
    }

    @Bean
    CreditSettings creditSettings(LrsCreditsProperties flow, SiasnProperties siasn) {
        CreditMapping mapping = flow.mappingFile() == null || flow.mappingFile().toString().isBlank()
                ? CreditMapping.empty() : CreditMapping.load(flow.mappingFile());
        Map<CompetencyType, String> jenis = new EnumMap<>(CompetencyType.class);
        Optional.ofNullable(siasn.jenisKursus()).orElse(Map.of()).forEach((type, id) -> jenis.put(
                CompetencyType.fromValue(type).orElseThrow(() -> new IllegalArgumentException("jembatan.siasn."
                        + "jenis-kursus." + type + ": jenis kompetensi tidak dikenal / unknown competency type (teknis,"
                        + " manajerial, sosial-kultural)")), id));
        return new CreditSettings(flow.provider(), flow.zone(), new CertificateNumbers(flow.certificatePattern()),
                mapping, flow.jpFromDuration(), flow.pageSize(), flow.overlap(), jenis, siasn.batchSize());
    }

    @Bean
    CreditSource creditSource(LrsClient lrs, WatermarkStore watermarks, CreditSettings settings,
            LrsCreditsProperties flow) {
        return new CreditSource(lrs, watermarks, settings, flow.startFrom());
    }

    @Bean
    CreditSteps creditSteps(CreditSettings settings, CreditLedger ledger, SimpegCredits simpeg, SiasnProperties siasn,
            ObjectProvider<SummaryRefresh> summary, DeadLetterStore deadLetters, WatermarkStore watermarks,
            ObjectProvider<PeerCalls> calls) {
        SiasnClient client = siasn.configured() ? new SiasnClient(new SiasnConfig(siasn.url(), siasn.tokenUrl(),
                siasn.clientId(), siasn.clientSecret(), siasn.connectTimeout(), siasn.readTimeout()),
                calls.stream().findFirst().map(c -> c.http("siasn")).orElse(HttpCallListener.NONE)) : null;
        return new CreditSteps(settings, ledger, simpeg, client, summary::getIfAvailable, deadLetters, watermarks);
    }

    @Bean
    LrsCreditsRoutes lrsCreditsRoutes(CreditSource source, CreditSteps steps, FlowSupervisor supervisor,
            LrsCreditsProperties flow, @Value("${jembatan.internal.schedules-enabled:true}") boolean schedules) {
        return new LrsCreditsRoutes(source, steps, supervisor, flow.enabled() && schedules,
                flow.schedule().toMillis());
    }
}
