package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.WatermarkStore;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The state store as the application wires it from {@code application.yml} and {@code JEMBATAN_STATE_*}. */
class StateStoreWiringTest {

    private final ApplicationContextRunner configOnly = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer());

    private final ApplicationContextRunner app = configOnly
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withUserConfiguration(StateStoreConfiguration.class);

    @Test
    void withoutAStateUrlTheStoreIsAnH2FileUnderData() {
        configOnly.run(context -> {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo("jdbc:h2:file:./data/jembatan-state");
            assertThat(context.getEnvironment().getProperty("spring.datasource.username")).isEqualTo("sa");
        });
    }

    @Test
    void stateUrlFromTheEnvironmentPutsTheStoreOnPostgresqlMigratedAndServingTheStores() {
        String url = EmbeddedPostgresServer.newDatabase();
        app.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-environment", Map.of(
                                "JEMBATAN_STATE_JDBC_URL", url,
                                "JEMBATAN_STATE_USERNAME", "postgres",
                                "JEMBATAN_STATE_PASSWORD", ""))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                        assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                    }
                    assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class)
                            .getDataSourceProperties()).as("a batch of rows goes as multi-row INSERTs")
                            .containsEntry("reWriteBatchedInserts", "true");
                    assertThat(context.getBean(Flyway.class).info().pending()).as("every migration applied")
                            .isEmpty();
                    assertThat(context.getBean(Flyway.class).info().current()).isNotNull();

                    context.getBean(WatermarkStore.class).advance("hr-profiles", "simpeg", "2025-06-01T00:00:00Z");
                    assertThat(context.getBean(WatermarkStore.class).get("hr-profiles", "simpeg"))
                            .contains("2025-06-01T00:00:00Z");
                    assertThat(context.getBean(IdempotencyStore.class).markIfAbsent("p", "k", "v")).isTrue();
                    long id = context.getBean(DeadLetterStore.class).record("hr-profiles", "k", "{}", "bad NIP", null);
                    assertThat(context.getBean(DeadLetterStore.class).find(id).orElseThrow().status())
                            .isEqualTo(DeadLetterStatus.OPEN);
                    context.getBean(AuditLog.class).record("cli", "dead-letter-replay", Long.toString(id), null);
                    assertThat(context.getBean(AuditLog.class).recent(1)).hasSize(1);
                });
    }
}
