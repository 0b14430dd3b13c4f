package id.jembatan.bridge.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, set before anything else runs so that early refusals (the xAPI Basic auth,
 * the API key check, error pages) carry them too: no MIME sniffing, no framing by other sites, no referrer, and
 * {@code Cache-Control: no-store}, since almost every answer holds personal data (competency figures, xAPI statements,
 * NIPs in error details); only the static files of the API documentation may be cached.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/swagger-ui/") && !path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
