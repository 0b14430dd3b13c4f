package id.jembatan.bridge.competency;

import id.jembatan.bridge.config.CompetencyProperties;
import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.SimpegException;
import id.jembatan.support.state.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competency API for HR: yearly JP per ASN and per OPD, as JSON or CSV. Every answer, given or refused, is in the
 * audit log with the consumer as actor; figures leave only after their audit entry is written.
 */
@RestController
@RequestMapping(path = "/api/v1/competency")
@Tag(name = "competency", description = "Kompetensi ASN (JP) per tahun / ASN competency development (JP) per year")
@SecurityRequirement(name = CompetencyApiConfiguration.SECURITY_SCHEME)
final class CompetencyController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Logger LOG = LoggerFactory.getLogger(CompetencyController.class);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern OPD_CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final String YEAR_DOC = "tahun kredit / credit year (yyyy); default: this year (WIB)";
    private static final String FORMAT_DOC = "json (default) or csv; Accept: text/csv works too";

    private final CompetencyReports reports;
    private final AuditLog audit;
    private final int firstYear;
    private final Clock clock;

    CompetencyController(CompetencyReports reports, AuditLog audit, CompetencyProperties properties,
            ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.audit = audit;
        this.firstYear = properties.firstYear();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/asn/{nip}")
    @Audited(action = "api.competency.asn", scope = ApiConsumer.COMPETENCY_ASN)
    @Operation(summary = "Satu ASN dalam satu tahun / one ASN in one year",
            description = "Known JP by competency type, credits with evidence, JP-unknown credits, 20-JP compliance. "
                    + "404 when the NIP has no credit in any year and is not an active ASN in SIMPEG.")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = AsnReport.class)),
        @Content(mediaType = "text/csv")})
    @ApiResponse(responseCode = "400", description = "invalid NIP or year",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "unknown NIP", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> asn(@PathVariable("nip") @Parameter(description = "NIP, 18 digits") String nip,
            @RequestParam(name = "year", required = false) @Parameter(description = YEAR_DOC) String year,
            @RequestParam(name = "format", required = false) @Parameter(description = FORMAT_DOC) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        Access access = new Access(request, "api.competency.asn");
        int y = year(year, access);
        boolean csv = csv(format, accept, access);
        Nip.Result checked = Nip.check(nip);
        if (!checked.valid()) {
            throw access.refuse(HttpStatus.BAD_REQUEST, "invalid-nip", checked.reason().indonesian() + " / "
                    + checked.reason().english() + ": '" + shown(nip) + "'");
        }
        String subject = "nip=" + checked.nip().value() + " year=" + y;
        Optional<AsnReport> found = access.guard(() -> reports.asn(checked.nip(), y));
        if (found.isEmpty() || !access.consumer().maySee(found.get().opdCode())) {
            if (access.consumer().restricted()) {
                throw access.refuse(HttpStatus.FORBIDDEN, "opd-not-allowed", "ASN ini bukan anggota OPD yang "
                        + "diizinkan / this ASN is not in an OPD this consumer may see", subject);
            }
            throw access.refuse(HttpStatus.NOT_FOUND, "unknown-nip", "NIP tidak dikenal: tidak ada kredit dan bukan "
                    + "ASN aktif di SIMPEG / unknown NIP: no credit in any year and not an active ASN in SIMPEG: "
                    + checked.nip().value(), subject);
        }
        AsnReport report = found.get();
        if (!csv) {
            return access.allow(subject, "json", () -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(report));
        }
        Csv table = new Csv(List.of("nip", "year", "statement_id", "title", "competency_type", "jp", "jp_source",
                "started_on", "completed_on", "certificate_number", "provider", "source", "activity_id",
                "review_needed", "review_reason", "review_flagged_at"));
        for (Credit c : report.credits()) {
            table.row(report.nip(), report.year(), c.statementId(), c.title(), c.competencyType(), c.jp(),
                    c.jpSource(), c.startedOn(), c.completedOn(), c.certificateNumber(), c.provider(), c.source(),
                    c.activityId(), c.review() != null, c.review() == null ? null : c.review().reason(),
                    c.review() == null ? null : c.review().flaggedAt());
        }
        return access.allow(subject, "csv", () -> csv(table, "kompetensi-asn-" + report.nip() + "-" + y + ".csv"));
    }

    @GetMapping("/opd")
    @Audited(action = "api.competency.opd-list", scope = ApiConsumer.COMPETENCY_READ)
    @Operation(summary = "Semua OPD dalam satu tahun / every OPD in one year",
            description = "Headcount (active ASN in SIMPEG), compliant count and percent, mean, median and JP bands "
                    + "per OPD, and the total over all. A consumer limited to some OPD sees only those, without the "
                    + "total.")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = OpdOverview.class)),
        @Content(mediaType = "text/csv")})
    ResponseEntity<?> opds(
            @RequestParam(name = "year", required = false) @Parameter(description = YEAR_DOC) String year,
            @RequestParam(name = "format", required = false) @Parameter(description = FORMAT_DOC) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        Access access = new Access(request, "api.competency.opd-list");
        int y = year(year, access);
        boolean csv = csv(format, accept, access);
        String subject = "year=" + y;
        ActiveRoster roster = access.roster(reports, subject);
        OpdOverview overview = access.guard(() -> reports.overview(roster, y, access.consumer()));
        if (!csv) {
            return access.allow(subject, "json", () -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(overview));
        }
        Csv table = new Csv(groupHeader());
        overview.opds().forEach(g -> table.row(groupRow(g)));
        if (overview.all() != null) {
            table.row(groupRow(overview.all()));
        }
        return access.allow(subject, "csv", () -> csv(table, "kompetensi-opd-" + y + ".csv"));
    }

    @GetMapping("/opd/{code}")
    @Audited(action = "api.competency.opd", scope = ApiConsumer.COMPETENCY_READ)
    @Operation(summary = "Satu OPD beserta anggotanya / one OPD with its members",
            description = "The OPD's figures and every active ASN of it, with or without credits. 404 when SIMPEG "
                    + "has no active ASN with that OPD code.")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = OpdReport.class)),
        @Content(mediaType = "text/csv")})
    ResponseEntity<?> opd(@PathVariable("code") @Parameter(description = "kode OPD / OPD code") String code,
            @RequestParam(name = "year", required = false) @Parameter(description = YEAR_DOC) String year,
            @RequestParam(name = "format", required = false) @Parameter(description = FORMAT_DOC) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        Access access = new Access(request, "api.competency.opd");
        int y = year(year, access);
        boolean csv = csv(format, accept, access);
        if (!OPD_CODE.matcher(code).matches()) {
            throw access.refuse(HttpStatus.BAD_REQUEST, "invalid-opd-code", "kode OPD tidak valid / invalid OPD "
                    + "code: '" + shown(code) + "' (1-50 letters, digits, . _ -)");
        }
        String subject = "opd=" + code + " year=" + y;
        if (!access.consumer().maySee(code)) {
            throw access.refuse(HttpStatus.FORBIDDEN, "opd-not-allowed", "OPD " + code + " tidak diizinkan untuk "
                    + "konsumen ini / this consumer may not see OPD " + code + " (jembatan.api.clients.<name>.opd-codes)",
                    subject);
        }
        ActiveRoster roster = access.roster(reports, subject);
        OpdReport report = access.guard(() -> reports.opd(roster, code, y)).orElseThrow(() -> access.refuse(
                HttpStatus.NOT_FOUND, "unknown-opd", "OPD tidak dikenal: tidak ada ASN aktif dengan kode ini di "
                        + "SIMPEG / unknown OPD: no active ASN with this code in SIMPEG: " + code, subject));
        if (!csv) {
            return access.allow(subject, "json", () -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(report));
        }
        Csv table = new Csv(memberHeader());
        report.members().forEach(m -> table.row(memberRow(m, code, y)));
        return access.allow(subject, "csv", () -> csv(table, "kompetensi-opd-" + code + "-" + y + ".csv"));
    }

    static List<String> memberHeader() {
        return List.of("nip", "name", "opd_code", "year", "total_jp", "jp_teknis", "jp_manajerial",
                "jp_sosial_kultural", "jp_unknown_type", "unknown_jp_count", "active_credits", "compliant",
                "credits_needing_review");
    }

    static Object[] memberRow(Member m, String opdCode, int year) {
        JpTotals jp = m.jp();
        return new Object[] {m.nip(), m.name(), opdCode, year, jp.totalJp(), jp.teknis(), jp.manajerial(),
            jp.sosialKultural(), jp.unknownType(), jp.unknownJpCount(), jp.activeCredits(), m.compliant(),
            jp.creditsNeedingReview()};
    }

    static List<String> groupHeader() {
        return List.of("opd_code", "opd_name", "year", "target_jp", "headcount", "compliant", "compliance_percent",
                "total_jp", "mean_jp", "median_jp", "asn_with_unknown_jp", "band_0", "band_below_half",
                "band_below_target", "band_at_or_above_target", "credits_needing_review");
    }

    static Object[] groupRow(GroupSummary g) {
        return new Object[] {g.opdCode() == null ? "ALL" : g.opdCode(), g.opdName() == null && g.opdCode() == null
                ? "Semua OPD / all OPD" : g.opdName(), g.year(), g.targetJp(), g.headcount(), g.compliant(),
            g.compliancePercent(), g.totalJp(), g.meanJp(), g.medianJp(), g.asnWithUnknownJp(),
            g.distribution().get(0).count(), g.distribution().get(1).count(), g.distribution().get(2).count(),
            g.distribution().get(3).count(), g.creditsNeedingReview()};
    }

    private static ResponseEntity<byte[]> csv(Csv table, String fileName) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(table.bytes());
    }

    private int year(String raw, Access access) {
        int current = LocalDate.now(clock.withZone(WIB)).getYear();
        if (raw == null || raw.isBlank()) {
            return current;
        }
        String text = raw.strip();
        int year = YEAR.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (year < firstYear || year > current + 1) {
            throw access.refuse(HttpStatus.BAD_REQUEST, "invalid-year", "tahun tidak valid / invalid year: '"
                    + shown(raw) + "' (yyyy, " + firstYear + "-" + (current + 1) + ")");
        }
        return year;
    }

    private static boolean csv(String format, String accept, Access access) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw access.refuse(HttpStatus.BAD_REQUEST, "invalid-format", "format tidak dikenal / "
                        + "unknown format: '" + shown(format) + "' (json or csv)");
            };
        }
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String shown(String value) {
        String bounded = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return bounded.replaceAll("\\p{Cntrl}", "?");
    }

    /** One request: who asks, for what, and how its outcome is audited. */
    private final class Access {

        private final ApiConsumer consumer;
        private final String action;
        private final String rawSubject;

        Access(HttpServletRequest request, String action) {
            this.consumer = (ApiConsumer) request.getAttribute(ApiKeyInterceptor.CONSUMER);
            if (consumer == null) {
                throw new IllegalStateException("ApiKeyInterceptor is not registered for " + request.getRequestURI());
            }
            this.action = action;
            this.rawSubject = ApiKeyInterceptor.subject(request);
        }

        ApiConsumer consumer() {
            return consumer;
        }

        ApiRefusal refuse(HttpStatus status, String code, String reason) {
            return refuse(status, code, reason, rawSubject);
        }

        ApiRefusal refuse(HttpStatus status, String code, String reason, String subject) {
            return new ApiRefusal(status, code, reason, consumer.name(), action, subject);
        }

        ActiveRoster roster(CompetencyReports reports, String subject) {
            return guard(reports::roster).orElseThrow(() -> refuse(HttpStatus.SERVICE_UNAVAILABLE,
                    "simpeg-not-configured", "SIMPEG belum dikonfigurasi, jumlah ASN per OPD tidak diketahui / SIMPEG is "
                            + "not configured, so the OPD headcount is unknown: set jembatan.simpeg.jdbc-url", subject));
        }

        /** Runs a read; a store that cannot answer becomes a 503 (details in the log, not in the answer). */
        <T> T guard(Supplier<T> read) {
            try {
                return read.get();
            } catch (SimpegException e) {
                LOG.warn("{}: SIMPEG: {}", action, e.getMessage());
                throw refuse(HttpStatus.SERVICE_UNAVAILABLE, "simpeg-unavailable", "SIMPEG tidak dapat dibaca / "
                        + "SIMPEG cannot be read now; the bridge log says why");
            } catch (DataAccessException e) {
                LOG.warn("{}: state store: {}", action, e.getMostSpecificCause().getMessage());
                throw refuse(HttpStatus.SERVICE_UNAVAILABLE, "state-store-unavailable", "penyimpanan status tidak "
                        + "dapat dibaca / the state store cannot be read now; the bridge log says why");
            }
        }

        /** Writes the audit entry, then hands out the answer; no audit entry, no figures. */
        ResponseEntity<?> allow(String subject, String format, Supplier<ResponseEntity<?>> answer) {
            try {
                audit.record(consumer.name(), action, subject, "allowed 200 " + format);
            } catch (RuntimeException e) {
                LOG.error("{}: audit log cannot be written, nothing served: {}", action, e.getMessage());
                throw refuse(HttpStatus.SERVICE_UNAVAILABLE, "audit-unavailable", "log audit tidak dapat ditulis, "
                        + "data tidak diberikan / the audit log cannot be written, so nothing is served", subject);
            }
            return answer.get();
        }
    }
}
