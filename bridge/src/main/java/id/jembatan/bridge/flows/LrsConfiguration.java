package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.LrsProperties;
import id.jembatan.bridge.ops.PeerCalls;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsTransport;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.lrs.store.InProcessTransport;
import id.jembatan.lrs.store.DocumentStore;
import id.jembatan.lrs.store.StatementStore;
import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiResource;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The LRS client and the error handling every flow shares. With {@code jembatan.lrs.endpoint} set the client speaks
 * HTTP to that LRS; empty, it reaches the embedded statement store in the state database through
 * {@link InProcessTransport}, which answers exactly as {@code /xapi/statements} does over HTTP, so no flow can tell
 * the difference (docs/decisions/0009-embedded-statement-store.md). Either way its calls are measured
 * ({@link PeerCalls}).
 */
@Configuration(proxyBeanMethods = false)
class LrsConfiguration {

    /** No external LRS: the embedded store serves. */
    static final String EMBEDDED = "'${jembatan.lrs.endpoint:}'.isBlank()";

    /** The Basic-auth user the bridge's own requests carry in process (no password is checked there). */
    static final String BRIDGE_CLIENT = "jembatan";

    @Bean
    @ConditionalOnExpression(EMBEDDED)
    StatementStore statementStore(DataSource dataSource, LrsProperties properties, ObjectProvider<Clock> clock) {
        return new StatementStore(dataSource, clock.getIfAvailable(Clock::systemUTC),
                properties.embedded().consistencyMargin());
    }

    @Bean
    @ConditionalOnExpression(EMBEDDED)
    DocumentStore xapiDocumentStore(DataSource dataSource, ObjectProvider<Clock> clock) {
        return new DocumentStore(dataSource, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnExpression(EMBEDDED)
    XapiResource xapiResource(StatementStore store, DocumentStore documents, LrsProperties properties,
            @Value("${server.servlet.context-path:}") String contextPath) {
        return new XapiResource(store, documents, basePath(contextPath), properties.embedded().maxPageSize(),
                properties.embedded().maxStatementsPerRequest());
    }

    @Bean
    LrsClient lrsClient(LrsProperties properties, ObjectProvider<XapiResource> embedded,
            @Value("${server.port:8080}") int port, @Value("${server.servlet.context-path:}") String contextPath,
            ObjectProvider<PeerCalls> calls) {
        PeerCalls measured = calls.stream().findFirst().orElse(null);
        if (properties.configured()) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(properties.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            return new LrsClient(new LrsConfig(properties.endpoint(), properties.username(), properties.password(),
                    properties.connectTimeout(), properties.readTimeout()), measured(LrsTransport.http(http), measured));
        }
        String basePath = basePath(contextPath);
        XapiClient bridge = XapiClient.of(BRIDGE_CLIENT, "Jembatan", properties.embedded().authorityHomePage(), false);
        URI endpoint = URI.create("http://localhost:" + (port > 0 ? port : 8080) + basePath);
        return new LrsClient(new LrsConfig(endpoint, BRIDGE_CLIENT, "", properties.connectTimeout(),
                properties.readTimeout()), measured(new InProcessTransport(embedded.getObject(), basePath, bridge),
                measured));
    }

    private static LrsTransport measured(LrsTransport transport, PeerCalls calls) {
        return calls == null ? transport : calls.lrs(transport);
    }

    @Bean
    StatementDelivery statementDelivery(LrsClient client, LrsProperties properties) {
        return new StatementDelivery(client, properties.batchSize());
    }

    @Bean
    FlowErrorHandling flowErrorHandling() {
        return new FlowErrorHandling();
    }

    @Bean
    FlowSupervisor flowSupervisor() {
        return new FlowSupervisor();
    }

    static String basePath(String contextPath) {
        String context = contextPath == null ? "" : contextPath.replaceAll("/+$", "");
        return context + "/xapi/";
    }
}
