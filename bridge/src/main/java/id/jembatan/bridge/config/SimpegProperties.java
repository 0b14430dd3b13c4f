package id.jembatan.bridge.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SIMPEG database {@code hr-profiles} reads, read-only, through the queries of {@code config/simpeg/}.
 *
 * @param jdbcUrl      JDBC URL of SIMPEG (PostgreSQL or MariaDB); empty = no SIMPEG configured
 * @param username     a user with SELECT on the tables the queries read
 * @param password     that user's password (secret: set it through {@code JEMBATAN_SIMPEG_PASSWORD})
 * @param sqlDir       folder of the site's queries ({@code asn-changed.sql}, ...); empty = the reference queries
 *                     for the reference schema
 * @param queryTimeout longest one page query may run
 */
@ConfigurationProperties("jembatan.simpeg")
public record SimpegProperties(
        String jdbcUrl,
        String username,
        String password,
        Path sqlDir,
        @DefaultValue("60s") Duration queryTimeout) {

    /** Whether a SIMPEG database is configured at all. */
    public boolean configured() {
        return jdbcUrl != null && !jdbcUrl.isBlank();
    }

    @Override
    public String toString() {
        return "SimpegProperties[jdbcUrl=" + (configured() ? "(set)" : "(none)") + ", username=" + username
                + ", password=" + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", sqlDir=" + sqlDir
                + ", queryTimeout=" + queryTimeout + "]";
    }
}
