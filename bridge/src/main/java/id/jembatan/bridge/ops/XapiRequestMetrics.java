package id.jembatan.bridge.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code jembatan_xapi_requests_seconds{method,status}}: the requests the embedded statement store answered at
 * {@code /xapi/*}, whoever sent them (partners, dashboards, the bridge's own flows go in process and are
 * {@link PeerCalls}).
 */
final class XapiRequestMetrics extends OncePerRequestFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    private final MeterRegistry registry;

    XapiRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start(registry);
        try {
            chain.doFilter(request, response);
        } finally {
            String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
            sample.stop(Timer.builder("jembatan.xapi.requests").description("Requests to the embedded statement store")
                    .tag("method", method).tag("status", Integer.toString(response.getStatus()))
                    .register(registry));
        }
    }
}
