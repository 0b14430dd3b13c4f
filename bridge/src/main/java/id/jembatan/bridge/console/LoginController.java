package id.jembatan.bridge.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The login page, the way in from {@code /}, the page a person sees for what their role does not allow, and the one
 * for a form refused for its CSRF token.
 */
@Controller
class LoginController {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @RequestMapping("/console/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        model.addAttribute("path", "/console");
        return "console/denied";
    }

    /** A form sent without its CSRF token, or with the token of a session that has ended. */
    @RequestMapping("/console/refused")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(Model model) {
        model.addAttribute("path", "/console");
        return "console/refused";
    }
}
