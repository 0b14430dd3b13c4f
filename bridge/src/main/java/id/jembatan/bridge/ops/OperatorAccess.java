package id.jembatan.bridge.ops;

import id.jembatan.bridge.config.OperationsProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see what under {@code /actuator}: {@code health} (its status only) and {@code info} are open, for load
 * balancers and {@code systemctl}-style probes; the health details and every other endpoint
 * ({@code prometheus}) need the operators' token ({@code jembatan.operations.token} or {@code token-hash}) as
 * {@code Authorization: Bearer <token>}. A request with the token gets an {@code operator} principal, which Boot's
 * {@code show-details: when-authorized} honours.
 */
final class OperatorAccess extends OncePerRequestFilter {

    static final String ROLE = "OPERATOR";
    static final int MIN_TOKEN_LENGTH = 24;
    private static final Pattern HASH = Pattern.compile("(?:sha256:)?([0-9a-fA-F]{64})");
    private static final Principal OPERATOR = () -> "operator";

    private final byte[] digest;

    OperatorAccess(OperationsProperties properties) {
        this.digest = digest(properties);
    }

    private static byte[] digest(OperationsProperties properties) {
        if (properties.tokenHash() != null && !properties.tokenHash().isBlank()) {
            Matcher hash = HASH.matcher(properties.tokenHash().strip());
            if (!hash.matches()) {
                throw new IllegalStateException("jembatan.operations.token-hash: bukan SHA-256 / not a SHA-256 in hex"
                        + " (64 hex digits, printf %s \"$TOKEN\" | sha256sum)");
            }
            return HexFormat.of().parseHex(hash.group(1).toLowerCase());
        }
        if (properties.token() != null && !properties.token().isBlank()) {
            if (properties.token().length() < MIN_TOKEN_LENGTH) {
                throw new IllegalStateException("jembatan.operations.token: terlalu pendek / too short: at least "
                        + MIN_TOKEN_LENGTH + " characters");
            }
            return sha256(properties.token());
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = bearer(request);
        boolean operator = presented != null && digest != null
                && MessageDigest.isEqual(digest, sha256(presented));
        if (operator) {
            chain.doFilter(new OperatorRequest(request), response);
            return;
        }
        String path = path(request);
        boolean open = path.equals("/actuator") || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || path.equals("/actuator/info");
        if (open && presented == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"jembatan-operations\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String why = digest == null
                ? "belum ada token operator / no operators' token is configured: set jembatan.operations.token-hash"
                : presented == null ? "perlu token operator / needs the operators' token: Authorization: Bearer <token>"
                : "token operator salah / wrong operators' token (jembatan.operations.token-hash)";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + why.replace("\"", "\\\"") + "\"}");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request of an authenticated operator. */
    private static final class OperatorRequest extends HttpServletRequestWrapper {

        OperatorRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return OPERATOR;
        }

        @Override
        public String getRemoteUser() {
            return OPERATOR.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return ROLE.equals(role);
        }
    }
}
