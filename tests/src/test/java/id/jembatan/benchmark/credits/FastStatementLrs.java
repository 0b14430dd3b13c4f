package id.jembatan.benchmark.credits;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import id.jembatan.lrs.xapi.StatementIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An LRS statements resource that serves {@code count} {@code completed} statements made up on the fly from their
 * index (nothing is held in memory), stored one millisecond apart, with {@code since}, {@code limit} and a
 * {@code more} link, as xAPI pages them. Statement {@code i}: NIP {@code nips[i % nips.size()]}, Moodle course
 * {@code (i / nips.size()) % 1000} (so every statement is a different learning of its ASN as long as there are at
 * most 1,000 per ASN), JP {@code 2 + i % 19} in the context, except every seventh, which carries none (JP unknown,
 * the mapping does not know the course either). Completion dates spread over 2025 and 2026. {@code passed} and
 * {@code voided} queries answer an empty page.
 */
final class FastStatementLrs implements AutoCloseable {

    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    private final HttpServer server;
    private final List<String> nips;
    private final long count;
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    FastStatementLrs(List<String> nips, long count) throws IOException {
        this.nips = List.copyOf(nips);
        this.count = count;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/xapi/statements", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/");
    }

    long served() {
        return served.get();
    }

    long bytes() {
        return bytes.get();
    }

    static UUID id(long i) {
        return StatementIds.forName("benchmark#completed/" + i);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        long from = query.containsKey("from") ? Long.parseLong(query.get("from")) : 0;
        if (query.containsKey("since")) {
            long sinceMillis = Instant.parse(query.get("since")).toEpochMilli() - BASE.toEpochMilli();
            from = Math.max(from, sinceMillis);
        }
        StringBuilder body = new StringBuilder(limit * 900 + 200);
        body.append("{\"statements\":[");
        long to = COMPLETED.equals(query.get("verb")) ? Math.min(count, from + limit) : from;
        for (long i = from; i < to; i++) {
            if (i > from) {
                body.append(',');
            }
            statement(body, i);
        }
        body.append("],\"more\":\"");
        if (to < count && to > from) {
            body.append("/xapi/statements?verb=").append(COMPLETED).append("&ascending=true&limit=").append(limit)
                    .append("&from=").append(to);
        }
        body.append("\"}");
        served.addAndGet(Math.max(0, to - from));
        byte[] out = body.toString().getBytes(StandardCharsets.UTF_8);
        bytes.addAndGet(out.length);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
        exchange.getResponseHeaders().add("X-Experience-API-Consistent-Through", BASE.plusMillis(count).toString());
        exchange.sendResponseHeaders(200, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    /** Statement i, stored at {@code BASE + i + 1 ms} (so that {@code since = BASE + i ms} starts at i). */
    private void statement(StringBuilder out, long i) {
        String nip = nips.get((int) (i % nips.size()));
        long course = (i / nips.size()) % 1000;
        long day = i % 700;
        Instant done = Instant.parse("2025-01-01T03:00:00Z").plusSeconds(day * 86_400 + i % 3_600);
        out.append("{\"id\":\"").append(id(i)).append("\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"ASN ")
                .append(i % nips.size()).append("\",\"account\":{\"homePage\":\"https://sso.kota.go.id\",\"name\":\"")
                .append(nip).append("\"}},\"verb\":{\"id\":\"").append(COMPLETED)
                .append("\",\"display\":{\"en-US\":\"completed\",\"id-ID\":\"menyelesaikan\"}},")
                .append("\"object\":{\"objectType\":\"Activity\",\"id\":\"https://elearning.kota.go.id/course/view.php?id=")
                .append(course).append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/course\",")
                .append("\"name\":{\"id-ID\":\"Pelatihan Kompetensi ").append(course).append("\"}}},")
                .append("\"result\":{\"completion\":true},\"context\":{\"platform\":\"Moodle\",\"language\":\"id-ID\",")
                .append("\"extensions\":{\"https://jembatan.id/xapi/extensions/moodle-site\":")
                .append("\"https://elearning.kota.go.id\"");
        if (i % 7 != 0) {
            out.append(",\"https://jembatan.id/xapi/extensions/jp\":").append(2 + i % 19)
                    .append(",\"https://jembatan.id/xapi/extensions/competency-type\":\"")
                    .append(i % 3 == 0 ? "teknis" : i % 3 == 1 ? "manajerial" : "sosial-kultural").append('"');
        }
        out.append("}},\"timestamp\":\"").append(done).append("\",\"stored\":\"").append(BASE.plusMillis(i + 1))
                .append("\",\"authority\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:lrs@kota.go.id\"},")
                .append("\"version\":\"1.0.0\"}");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
