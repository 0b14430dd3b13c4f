package id.jembatan.hr.kinerja;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.hr.HttpCallListener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * e-Kinerja's HTTP JSON API ({@code java.net.http}). A read asks for the records changed in a window
 * {@code (since, until]}, where {@code since} is the watermark and {@code until} the time the read was opened, page
 * by page ({@code ?since=...&until=...&page=1&limit=100}); a page shorter than the page size is the last. The window
 * keeps a record changed during the pass out of it, so page numbers stay stable. The watermark becomes {@code until}
 * once the last page was delivered; a pass that fails reads the window again, which the flows' deterministic keys
 * make harmless.
 *
 * <p>Errors: 401 and 403 are fatal (the token), 404 and other 4xx fatal (the URL or parameters), 408, 429 and 5xx,
 * timeouts and refused connections transient; an answer that is not JSON, or has no list at the records path, is
 * fatal. The client does not retry; the flow does.
 */
public final class HttpKinerjaSource implements KinerjaSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KinerjaHttpConfig config;
    private final RecordMapper mapper;
    private final HttpClient http;
    private final Clock clock;
    private final HttpCallListener calls;

    public HttpKinerjaSource(KinerjaHttpConfig config, KinerjaCodes codes, Clock clock) {
        this(config, codes, clock, HttpCallListener.NONE);
    }

    /** With every call to e-Kinerja told to {@code calls} (operation {@code GET records}). */
    public HttpKinerjaSource(KinerjaHttpConfig config, KinerjaCodes codes, Clock clock, HttpCallListener calls) {
        this.config = config;
        this.calls = calls;
        this.mapper = new RecordMapper(codes);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String kind() {
        return "http";
    }

    @Override
    public String describe() {
        return config.url().toString();
    }

    @Override
    public KinerjaRead open(String watermark, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
        }
        Instant since = null;
        if (watermark != null && !watermark.isBlank()) {
            try {
                since = Instant.parse(watermark.strip());
            } catch (DateTimeParseException e) {
                throw KinerjaException.configuration("watermark e-Kinerja tidak terbaca / unreadable watermark '"
                        + watermark + "' (expected an ISO-8601 instant)");
            }
        }
        return new Read(since, clock.instant().truncatedTo(ChronoUnit.SECONDS), pageSize);
    }

    /**
     * Fetches one page and returns the records as role maps, for {@code check}: proves the URL, the token and the
     * records path.
     */
    public int probe() {
        return fetch(null, clock.instant().truncatedTo(ChronoUnit.SECONDS), 1, 1).size();
    }

    private final class Read implements KinerjaRead {

        private final Instant since;
        private final Instant until;
        private final int pageSize;
        private int page = 1;
        private boolean more = true;

        Read(Instant since, Instant until, int pageSize) {
            this.since = since;
            this.until = until;
            this.pageSize = pageSize;
        }

        @Override
        public boolean hasMore() {
            return more;
        }

        @Override
        public KinerjaPage next() {
            if (!more) {
                throw new NoSuchElementException();
            }
            List<JsonNode> records = fetch(since, until, page, pageSize);
            List<KinerjaRow> rows = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                rows.add(map(records.get(i), "page " + page + " #" + (i + 1)));
            }
            more = records.size() >= pageSize;
            page++;
            return new KinerjaPage(rows);
        }

        @Override
        public String checkpoint() {
            return more ? null : until.toString();
        }
    }

    private KinerjaRow map(JsonNode record, String position) {
        if (!record.isObject()) {
            return new RejectedRecord("record@" + position, record.toString(), "rekaman bukan objek JSON / the record"
                    + " is not a JSON object", RejectedRecord.Kind.INVALID);
        }
        Map<String, Object> roles = new LinkedHashMap<>();
        config.fields().forEach((role, path) -> {
            if (role.equals(KinerjaFields.INDIKATOR_URAIAN) || role.equals(KinerjaFields.INDIKATOR_CATATAN)) {
                return;
            }
            JsonNode value = at(record, path);
            if (value == null || value.isNull() || value.isMissingNode()) {
                return;
            }
            if (role.equals(KinerjaFields.INDIKATOR) && value.isArray()) {
                List<Object> notes = new ArrayList<>();
                for (JsonNode item : value) {
                    if (item.isObject()) {
                        Map<String, Object> note = new LinkedHashMap<>();
                        note.put(KinerjaFields.INDIKATOR_URAIAN, textAt(item, config.fields()
                                .get(KinerjaFields.INDIKATOR_URAIAN)));
                        note.put(KinerjaFields.INDIKATOR_CATATAN, textAt(item, config.fields()
                                .get(KinerjaFields.INDIKATOR_CATATAN)));
                        notes.add(note);
                    } else {
                        notes.add(item.asText());
                    }
                }
                roles.put(role, notes);
            } else {
                roles.put(role, JSON.convertValue(value, Object.class));
            }
        });
        return mapper.map(roles, position);
    }

    private static String textAt(JsonNode item, String path) {
        JsonNode value = path == null ? null : at(item, path);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode current = node;
        for (String part : dottedPath.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    private List<JsonNode> fetch(Instant since, Instant until, int page, int size) {
        StringBuilder query = new StringBuilder();
        if (since != null) {
            param(query, config.sinceParam(), since.toString());
        }
        param(query, config.untilParam(), until.toString());
        param(query, config.pageParam(), Integer.toString(page));
        param(query, config.sizeParam(), Integer.toString(size));
        String base = config.url().toString();
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                .header("Authorization", "Bearer " + config.token()).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        long started = System.nanoTime();
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            calls.called("GET records", Duration.ofNanos(System.nanoTime() - started), response.statusCode());
        } catch (IOException e) {
            calls.called("GET records", Duration.ofNanos(System.nanoTime() - started), 0);
            throw KinerjaException.transientFailure("e-Kinerja tidak dapat dihubungi / cannot be reached at "
                    + config.url() + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : " " + e.getMessage()), e, null);
        } catch (InterruptedException e) {
            calls.called("GET records", Duration.ofNanos(System.nanoTime() - started), 0);
            Thread.currentThread().interrupt();
            throw KinerjaException.transientFailure("permintaan ke e-Kinerja terputus / request interrupted", e, null);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw KinerjaException.fatal("e-Kinerja menolak token / rejected the token (HTTP " + status + ") — periksa /"
                    + " check jembatan.kinerja.token", null, status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw KinerjaException.transientFailure("e-Kinerja sedang tidak tersedia / is unavailable (HTTP " + status
                    + ") at " + config.url(), null, status);
        }
        if (status == 404) {
            throw KinerjaException.fatal("alamat e-Kinerja tidak ditemukan / not found (HTTP 404): " + config.url()
                    + " — periksa / check jembatan.kinerja.url", null, status);
        }
        if (status < 200 || status >= 300) {
            throw KinerjaException.fatal("e-Kinerja menolak permintaan / refused the request (HTTP " + status + "): "
                    + abbreviate(response.body()) + " — periksa / check jembatan.kinerja.url and"
                    + " jembatan.kinerja.http.*-param", null, status);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw KinerjaException.fatal("jawaban e-Kinerja bukan JSON / the answer is not JSON (" + abbreviate(
                    response.body()) + ") — periksa / check jembatan.kinerja.url", e, status);
        }
        JsonNode records = config.recordsPath().isEmpty() ? body : at(body, config.recordsPath());
        if (records == null || records.isNull()) {
            return List.of();
        }
        if (!records.isArray()) {
            throw KinerjaException.fatal("jawaban e-Kinerja tidak punya daftar di / has no list at '"
                    + config.recordsPath() + "' — periksa / check jembatan.kinerja.http.records-path", null, status);
        }
        List<JsonNode> out = new ArrayList<>(records.size());
        records.forEach(out::add);
        return out;
    }

    private static void param(StringBuilder query, String name, String value) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    @Override
    public String toString() {
        return "HttpKinerjaSource[" + config.url() + "]";
    }
}
