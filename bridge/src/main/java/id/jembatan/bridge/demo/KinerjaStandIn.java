package id.jembatan.bridge.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.jembatan.hr.kinerja.Predikat;
import id.jembatan.hr.kinerja.Rating;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for e-Kinerja's HTTP JSON API, for the demo only: {@code GET /api/v1/skp/penilaian} with a bearer token,
 * the window parameters {@code since}/{@code until}, paging {@code page}/{@code limit}, records under {@code data} in
 * the SIASN SKP 2022 shape the bridge's HTTP e-Kinerja source reads by default ({@code nipBaru},
 * {@code hasilKinerjaNilai}, {@code perilakuKerjaNilai}, {@code kuadranKinerjaNilai} as SIASN's codes, ...).
 *
 * <p>Its records are the SKP results of two sample periods (the yearly 2025 result and the first semester of 2026)
 * for the active ASN of the demo SIMPEG, with ratings drawn from the seed so that every predikat occurs, Butuh
 * Perbaikan among them, and each record below expectation names the competencies to improve. Every answer carries
 * {@code "sandbox": true} and a header {@code X-Jembatan-Demo} saying that it is simulated.
 */
final class KinerjaStandIn implements AutoCloseable {

    static final String PATH = "/api/v1/skp/penilaian";

    private static final Logger LOG = LoggerFactory.getLogger(KinerjaStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABEL = "SANDBOX e-Kinerja tiruan / simulated e-Kinerja (demo)";
    private static final Map<Rating, Integer> RATING_CODES = Map.of(Rating.DIATAS_EKSPEKTASI, 1,
            Rating.SESUAI_EKSPEKTASI, 2, Rating.DIBAWAH_EKSPEKTASI, 3);
    private static final Map<Predikat, Integer> PREDIKAT_CODES = new EnumMap<>(Map.of(Predikat.SANGAT_BAIK, 1,
            Predikat.BAIK, 2, Predikat.BUTUH_PERBAIKAN, 3, Predikat.KURANG, 4, Predikat.SANGAT_KURANG, 5));
    private static final String[][] GAPS = {
        {"Penyusunan SKP dan Manajemen Kinerja", "target kinerja belum terukur"},
        {"Pengadaan Barang/Jasa Pemerintah", "belum memahami e-katalog"},
        {"Sistem Pemerintahan Berbasis Elektronik", "layanan belum terintegrasi"},
        {"Wawasan Kebangsaan", "perlu penguatan nilai dasar ASN"},
        {"Kepemimpinan Pengawas", "pembinaan tim belum berjalan"}};
    private static final String[][] PERIODS = {{"2025", "TAHUNAN", "2026-01-20T02:00:00Z"},
        {"2026", "SEMESTER I", "2026-07-15T02:00:00Z"}};

    private final HttpServer server;
    private final String token;
    private final List<ObjectNode> records;

    private KinerjaStandIn(HttpServer server, String token, List<ObjectNode> records) {
        this.server = server;
        this.token = token;
        this.records = records;
    }

    /** Builds the records from the SIMPEG at {@code simpegUrl} and serves them on a free 127.0.0.1 port. */
    static KinerjaStandIn start(String simpegUrl, String user, String token, long seed) {
        List<ObjectNode> records = records(simpegUrl, user, seed);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("e-Kinerja tiruan tidak bisa dimulai / the e-Kinerja stand-in cannot"
                    + " start", e);
        }
        KinerjaStandIn standIn = new KinerjaStandIn(server, token, records);
        server.createContext(PATH, standIn::answer);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "demo-kinerja");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        LOG.info("DEMO: {} di / at {} — {} penilaian SKP / SKP results, {}", LABEL, standIn.url(), records.size(),
                standIn.predikatCounts());
        return standIn;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    int recordCount() {
        return records.size();
    }

