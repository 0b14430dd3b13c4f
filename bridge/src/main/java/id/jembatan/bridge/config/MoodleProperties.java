package id.jembatan.bridge.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Moodle site the bridge talks to through its REST web services.
 *
 * @param url            base URL of the Moodle site (its wwwroot), e.g. {@code https://elearning.example.go.id};
 *                       empty = no Moodle configured
 * @param token          web service token of the bridge's service account (secret: set it through the
 *                       environment variable {@code JEMBATAN_MOODLE_TOKEN}, never in a committed file)
 * @param logJdbcUrl     optional read-only JDBC URL of Moodle's database; when set, {@code moodle-learning}
 *                       tails {@code logstore_standard_log} instead of polling web services
 * @param logTablePrefix table prefix of Moodle's database ({@code $CFG->prefix}), {@code mdl_} by default
 * @param logUsername    user for {@code logJdbcUrl}, when the URL does not carry one; needs only SELECT on the
 *                       log table
 * @param logPassword    that user's password (secret: {@code JEMBATAN_MOODLE_LOG_PASSWORD})
 * @param connectTimeout how long to wait for a TCP connection to Moodle
 * @param readTimeout    how long to wait for one web service answer
 */
@Validated
@ConfigurationProperties("jembatan.moodle")
public record MoodleProperties(
        URI url,
        String token,
        String logJdbcUrl,
        @DefaultValue("mdl_") String logTablePrefix,
        String logUsername,
        String logPassword,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {

    /** Whether a Moodle site is configured at all. */
    public boolean configured() {
        return url != null && !url.toString().isBlank();
    }

    @Override
    public String toString() {
        return "MoodleProperties[url=" + url + ", token=" + (token == null || token.isEmpty() ? "(none)" : "(set)")
                + ", logJdbcUrl=" + (logJdbcUrl == null ? "(none)" : "(set)") + ", logTablePrefix=" + logTablePrefix
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
