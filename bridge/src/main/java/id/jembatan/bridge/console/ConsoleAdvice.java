package id.jembatan.bridge.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's frame needs: the path of the page, for the language links. */
@ControllerAdvice(basePackageClasses = {ConsoleAdvice.class, id.jembatan.bridge.competency.CompetencyPages.class})
class ConsoleAdvice {

    @ModelAttribute
    void frame(HttpServletRequest request, Model model) {
        model.addAttribute("path", request.getRequestURI().substring(request.getContextPath().length()));
    }
}