    /** How many records have each predikat, e.g. {@code {Sangat Baik=31, Baik=...}}. */
    Map<String, Integer> predikatCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Predikat p : Predikat.values()) {
            int code = PREDIKAT_CODES.get(p);
            counts.put(p.label(), (int) records.stream().filter(r -> r.path("kuadranKinerjaNilai").asInt() == code)
                    .count());
        }
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("X-Jembatan-Demo", LABEL);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, error("metode tidak didukung / method not allowed"));
                return;
            }
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, error("token tidak valid / invalid token"));
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Instant since;
            Instant until;
            int page;
            int limit;
            try {
                since = query.containsKey("since") ? Instant.parse(query.get("since")) : Instant.EPOCH;
                until = query.containsKey("until") ? Instant.parse(query.get("until")) : Instant.now();
                page = Integer.parseInt(query.getOrDefault("page", "1"));
                limit = Integer.parseInt(query.getOrDefault("limit", "100"));
            } catch (DateTimeParseException | NumberFormatException e) {
                send(exchange, 400, error("parameter tidak valid / invalid parameter: " + e.getMessage()));
                return;
            }
            if (page < 1 || limit < 1 || limit > 1000) {
                send(exchange, 400, error("page >= 1, 1 <= limit <= 1000"));
                return;
            }
            List<ObjectNode> window = records.stream().filter(r -> {
                Instant updated = Instant.parse(r.path("updatedAt").asText());
                return updated.isAfter(since) && !updated.isAfter(until);
            }).toList();
            int from = Math.min((page - 1) * limit, window.size());
            int to = Math.min(from + limit, window.size());
            ObjectNode body = JSON.createObjectNode();
            body.put("sandbox", true).put("keterangan", LABEL).put("page", page).put("limit", limit)
                    .put("total", window.size());
            ArrayNode data = body.putArray("data");
            window.subList(from, to).forEach(data::add);
            send(exchange, 200, body);
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("sandbox", true).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /**
     * One record per active ASN and period. Ratings: hasil kerja mostly as expected, one in six below; perilaku
     * kerja mostly as expected, one in ten below; so about 70% Baik, 10% Sangat Baik, 15% Butuh Perbaikan and a few
     * Kurang and Sangat Kurang. The appraiser is another ASN of the same OPD when there is one.
     */
    private static List<ObjectNode> records(String simpegUrl, String user, long seed) {
        record Asn(String nip, String nama, String opdKode, String opdNama, String jenis) {
        }
        List<Asn> asn = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(simpegUrl, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT a.nip, a.nama, a.unit_kerja_kode, u.nama,"
                        + " a.jabatan_jenis FROM asn a LEFT JOIN unit_kerja u ON u.kode = a.unit_kerja_kode"
                        + " WHERE a.status_aktif = 'AKTIF' ORDER BY a.nip")) {
            while (rows.next()) {
                asn.add(new Asn(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("e-Kinerja tiruan tidak bisa membaca SIMPEG demo / the e-Kinerja stand-in"
                    + " cannot read the demo SIMPEG: " + e.getMessage(), e);
        }
        Map<String, Asn> appraisers = new LinkedHashMap<>();
        asn.forEach(a -> appraisers.putIfAbsent(a.opdKode() == null ? "" : a.opdKode(), a));
        SplittableRandom random = new SplittableRandom(seed ^ 0x4B494E45524A41L);
        List<ObjectNode> out = new ArrayList<>();
        for (String[] period : PERIODS) {
            for (Asn a : asn) {
                Rating hasil = draw(random, 10, 6);
                Rating perilaku = draw(random, 12, 10);
                Predikat predikat = Predikat.of(hasil, perilaku);
                Asn appraiser = appraisers.get(a.opdKode() == null ? "" : a.opdKode());
                ObjectNode r = JSON.createObjectNode();
                r.put("id", "SKP-" + period[0] + "-" + period[1].replace(' ', '-') + "-" + a.nip());
                r.put("nipBaru", a.nip()).put("nama", a.nama()).put("tahun", Integer.parseInt(period[0]))
                        .put("periode", period[1]).put("hasilKinerjaNilai", RATING_CODES.get(hasil))
                        .put("perilakuKerjaNilai", RATING_CODES.get(perilaku))
                        .put("kuadranKinerjaNilai", PREDIKAT_CODES.get(predikat));
                if (appraiser != null && !appraiser.nip().equals(a.nip())) {
                    r.put("nipNrpPenilai", appraiser.nip()).put("namaPenilai", appraiser.nama());
                }
                r.put("jenisJabatan", a.jenis()).put("unorId", a.opdKode()).put("unorNama", a.opdNama());
                Instant updated = Instant.parse(period[2]);
                r.put("tanggalPenilaian", LocalDate.ofInstant(updated, ZoneOffset.UTC).toString())
                        .put("updatedAt", updated.toString());
                ArrayNode notes = r.putArray("indikator");
                ArrayNode gaps = r.putArray("kompetensiBelumTerpenuhi");
                if (hasil == Rating.DIBAWAH_EKSPEKTASI || perilaku == Rating.DIBAWAH_EKSPEKTASI) {
                    String[] gap = GAPS[random.nextInt(GAPS.length)];
                    notes.addObject().put("uraian", gap[0]).put("catatan", gap[1]);
                    gaps.add(gap[0]);
                }
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** Di atas ekspektasi one in {@code above}, di bawah one in {@code below}, else sesuai. */
    private static Rating draw(SplittableRandom random, int above, int below) {
        int n = random.nextInt(above * below);
        if (n < below) {
            return Rating.DIATAS_EKSPEKTASI;
        }
        if (n < below + above) {
            return Rating.DIBAWAH_EKSPEKTASI;
        }
        return Rating.SESUAI_EKSPEKTASI;
    }
}
