package id.jembatan.flow.credits;

import id.jembatan.lrs.xapi.CompetencyType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How {@code lrs-credits} turns statements into credits ({@code jembatan.flows.lrs-credits.*}).
 *
 * @param provider        the provider of credits from our Moodle: the OPD that runs it
 * @param zone            the zone completion dates are taken in
 * @param certificates    the certificate numbers
 * @param mapping         JP and type for activities whose statements do not say
 * @param jpFromDuration  whether {@code result.duration} (45 minutes = 1 JP) counts as the statement's JP when it
 *                        has no JP extension; off by default: time spent is not hours credited
 * @param pageSize        statements per LRS page
 * @param overlap         how far before the watermark each pass re-reads, for statements stored in the same instant
 *                        as the last one read
 * @param siasnJenis      the SIASN {@code jenisKursusId} of each competency type
 * @param siasnBatch      credits pushed to SIASN per ledger read
 */
public record CreditSettings(String provider, ZoneId zone, CertificateNumbers certificates, CreditMapping mapping,
        boolean jpFromDuration, int pageSize, Duration overlap, Map<CompetencyType, String> siasnJenis,
        int siasnBatch) {

    /** Jakarta (WIB): where the reference deployment is. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public CreditSettings {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("jembatan.flows.lrs-credits.provider harus diisi / must be set: the OPD"
                    + " that runs the Moodle");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(mapping, "mapping");
        if (pageSize < 1) {
            throw new IllegalArgumentException("jembatan.flows.lrs-credits.page-size must be at least 1");
        }
        overlap = overlap == null ? Duration.ofMillis(1) : overlap;
        siasnJenis = Map.copyOf(siasnJenis);
    }
}
