package id.jembatan.bridge.competency;

import id.jembatan.hr.simpeg.ActiveAsnReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active ASN per OPD from SIMPEG, read once per {@code jembatan.competency.roster-cache-ttl}: one query of about
 * 10,000 rows for a city, reused by the requests that follow so that a dashboard polling every OPD does not read
 * SIMPEG for each.
 */
final class RosterSource {

    private static final Logger LOG = LoggerFactory.getLogger(RosterSource.class);

    private final ActiveAsnReader reader;
    private final Duration ttl;
    private final Clock clock;
    private ActiveRoster cached;

    RosterSource(ActiveAsnReader reader, Duration ttl, Clock clock) {
        this.reader = reader;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The roster, read again when the cached one is older than the TTL. */
    synchronized ActiveRoster current() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.readAt().plus(ttl))) {
            ActiveAsnReader.Roster read = reader.read();
            if (!read.rejected().isEmpty()) {
                LOG.warn("asn-active-by-opd: {} baris dilewati / rows left out of the headcount, e.g. {}",
                        read.rejected().size(), read.rejected().get(0).reason());
            }
            cached = ActiveRoster.of(read.active(), now);
        }
        return cached;
    }
}
