package id.jembatan.bridge.xapi;

import id.jembatan.lrs.store.AlternateSyntax;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The alternate request syntax (xAPI Communication 1.3) carries {@code Authorization} as a form field, which
 * {@link XapiAuthFilter} cannot see in the body. Runs before it: for a {@code POST ...?method=} without an
 * {@code Authorization} header, reads the body (up to {@code jembatan.lrs.embedded.max-request-size}) and passes the
 * request on with that field as the header and the same body. {@link id.jembatan.lrs.store.XapiResource} does the
 * rest of the translation, so no protocol lives here.
 */
final class AlternateSyntaxFilter extends OncePerRequestFilter {

    private final int maxBody;

    AlternateSyntaxFilter(int maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!AlternateSyntax.applies(request.getMethod(), request.getQueryString())
                || request.getHeader("Authorization") != null || request.getContentLengthLong() > maxBody) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBody + 1);
        }
        if (body.length > maxBody) {
            XapiServlet.tooLarge(response, maxBody);
            return;
        }
        Optional<String> authorization;
        try {
            authorization = AlternateSyntax.authorization(body);
        } catch (RuntimeException e) {
            authorization = Optional.empty();
        }
        chain.doFilter(new Buffered(request, body, authorization.orElse(null)), response);
    }

    /** The request with its body read once and, when the form had one, an {@code Authorization} header. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String authorization;

        Buffered(HttpServletRequest request, byte[] body, String authorization) {
            super(request);
            this.body = body;
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            return isAuthorization(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (isAuthorization(name)) {
                return Collections.enumeration(authorization == null ? List.of() : List.of(authorization));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            if (authorization != null) {
                names.add("Authorization");
            }
            return Collections.enumeration(names);
        }

        private boolean isAuthorization(String name) {
            return authorization != null && "Authorization".equalsIgnoreCase(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
