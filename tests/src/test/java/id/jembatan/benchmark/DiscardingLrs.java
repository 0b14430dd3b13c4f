package id.jembatan.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An xAPI statements resource that accepts every POST and discards it: 200 with the JSON array of the posted
 * statements' ids, which is what {@code LrsClient} expects back. The ids are found by a byte scan for the
 * {@code "id"} key of each top-level object (no JSON tree is built), so the sink costs little next to the
 * client it measures. A JDK {@link HttpServer} on the loopback: start the JVM with
 * {@code -Dsun.net.httpserver.nodelay=true}, or each answer waits about 40 ms for a delayed ACK.
 */
final class DiscardingLrs implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong handlingNanos = new AtomicLong();
    private volatile List<byte[]> captured;

    private DiscardingLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/xapi/statements", this::handle);
        server.start();
    }

    static DiscardingLrs start() throws IOException {
        return new DiscardingLrs();
    }

    /** The xAPI endpoint, for {@code jembatan.lrs.endpoint}. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/");
    }

    URI statementsResource() {
        return endpoint().resolve("statements");
    }

    /** From now on, keeps a copy of every POSTed body (for replaying the same statements elsewhere). */
    synchronized void capture() {
        captured = new ArrayList<>();
    }

    /** The bodies kept since {@link #capture()}, and stops keeping them. */
    synchronized List<byte[]> stopCapture() {
        List<byte[]> bodies = captured;
        captured = null;
        return bodies == null ? List.of() : bodies;
    }

    /** Statements accepted since the start. */
    long statements() {
        return statements.get();
    }

    long requests() {
        return requests.get();
    }

    /** Request bytes received since the start. */
    long bytes() {
        return bytes.get();
    }

    /** Time spent in the handler (reading, scanning, answering), since the start. */
    long handlingNanos() {
        return handlingNanos.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            List<String> ids = topLevelIds(body);
            byte[] answer = idArray(ids);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
            // counted and kept before the answer: the client's pass may end as soon as it has the answer
            requests.incrementAndGet();
            statements.addAndGet(ids.size());
            bytes.addAndGet(body.length);
            synchronized (this) {
                if (captured != null) {
                    captured.add(body);
                }
            }
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } finally {
            handlingNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** The value of the {@code "id"} key of each object directly inside the top-level array. */
    static List<String> topLevelIds(byte[] json) {
        List<String> ids = new ArrayList<>(128);
        int depth = 0;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                if (depth == 2 && isIdKey(json, i)) {
                    int colon = skipSpace(json, i + 4);
                    int open = skipSpace(json, colon + 1);
                    if (json[colon] == ':' && json[open] == '"') {
                        int close = open + 1;
                        while (json[close] != '"') {
                            close++;
                        }
                        ids.add(new String(json, open + 1, close - open - 1, StandardCharsets.US_ASCII));
                        i = close;
                        continue;
                    }
                }
                i = endOfString(json, i);
            }
        }
        return ids;
    }

    private static boolean isIdKey(byte[] json, int quote) {
        return quote + 4 < json.length && json[quote + 1] == 'i' && json[quote + 2] == 'd' && json[quote + 3] == '"';
    }

    private static int skipSpace(byte[] json, int from) {
        int i = from;
        while (i < json.length - 1 && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int endOfString(byte[] json, int quote) {
        int i = quote + 1;
        while (i < json.length && json[i] != '"') {
            i += json[i] == '\\' ? 2 : 1;
        }
        return i;
    }

    private static byte[] idArray(List<String> ids) {
        StringBuilder answer = new StringBuilder(ids.size() * 39 + 2).append('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                answer.append(',');
            }
            answer.append('"').append(ids.get(i)).append('"');
        }
        return answer.append(']').toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
