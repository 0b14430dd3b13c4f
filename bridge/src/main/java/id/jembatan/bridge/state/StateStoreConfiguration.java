package id.jembatan.bridge.state;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the state store: the per-database values of the schema's placeholders into Flyway, and the JDBC
 * stores as the {@code id.jembatan.support.state} interfaces the flows use.
 */
@Configuration(proxyBeanMethods = false)
class StateStoreConfiguration {

    @Bean
    FlywayConfigurationCustomizer stateSchemaPlaceholders() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.putAll(StateDialect.of(configuration.getDataSource()).placeholders());
            configuration.placeholders(placeholders);
        };
    }

    /**
     * The state store's pool (Spring Boot's {@code dataSource}) gets its database's
     * {@link StateDialect#driverProperties() driver settings} before anything connects.
     */
    @Bean
    static BeanPostProcessor stateStoreDriverProperties() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && "dataSource".equals(beanName)) {
                    StateDialect.applyDriverProperties(pool);
                }
                return bean;
            }
        };
    }

    @Bean
    StateJdbc stateJdbc(DataSource dataSource, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        return new StateJdbc(dataSource, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    WatermarkStore watermarkStore(StateJdbc state) {
        return new JdbcWatermarkStore(state);
    }

    @Bean
    IdempotencyStore idempotencyStore(StateJdbc state) {
        return new JdbcIdempotencyStore(state);
    }

    @Bean
    DeadLetterStore deadLetterStore(StateJdbc state) {
        return new JdbcDeadLetterStore(state);
    }

    @Bean
    AuditLog auditLog(StateJdbc state) {
        return new JdbcAuditLog(state);
    }
}
