package id.jembatan.bridge.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.bridge.config.MoodlePushProperties;
import id.jembatan.flow.learning.LearningSettings;
import id.jembatan.flow.learning.PushReceiver;
import id.jembatan.flow.learning.PushResult;
import id.jembatan.lrs.xapi.StatementIds;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /moodle/push}: a batch of events from the Moodle plugin {@code local_jembatan}, answered per event once
 * it is durable (statement in the LRS, or a dead letter); {@code GET /moodle/push}: the plugin's "test connection".
 * The site's key comes in {@code X-API-Key} or {@code Authorization: ApiKey <key>}, as for {@code /api}; it is never
 * logged. Bounded: more than {@code jembatan.moodle.push.max-events} events or a body over
 * {@code jembatan.moodle.push.max-body} is 413. A batch sent again is answered the same way and changes nothing
 * ({@link PushResult#DUPLICATE}). Moodle or the LRS unreachable: 503, nothing acknowledged, the plugin retries.
 */
@RestController
@ConditionalOnExpression("!'${jembatan.moodle.url:}'.isBlank()")
final class PushController {

    static final String PATH = "/moodle/push";
    private static final Logger LOG = LoggerFactory.getLogger(PushController.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEME = "ApiKey ";

    private final PushKeys keys;
    private final PushReceiver receiver;
    private final URI site;
    private final int maxEvents;
    private final long maxBody;

    PushController(MoodlePushProperties properties, PushReceiver receiver, LearningSettings settings) {
        if (properties.maxEvents() < 1) {
            throw new IllegalStateException("jembatan.moodle.push.max-events must be at least 1");
        }
        this.keys = new PushKeys(properties);
        this.receiver = receiver;
        this.site = settings.site();
        this.maxEvents = properties.maxEvents();
        this.maxBody = properties.maxBody().toBytes();
    }

    @GetMapping(PATH)
    ResponseEntity<?> check(HttpServletRequest request) {
        String name = siteOf(request);
        if (name == null) {
            return refused(request);
        }
        return ResponseEntity.ok(Map.of("site", name, "moodle", StatementIds.canonicalSite(site),
                "maxEvents", maxEvents));
    }

    @PostMapping(PATH)
    ResponseEntity<?> push(HttpServletRequest request) throws IOException {
        String name = siteOf(request);
        if (name == null) {
            return refused(request);
        }
        if (request.getContentLengthLong() > maxBody) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "badan permintaan lebih dari " + maxBody + " byte / request "
                    + "body larger than " + maxBody + " bytes (jembatan.moodle.push.max-body): send fewer events");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        }
        if (body.length > maxBody) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "badan permintaan lebih dari " + maxBody + " byte / request "
                    + "body larger than " + maxBody + " bytes (jembatan.moodle.push.max-body): send fewer events");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return problem(HttpStatus.BAD_REQUEST, "badan bukan JSON / the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return problem(HttpStatus.BAD_REQUEST, "badan harus objek JSON {site, events} / the body must be a JSON "
                    + "object {site, events}");
        }
        String sent = root.path("site").asText("");
        if (!sameSite(sent)) {
            return problem(HttpStatus.BAD_REQUEST, "situs '" + printable(sent) + "' bukan situs jembatan ini ("
                    + StatementIds.canonicalSite(site) + ") / site '" + printable(sent) + "' is not this bridge's "
                    + "Moodle (jembatan.moodle.url must be the site's wwwroot)");
        }
        if (root.path("events").size() > maxEvents) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, root.path("events").size() + " peristiwa, paling banyak "
                    + maxEvents + " / " + root.path("events").size() + " events, at most " + maxEvents
                    + " per request (jembatan.moodle.push.max-events)");
        }
        PushEvents.Parsed parsed;
        try {
            parsed = PushEvents.parse(root.path("events"));
        } catch (PushEvents.Unreadable unreadable) {
            return problem(HttpStatus.BAD_REQUEST, unreadable.getMessage());
        }
        List<PushResult> results;
        try {
            results = parsed.events().isEmpty() ? List.of() : receiver.receive(parsed.events());
        } catch (RuntimeException failure) {
            LOG.warn("Push dari situs {} belum dapat diterima / push from site {} cannot be taken now ({} events): {}",
                    name, name, parsed.events().size(), failure.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "belum dapat dikirim, coba lagi nanti / cannot be "
                    + "delivered now, try again later: " + failure.getMessage());
        }
        List<PushResult> all = new ArrayList<>(results);
        all.addAll(parsed.rejected());
        Map<String, Long> counts = new LinkedHashMap<>();
        all.forEach(result -> counts.merge(result.status(), 1L, Long::sum));
        LOG.debug("Push from site {}: {}", name, counts);
        List<Map<String, Object>> answers = new ArrayList<>(all.size());
        for (PushResult result : all) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("outboxid", result.outboxId());
            answer.put("logid", result.logId());
            answer.put("status", result.status());
            answer.put("reason", result.reason());
            answers.add(answer);
        }
        return ResponseEntity.ok(Map.of("site", name, "counts", counts, "results", answers));
    }

    private String siteOf(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        if (key == null || key.isBlank()) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                key = authorization.substring(SCHEME.length());
            }
        }
        return key == null || key.isBlank() ? null : keys.find(key).orElse(null);
    }

    private ResponseEntity<ProblemDetail> refused(HttpServletRequest request) {
        LOG.info("Push ditolak: kunci tidak ada atau tidak dikenal / push refused: no or unknown key (from {})",
                request.getRemoteAddr());
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.UNAUTHORIZED, "kunci situs tidak ada atau tidak "
                + "dikenal / no or unknown site key: send it in X-API-Key" + (keys.size() == 0
                ? " (no site is configured: jembatan.moodle.push.sites[0].name, .key-hash)" : ""));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE,
                "ApiKey header=\"X-API-Key\"").contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    private boolean sameSite(String sent) {
        try {
            return !sent.isBlank() && StatementIds.canonicalSite(new URI(sent.strip()))
                    .equals(StatementIds.canonicalSite(site));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String printable(String value) {
        String bounded = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return bounded.replaceAll("[\\p{Cntrl}]", "_");
    }
}
