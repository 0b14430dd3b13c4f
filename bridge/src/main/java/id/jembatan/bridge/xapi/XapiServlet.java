package id.jembatan.bridge.xapi;

import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiRequest;
import id.jembatan.lrs.store.XapiResource;
import id.jembatan.lrs.store.XapiResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /xapi/*} as HTTP: copies the request into an {@link XapiRequest}, lets {@link XapiResource} answer, and writes
 * the answer back unchanged. Nothing xAPI-specific happens here, so the in-process transport gives the same answers.
 */
final class XapiServlet extends HttpServlet {

    private final transient XapiResource resource;
    /** Larger bodies are refused with 413 before they are read into memory (jembatan.lrs.embedded.max-request-size). */
    private final int maxBody;

    XapiServlet(XapiResource resource, int maxBody) {
        this.resource = resource;
        this.maxBody = maxBody;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String resourceName = path.startsWith("/") ? path.substring(1) : path;
        XapiClient client = (XapiClient) request.getAttribute(XapiAuthFilter.CLIENT);
        if (client == null) {
            client = XapiAuthFilter.ANONYMOUS;
        }
        if (request.getContentLengthLong() > maxBody) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBody + 1);
        }
        if (body.length > maxBody) {
            tooLarge(response);
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        XapiResponse answer = resource.handle(new XapiRequest(request.getMethod(), resourceName,
                request.getQueryString(), headers, body), client);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        tooLarge(response, maxBody);
    }

    static void tooLarge(HttpServletResponse response, int maxBody) throws IOException {
        response.setStatus(413);
        response.setHeader(XapiResource.VERSION_HEADER, XapiResource.VERSION);
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write("{\"error\":true,\"code\":413,\"message\":\"badan permintaan lebih dari " + maxBody
                + " byte / the request body is larger than " + maxBody + " bytes "
                + "(jembatan.lrs.embedded.max-request-size)\"}");
    }
}
