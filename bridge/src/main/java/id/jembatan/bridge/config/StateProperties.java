package id.jembatan.bridge.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bridge's own state store: watermarks, idempotency keys, dead letters and the audit log.
 * {@code application.yml} maps these onto {@code spring.datasource.*}; Flyway creates the tables.
 *
 * @param jdbcUrl  JDBC URL of the state store: an H2 file under {@code ./data} by default, or PostgreSQL
 *                 ({@code jdbc:postgresql://host:5432/db}) or MariaDB ({@code jdbc:mariadb://host:3306/db})
 * @param username database user of the state store
 * @param password password of that user (secret: set it through {@code JEMBATAN_STATE_PASSWORD})
 */
@ConfigurationProperties("jembatan.state")
public record StateProperties(
        @DefaultValue("jdbc:h2:file:./data/jembatan-state") String jdbcUrl,
        @DefaultValue("sa") String username,
        String password) {

    @Override
    public String toString() {
        return "StateProperties[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
