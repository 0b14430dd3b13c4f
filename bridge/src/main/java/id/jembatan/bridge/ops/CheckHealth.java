package id.jembatan.bridge.ops;

import id.jembatan.bridge.cli.Check;
import id.jembatan.bridge.cli.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A peer's health: what {@code check} finds there, reused for {@code ttl} so that frequent health requests do not
 * each call the peer. OK is UP, FAILED is DOWN, not configured is UNKNOWN; the check's line is the detail.
 */
final class CheckHealth implements HealthIndicator {

    private final Check check;
    private final Duration ttl;
    private final Clock clock;
    private CheckResult result;
    private Instant checkedAt;

    CheckHealth(Check check, Duration ttl, Clock clock) {
        this.check = check;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (result == null || !now.isBefore(checkedAt.plus(ttl))) {
            result = check.run();
            checkedAt = now;
        }
        Health.Builder health = switch (result.status()) {
            case OK -> Health.up();
            case FAILED -> Health.down();
            case SKIPPED -> Health.unknown();
        };
        return health.withDetail("detail", result.detail()).withDetail("checkedAt", checkedAt.toString()).build();
    }
}
