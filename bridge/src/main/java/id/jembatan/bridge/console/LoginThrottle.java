package id.jembatan.bridge.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks a user name out for a while after a run of failed logins, so that passwords cannot be guessed at speed.
 * Kept in memory: a restart forgets it, which costs a guesser a restart of the bridge per run.
 */
class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean locked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    void failed(String username) {
        failures.compute(key(username), (k, f) -> {
            int count = (f == null || (f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil())))
                    ? 1 : f.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
