package id.jembatan.bridge.xapi;

import id.jembatan.lrs.store.ClientCredentials;
import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiResource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic auth for {@code /xapi/*} only (registered for that path; the rest of the bridge is untouched): a request
 * to the statements resource without credentials of a configured client ({@code jembatan.lrs.embedded.clients}) is
 * answered 401. {@code /xapi/about} is open, as LRSs commonly leave it, so clients can find the version first.
 */
final class XapiAuthFilter extends OncePerRequestFilter {

    static final String CLIENT = XapiAuthFilter.class.getName() + ".client";
    static final XapiClient ANONYMOUS = XapiClient.of("anonymous", "anonymous",
            URI.create("https://jembatan.invalid/xapi/anonymous"), true);

    private final ClientCredentials credentials;

    XapiAuthFilter(ClientCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/about".equals(request.getPathInfo()) || request.getRequestURI().endsWith("/xapi/about")) {
            chain.doFilter(request, response);
            return;
        }
        var client = credentials.authenticate(request.getHeader("Authorization"));
        if (client.isEmpty()) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Jembatan xAPI\", charset=\"UTF-8\"");
            response.setHeader(XapiResource.VERSION_HEADER, XapiResource.VERSION);
            response.setContentType("application/json;charset=UTF-8");
            byte[] body = ("{\"error\":true,\"code\":401,\"message\":\"Kredensial tidak sah / unauthorised: send "
                    + "the Basic credentials of a client in jembatan.lrs.embedded.clients\"}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        request.setAttribute(CLIENT, client.get());
        chain.doFilter(request, response);
    }
}
