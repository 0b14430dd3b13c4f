package id.jembatan.flow.kinerja;

import id.jembatan.lrs.xapi.StatementIds;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the kinerja flows identify people and SKP periods.
 *
 * @param homePage {@code jembatan.identity.home-page}: the account homePage of ASN (and evaluators) by NIP
 * @param pseudonymKey {@code jembatan.identity.pseudonym-key} when {@code pseudonymize} is on, else null
 * @param site the IRI that names the e-Kinerja system ({@code jembatan.kinerja.site}); SKP period activities are
 *     {@code <site>/skp/<year>/<period>}
 * @param zone the zone of dates e-Kinerja writes without one (WIB)
 * @param pageSize records per page read from e-Kinerja
 */
public record KinerjaSettings(URI homePage, byte[] pseudonymKey, URI site, ZoneId zone, int pageSize) {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public KinerjaSettings {
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(zone, "zone");
        site = URI.create(StatementIds.canonicalSite(site));
        if (pageSize < 1) {
            throw new IllegalArgumentException("jembatan.flows.kinerja-performance.page-size must be at least 1");
        }
    }
}
