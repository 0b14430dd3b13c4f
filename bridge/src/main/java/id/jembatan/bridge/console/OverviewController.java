package id.jembatan.bridge.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Beranda / Overview: each flow with its state, latest pass, next run and open dead letters; alerts (a flow stopped,
 * dead letters in the latest pass); the health of each part the actuator knows. The flows table refreshes itself.
 */
@Controller
class OverviewController {

    /** One alert line: a message key and its arguments. */
    record Alert(String key, List<Object> args) {
    }

    private final FlowBoard board;
    private final ObjectProvider<HealthEndpoint> health;

    OverviewController(FlowBoard board, ObjectProvider<HealthEndpoint> health) {
        this.board = board;
        this.health = health;
    }

    @GetMapping("/console")
    String overview(Model model) {
        List<FlowBoard.Status> flows = board.all();
        model.addAttribute("flows", flows);
        model.addAttribute("alerts", alerts(flows));
        model.addAttribute("health", health());
        return "console/overview";
    }

    @GetMapping("/console/fragments/flows")
    String flowsFragment(Model model) {
        model.addAttribute("flows", board.all());
        return "console/overview :: flows";
    }

    static List<Alert> alerts(List<FlowBoard.Status> flows) {
        List<Alert> alerts = new ArrayList<>();
        for (FlowBoard.Status flow : flows) {
            if (flow.state() == FlowBoard.State.STOPPED && flow.reason() != null) {
                alerts.add(new Alert("alert.stopped", List.of(flow.flow(), flow.reason())));
            }
            if (flow.last() != null && flow.last().deadLettered() > 0) {
                alerts.add(new Alert("alert.dead-letters", List.of(flow.flow(), flow.last().deadLettered(),
                        flow.openDeadLetters())));
            }
        }
        return alerts;
    }

    private Map<String, String> health() {
        Map<String, String> parts = new LinkedHashMap<>();
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return parts;
        }
        HealthDescriptor all = endpoint.health();
        parts.put("bridge", all.getStatus().getCode());
        if (all instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, part) -> parts.put(name, part.getStatus().getCode()));
        }
        return parts;
    }
}
