package id.jembatan.bridge.console;

import id.jembatan.support.state.AuditEntry;
import id.jembatan.support.state.AuditLog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Audit: the latest entries of the audit log (console, commands, API), searchable by any word of who, what or on what. */
@Controller
class AuditController {

    static final int RECENT = 1000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/console/audit")
    String audit(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<AuditEntry> entries = log.recent(RECENT).stream()
                .filter(e -> q.isEmpty() || contains(e.actor(), q) || contains(e.action(), q)
                        || contains(e.subject(), q) || contains(e.detail(), q))
                .limit(200)
                .toList();
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("entries", entries);
        return "console/audit";
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
