package id.jembatan.bridge.console;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Alur / Flows: per flow its state and the history of its passes; run now, pause and resume, each audited. */
@Controller
class FlowsController {

    private final FlowBoard board;
    private final PassHistory history;
    private final Audit audit;
    private final ConsoleProperties properties;
    private final MessageSource messages;
    private final ConsoleFormat fmt;

    FlowsController(FlowBoard board, PassHistory history, Audit audit, ConsoleProperties properties,
            MessageSource messages, ConsoleFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
        this.board = board;
        this.history = history;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/console/flows")
    String flows(Model model) {
        model.addAttribute("flows", board.all());
        return "console/flows";
    }

    @GetMapping("/console/flows/{flow}")
    String flow(@PathVariable("flow") String flow, Model model) {
        detail(flow, model);
        return "console/flow";
    }

    @GetMapping("/console/flows/{flow}/passes")
    String passes(@PathVariable("flow") String flow, Model model) {
        detail(flow, model);
        return "console/flow :: passes";
    }

    @PostMapping("/console/flows/{flow}/run")
    String run(@PathVariable("flow") String flow, Principal who, Locale locale,
            RedirectAttributes redirect) {
        known(flow);
        FlowBoard.RunStart start = board.run(flow, who.getName());
        audit.record(who, "flow-run", flow, start.name().toLowerCase(Locale.ROOT));
        redirect.addFlashAttribute("done", messages.getMessage(start == FlowBoard.RunStart.STARTED ? "flows.run.started"
                : "flows.run.already", new Object[] {flow}, locale));
        return "redirect:/console/flows/" + flow;
    }

    @PostMapping("/console/flows/{flow}/pause")
    String pause(@PathVariable("flow") String flow, Principal who, Locale locale,
            RedirectAttributes redirect) throws Exception {
        known(flow);
        List<String> routes = board.pause(flow, who.getName());
        audit.record(who, "flow-pause", flow, String.join(",", routes));
        redirect.addFlashAttribute("done", messages.getMessage(routes.isEmpty() ? "flows.pause.none"
                : "flows.pause.done", new Object[] {flow}, locale));
        return "redirect:/console/flows/" + flow;
    }

    @PostMapping("/console/flows/{flow}/resume")
    String resume(@PathVariable("flow") String flow, Principal who, Locale locale,
            RedirectAttributes redirect) throws Exception {
        known(flow);
        List<String> routes = board.resume(flow);
        audit.record(who, "flow-resume", flow, String.join(",", routes));
        redirect.addFlashAttribute("done", messages.getMessage(routes.isEmpty() ? "flows.pause.none"
                : "flows.resume.done", new Object[] {flow}, locale));
        return "redirect:/console/flows/" + flow;
    }

    private void detail(String flow, Model model) {
        known(flow);
        model.addAttribute("flow", board.status(flow));
        model.addAttribute("flowName", fmt.flowName(flow));
        model.addAttribute("passes", history.recent(flow, properties.passHistory()));
    }

    private void known(String flow) {
        if (!board.knows(flow)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown flow");
        }
    }
}
