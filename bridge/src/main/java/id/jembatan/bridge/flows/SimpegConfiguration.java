package id.jembatan.bridge.flows;

import id.jembatan.bridge.config.SimpegProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SIMPEG pool, when {@code jembatan.simpeg.jdbc-url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SimpegConfiguration.CONFIGURED)
class SimpegConfiguration {

    static final String CONFIGURED = "!'${jembatan.simpeg.jdbc-url:}'.isBlank()";

    @Bean(destroyMethod = "close")
    SimpegPool simpegPool(SimpegProperties simpeg, ObjectProvider<MeterRegistry> meters) {
        return new SimpegPool(simpeg, meters);
    }
}
