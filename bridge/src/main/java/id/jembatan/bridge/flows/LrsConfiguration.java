package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.LrsProperties;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The LRS client and the error handling every flow shares. */
@Configuration(proxyBeanMethods = false)
class LrsConfiguration {

    @Bean
    @ConditionalOnExpression("!'${jembatan.lrs.endpoint:}'.isBlank()")
    LrsClient lrsClient(LrsProperties properties) {
        return new LrsClient(new LrsConfig(properties.endpoint(), properties.username(), properties.password(),
                properties.connectTimeout(), properties.readTimeout()));
    }

    @Bean
    @ConditionalOnExpression("!'${jembatan.lrs.endpoint:}'.isBlank()")
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
}
