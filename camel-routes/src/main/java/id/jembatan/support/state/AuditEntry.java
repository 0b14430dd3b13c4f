package id.jembatan.support.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing someone did to the bridge.
 *
 * @param id      store-assigned, increasing
 * @param at      when
 * @param actor   who: a console user name, {@code cli}, or {@code system}
 * @param action  what, in kebab-case: {@code dead-letter-replay}, {@code backfill-start}
 * @param subject what it was done to (a dead letter id, a flow id); may be null
 * @param detail  free text; may be null; never contains secrets
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
