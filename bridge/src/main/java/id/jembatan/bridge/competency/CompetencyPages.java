package id.jembatan.bridge.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.bridge.config.CompetencyProperties;
import id.jembatan.bridge.console.Audit;
import id.jembatan.hr.Nip;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Kompetensi / Competency, the console's HR pages: per OPD and year the compliance rate, the JP distribution and JP by
 * competency type, with charts; one OPD's members; one ASN's credits; CSV exports. The figures are those of
 * {@code /api/v1/competency/...}: the same {@link CompetencyReports}.
 */
@Controller
public class CompetencyPages {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CompetencyReports reports;
    private final CompetencyProperties properties;
    private final Audit audit;
    private final Clock clock;

    CompetencyPages(CompetencyReports reports, CompetencyProperties properties, Audit audit,
            ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/console/competency")
    String overview(@RequestParam(name = "year", required = false) String year, Model model,
            HttpServletResponse response) {
        int y = year(year, model, response);
        Optional<ActiveRoster> roster = reports.roster();
        if (roster.isEmpty()) {
            return "console/competency";
        }
        OpdOverview overview = reports.overview(roster.get(), y, new ApiConsumer("console", java.util.Set.of(),
                java.util.Set.of()));
        JpTotals byType = reports.typeTotals(roster.get(), y);
        model.addAttribute("overview", overview);
        model.addAttribute("byType", byType);
        model.addAttribute("complianceChart", json(Map.of("kind", "bar", "percent", true,
                "labels", overview.opds().stream().map(GroupSummary::opdCode).toList(),
                "values", overview.opds().stream().map(g -> g.compliancePercent() == null ? BigDecimal.ZERO
                        : g.compliancePercent()).toList())));
        model.addAttribute("distributionChart", distribution(overview.all()));
        model.addAttribute("typeChart", types(byType));
        return "console/competency";
    }

    @GetMapping("/console/competency/opd/{code}")
    String opd(@PathVariable("code") String code, @RequestParam(name = "year", required = false) String year,
            Model model, HttpServletResponse response) {
        int y = year(year, model, response);
        ActiveRoster roster = reports.roster().orElseThrow(() -> new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "SIMPEG is not configured (jembatan.simpeg.jdbc-url)"));
        OpdReport report = reports.opd(roster, code, y).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "unknown OPD"));
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Member m : report.members()) {
            sums[0] = sums[0].add(m.jp().teknis());
            sums[1] = sums[1].add(m.jp().manajerial());
            sums[2] = sums[2].add(m.jp().sosialKultural());
            sums[3] = sums[3].add(m.jp().unknownType());
        }
        JpTotals byType = new JpTotals(report.opd().totalJp(), sums[0], sums[1], sums[2], sums[3], 0, 0);
        model.addAttribute("report", report);
        model.addAttribute("byType", byType);
        model.addAttribute("distributionChart", distribution(report.opd()));
        model.addAttribute("typeChart", types(byType));
        return "console/competency-opd";
    }

    @GetMapping("/console/competency/asn")
    String asn(@RequestParam(name = "nip", required = false) String nip,
            @RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        int y = year(year, model, response);
        model.addAttribute("nip", nip == null ? "" : nip);
        if (nip == null || nip.isBlank()) {
            return "console/competency-asn";
        }
        Nip.Result checked = Nip.check(nip.strip());
        if (!checked.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("nipError", "competency.error.nip");
            return "console/competency-asn";
        }
        Optional<AsnReport> report = reports.asn(checked.nip(), y);
        if (report.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("nipError", "competency.error.nip-unknown");
        }
        report.ifPresent(r -> model.addAttribute("report", r));
        return "console/competency-asn";
    }

    @GetMapping("/console/competency/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "opd", required = false) String opd, Principal who) {
        int y = validYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "invalid year"));
        ActiveRoster roster = reports.roster().orElseThrow(() -> new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "SIMPEG is not configured (jembatan.simpeg.jdbc-url)"));
        Csv table;
        String file;
        if (opd == null || opd.isBlank()) {
            OpdOverview overview = reports.overview(roster, y, new ApiConsumer("console", java.util.Set.of(),
                    java.util.Set.of()));
            table = new Csv(CompetencyController.groupHeader());
            overview.opds().forEach(g -> table.row(CompetencyController.groupRow(g)));
            table.row(CompetencyController.groupRow(overview.all()));
            file = "kompetensi-opd-" + y + ".csv";
        } else {
            OpdReport report = reports.opd(roster, opd, y).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "unknown OPD"));
            table = new Csv(CompetencyController.memberHeader());
            report.members().forEach(m -> table.row(CompetencyController.memberRow(m, opd, y)));
            file = "kompetensi-opd-" + opd + "-" + y + ".csv";
        }
        audit.record(who, "competency-export", (opd == null || opd.isBlank() ? "opd=all" : "opd=" + opd) + " year="
                + y, file);
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(table.bytes());
    }

    private int year(String raw, Model model, HttpServletResponse response) {
        int current = LocalDate.now(clock.withZone(WIB)).getYear();
        Optional<Integer> year = raw == null || raw.isBlank() ? Optional.of(current) : validYear(raw);
        if (year.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("yearError", "competency.error.year");
        }
        int y = year.orElse(current);
        model.addAttribute("year", y);
        model.addAttribute("target", reports.target());
        int first = Math.max(properties.firstYear(), current - 5);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(first, current + 1).map(i -> current + 1
                - (i - first)).boxed().toList());
        return y;
    }

    private Optional<Integer> validYear(String raw) {
        int current = LocalDate.now(clock.withZone(WIB)).getYear();
        if (raw == null || raw.isBlank()) {
            return Optional.of(current);
        }
        try {
            int y = Integer.parseInt(raw.strip());
            return y >= properties.firstYear() && y <= current + 1 ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String distribution(GroupSummary group) {
        return json(Map.of("kind", "bar", "labels", group.distribution().stream().map(b -> b.label() + " JP").toList(),
                "values", group.distribution().stream().map(Bucket::count).toList()));
    }

    private static String types(JpTotals jp) {
        Map<String, BigDecimal> slices = new LinkedHashMap<>();
        slices.put("teknis", jp.teknis());
        slices.put("manajerial", jp.manajerial());
        slices.put("sosial-kultural", jp.sosialKultural());
        slices.put("?", jp.unknownType());
        return json(Map.of("kind", "pie", "labels", List.copyOf(slices.keySet()), "values",
                List.copyOf(slices.values())));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
