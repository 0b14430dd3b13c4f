package id.jembatan.bridge.ops;

import id.jembatan.bridge.cli.Check;
import id.jembatan.bridge.config.OperationsProperties;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetterStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires what operators see: the flows' and peers' metrics, the health of each peer ({@code peers}: the same look as
 * {@code check}, cached {@code jembatan.operations.health-cache}; the state store by a validation query) and of each
 * flow ({@code flows}), every dead letter at WARN, and who may read {@code /actuator} ({@link OperatorAccess}).
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** The {@code state-store} check migrates the schema; its health asks the pool instead. */
    static final String STATE_STORE = "state-store";

    @Bean
    FlowMetrics flowMetrics(MeterRegistry registry, ObjectProvider<Clock> clock) {
        return new FlowMetrics(registry, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PeerCalls peerCalls(MeterRegistry registry) {
        return new PeerCalls(registry);
    }

    @Bean
    CompositeHealthContributor peersHealthContributor(List<Check> checks, DataSource stateStore,
            OperationsProperties properties, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        Map<String, HealthContributor> peers = new LinkedHashMap<>();
        peers.put(STATE_STORE, new DataSourceHealthIndicator(stateStore));
        for (Check check : checks) {
            if (!check.name().equals(STATE_STORE)) {
                peers.put(check.name(), new CheckHealth(check, properties.healthCache(), time));
            }
        }
        return CompositeHealthContributor.fromMap(peers);
    }

    @Bean
    CompositeHealthContributor flowsHealthContributor(CamelContext camel, FlowSupervisor supervisor,
            FlowMetrics metrics) {
        return new FlowHealth(camel, supervisor, metrics);
    }

    @Bean
    static BeanPostProcessor loggedDeadLetters() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DeadLetterStore store ? LoggedDeadLetters.around(store) : bean;
            }
        };
    }

    /** The web side: only when the service serves HTTP. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        FilterRegistrationBean<OperatorAccess> operatorAccess(OperationsProperties properties) {
            FilterRegistrationBean<OperatorAccess> registration = new FilterRegistrationBean<>(
                    new OperatorAccess(properties));
            registration.addUrlPatterns("/actuator", "/actuator/*");
            registration.setName("operatorAccess");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }

        @Bean
        FilterRegistrationBean<XapiRequestMetrics> xapiRequestMetrics(MeterRegistry registry) {
            FilterRegistrationBean<XapiRequestMetrics> registration = new FilterRegistrationBean<>(
                    new XapiRequestMetrics(registry));
            registration.addUrlPatterns("/xapi/*");
            registration.setName("xapiRequestMetrics");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
