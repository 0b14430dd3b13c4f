package id.jembatan.bridge.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards failed requests; asked for directly it has no error to show and
 * Spring Boot would answer 500. Registered for direct requests only, it answers 404 instead.
 */
final class DirectErrorRequests extends OncePerRequestFilter {

    static final String PATH = "/error";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = ("{\"status\":404,\"title\":\"Tidak ditemukan / Not found\",\"detail\":\"" + PATH
                + " hanya untuk kesalahan yang diteruskan / " + PATH + " only shows errors forwarded by the server\","
                + "\"code\":\"unknown-path\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
