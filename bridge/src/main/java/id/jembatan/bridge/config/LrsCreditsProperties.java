package id.jembatan.bridge.config;

import id.jembatan.flow.credits.CertificateNumbers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code lrs-credits} flow (LRS → competency credits → SIMPEG riwayat diklat, optionally SIASN).
 *
 * @param enabled            whether the flow runs on its schedule (it also needs the LRS and SIMPEG configured)
 * @param schedule           time between two passes
 * @param pageSize           statements per LRS page
 * @param provider           the provider (institusi penyelenggara) of credits from our Moodle: the OPD that runs it
 * @param zone               the zone in which completion dates and credit years are taken
 * @param certificatePattern certificate numbers: {@code {year}}, {@code {month}}, {@code {nip}}, and {@code {id}} or
 *                           {@code {id:N}} (the statement id, or its first N hex digits, 12-32), which is required
 * @param mappingFile        CSV of JP and competency type per course, for statements that do not carry them
 *                           ({@code config/credits/course-mapping.csv}); empty = none
 * @param jpFromDuration     whether a statement's {@code result.duration} (45 minutes = 1 JP) counts as its JP when it
 *                           has no JP extension
 * @param overlap            how far before the watermark a pass re-reads, so that statements stored in the same
 *                           instant as the last one read are not lost
 * @param startFrom          where the first pass starts: only statements stored after this instant (e.g. the
 *                           go-live date); empty = the whole LRS. Ignored once the flow has a watermark
 */
@ConfigurationProperties("jembatan.flows.lrs-credits")
public record LrsCreditsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") Duration schedule,
        @DefaultValue("500") int pageSize,
        @DefaultValue("BKPSDM Kota Tangerang Selatan") String provider,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue(CertificateNumbers.DEFAULT_PATTERN) String certificatePattern,
        Path mappingFile,
        @DefaultValue("false") boolean jpFromDuration,
        @DefaultValue("1ms") Duration overlap,
        Instant startFrom) {
}
