package id.jembatan.bridge.console;

import id.jembatan.bridge.cli.DeadLetterReplays;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Surat mati / Dead letters: filter by flow, status and date (WIB, by last failure); a letter's payload and reason;
 * replay (the same {@link DeadLetterReplays} as {@code dead-letters replay}) or discard one or many, after a
 * confirmation page; each audited.
 */
@Controller
class DeadLettersController {

    static final int LIMIT = 200;
    private static final int PAGE = 500;

    private final DeadLetterStore store;
    private final DeadLetterReplays replays;
    private final FlowBoard board;
    private final Audit audit;
    private final MessageSource messages;

    DeadLettersController(DeadLetterStore store, DeadLetterReplays replays, FlowBoard board, Audit audit,
            MessageSource messages) {
        this.messages = messages;
        this.store = store;
        this.replays = replays;
        this.board = board;
        this.audit = audit;
    }

    @GetMapping("/console/dead-letters")
    String list(@RequestParam(name = "flow", required = false) String flow,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        DeadLetterStatus wanted = DeadLetterStatus.OPEN;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DeadLetterStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", "dead-letters.error.status");
            }
        }
        Optional<Instant> since = day(from, "from", errors).map(d -> d.atStartOfDay(ConsoleFormat.WIB).toInstant());
        Optional<Instant> until = day(to, "to", errors).map(d -> d.plusDays(1).atStartOfDay(ConsoleFormat.WIB)
                .toInstant());
        String flowFilter = flow == null || flow.isBlank() ? null : flow.trim();
        model.addAttribute("flowIds", board.flowIds());
        model.addAttribute("statuses", DeadLetterStatus.values());
        model.addAttribute("filter", Map.of("flow", flowFilter == null ? "" : flowFilter, "status", wanted.name(),
                "from", from == null ? "" : from, "to", to == null ? "" : to));
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("letters", List.of());
            return "console/dead-letters";
        }
        List<DeadLetter> letters = new ArrayList<>();
        long after = 0;
        while (letters.size() < LIMIT) {
            List<DeadLetter> page = store.listAfter(wanted, after, PAGE);
            for (DeadLetter letter : page) {
                if ((flowFilter == null || flowFilter.equals(letter.flow()))
                        && since.map(s -> !letter.lastSeen().isBefore(s)).orElse(true)
                        && until.map(u -> letter.lastSeen().isBefore(u)).orElse(true) && letters.size() < LIMIT) {
                    letters.add(letter);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        model.addAttribute("letters", letters);
        model.addAttribute("limited", letters.size() == LIMIT);
        return "console/dead-letters";
    }

    @GetMapping("/console/dead-letters/{id}")
    String show(@PathVariable("id") long id, Model model) {
        model.addAttribute("letter", letter(id));
        return "console/dead-letter";
    }

    @PostMapping("/console/dead-letters/confirm")
    String confirm(@RequestParam(name = "action") String action,
            @RequestParam(name = "ids", required = false) List<Long> ids, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!action.equals("replay") && !action.equals("discard")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action");
        }
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("dead-letters.none-chosen", null, locale));
            return "redirect:/console/dead-letters";
        }
        model.addAttribute("action", action);
        model.addAttribute("letters", ids.stream().map(this::letter).toList());
        // The language links of a page answered to a POST lead back to the list: the POST cannot be repeated by a link.
        model.addAttribute("path", "/console/dead-letters");
        return "console/dead-letters-confirm";
    }

    @PostMapping("/console/dead-letters/replay")
    String replay(@RequestParam(name = "ids", required = false) List<Long> ids, Principal who,
            Locale locale,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("dead-letters.none-chosen", null, locale));
            return "redirect:/console/dead-letters";
        }
        List<DeadLetter> letters = ids.stream().map(this::letter).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeadLetterReplays.Outcome outcome;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            outcome = PassRecorder.as("console:" + who.getName(), () -> replays.replay(letters, out));
        }
        String output = bytes.toString(StandardCharsets.UTF_8).strip();
        audit.record(who, "dead-letter-replay", ids(ids), "replayed " + outcome.replayed() + ", still failing "
                + outcome.stillFailing() + ", not replayable " + outcome.notReplayable() + ", not open "
                + outcome.notOpen());
        redirect.addFlashAttribute("done", messages.getMessage("dead-letters.replayed", new Object[] {
            outcome.replayed(), outcome.stillFailing(), outcome.notReplayable() + outcome.notOpen()}, locale));
        redirect.addFlashAttribute("output", output);
        return "redirect:/console/dead-letters";
    }

    @PostMapping("/console/dead-letters/discard")
    String discard(@RequestParam(name = "ids", required = false) List<Long> ids, Principal who,
            Locale locale,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("dead-letters.none-chosen", null, locale));
            return "redirect:/console/dead-letters";
        }
        int discarded = 0;
        for (long id : ids) {
            letter(id);
            if (store.discard(id)) {
                discarded++;
            }
        }
        audit.record(who, "dead-letter-discard", ids(ids), "discarded " + discarded + " of " + ids.size());
        redirect.addFlashAttribute("done", messages.getMessage("dead-letters.discarded", new Object[] {discarded,
            ids.size() - discarded}, locale));
        return "redirect:/console/dead-letters";
    }

    private DeadLetter letter(long id) {
        return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no dead letter " + id));
    }

    private static Optional<LocalDate> day(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            errors.put(field, "dead-letters.error.date");
            return Optional.empty();
        }
    }

    private static String ids(List<Long> ids) {
        return "ids=" + ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }
}
