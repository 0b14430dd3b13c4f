package id.jembatan.bridge.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kinerja-performance} flow (e-Kinerja → LRS).
 *
 * @param enabled  whether the flow runs on its schedule (it also needs e-Kinerja and an LRS configured)
 * @param schedule time between two reads of what changed in e-Kinerja
 * @param pageSize e-Kinerja records per page
 */
@ConfigurationProperties("jembatan.flows.kinerja-performance")
public record KinerjaPerformanceProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration schedule,
        @DefaultValue("100") int pageSize) {
}
