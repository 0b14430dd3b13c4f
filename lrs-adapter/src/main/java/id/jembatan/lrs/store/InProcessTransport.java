package id.jembatan.lrs.store;

import id.jembatan.lrs.LrsTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link LrsTransport} that hands {@link id.jembatan.lrs.LrsClient}'s requests to an {@link XapiResource} in this JVM:
 * the flows use the embedded store through the same client, with the same status codes, headers and bodies, as an
 * external LRS, also in command mode where no web server runs. The caller is the bridge itself, so no credentials
 * are checked; statements get the bridge's authority.
 */
public final class InProcessTransport implements LrsTransport {

    private final XapiResource resource;
    private final String basePath;
    private final XapiClient bridge;

    /**
     * @param basePath the path of the xAPI base in the client's endpoint, e.g. {@code /xapi/}
     * @param bridge   the client the bridge's own statements are stored as
     */
    public InProcessTransport(XapiResource resource, String basePath, XapiClient bridge) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    @Override
    public Response send(Request request) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.startsWith(basePath)) {
            return new Response(404, Map.of(XapiResource.VERSION_HEADER, List.of(XapiResource.VERSION)),
                    "{\"message\":\"not under the embedded store's base path " + basePath + "\"}");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        XapiResponse response = resource.handle(new XapiRequest(request.method(), path.substring(basePath.length()),
                uri.getRawQuery(), headers, request.body()), bridge);
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> responseHeaders.put(name, List.of(value)));
        return new Response(response.status(), responseHeaders, new String(response.body(), StandardCharsets.UTF_8));
    }
}
