package id.jembatan.bridge.demo;

import id.jembatan.bridge.cli.FlowRun;
import id.jembatan.bridge.console.ConsoleProperties;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.sandbox.moodle.SandboxUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every flow once when the demo's service is up, in the order data moves through the bridge: {@code hr-profiles}
 * (SIMPEG → sandbox Moodle accounts and cohorts), then simulated learning in the sandbox (some of the new accounts
 * enrolled in its courses with progress), {@code moodle-learning} (completions → statements in the embedded store),
 * {@code lrs-credits} (statements → JP credits), {@code kinerja-performance} (SKP results → statements) and
 * {@code kinerja-recommendations} (enrolments and messages in the sandbox). A flow whose beans this build or
 * configuration lacks is skipped with a line saying why; one that fails is reported and the next still runs. Then it
 * logs where to look, and starts the flows' schedules as the service would have.
 *
 * <p>It runs on its own thread so that the web endpoints answer while it works. The last line it logs starts with
 * {@value #DONE}; scripts wait for it.
 */
@Component
@Profile(DemoSettings.PROFILE)
class DemoRun {

    /** The start of the line logged when every flow has had its turn. */
    static final String DONE = "DEMO SELESAI / DEMO COMPLETE";

    static final List<String> ORDER = List.of("hr-profiles", "moodle-learning", "lrs-credits", "kinerja-performance",
            "kinerja-recommendations");

    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);
    private static final int EXIT_OK = 0;
    private static final int EXIT_USAGE = 2;

    private final DemoPeers peers;
    private final ConsoleProperties console;
    private final List<FlowRun> flows;
    private final CamelContext camel;
    private final String demoKey;
    private final String xapiUser;
    private final String xapiPassword;

    DemoRun(DemoPeers peers, List<FlowRun> flows, CamelContext camel, ConsoleProperties console,
            @Value("${jembatan.api.clients[0].key:}") String demoKey,
            @Value("${jembatan.demo.xapi-username:}") String xapiUser,
            @Value("${jembatan.demo.xapi-password:}") String xapiPassword) {
        this.peers = peers;
        this.console = console;
        this.flows = List.copyOf(flows);
        this.camel = camel;
        this.demoKey = demoKey;
        this.xapiUser = xapiUser;
        this.xapiPassword = xapiPassword;
    }

    /** One flow's turn: its id, what happened and what it printed. */
    record Outcome(String flowId, Status status, String output) {

        enum Status { RAN, SKIPPED, FAILED }
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        Thread thread = new Thread(() -> runAll(port), "jembatan-demo");
        thread.setDaemon(true);
        thread.start();
    }

    void runAll(int port) {
        banner();
        List<Outcome> outcomes = new ArrayList<>();
        Optional<String> exampleNip = Optional.empty();
        for (String flowId : ORDER) {
            Outcome outcome = runFlow(flowId);
            outcomes.add(outcome);
            if (flowId.equals("hr-profiles")) {
                exampleNip = simulateLearning(peers.moodle(), peers.settings());
            }
        }
        whereToLook(port, outcomes, exampleNip);
        startSchedules();
        Map<Outcome.Status, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Outcome::status,
                Collectors.counting()));
        LOG.info("{}: {} alur dijalankan / flows ran, {} dilewati / skipped, {} gagal / failed ({})", DONE,
                counts.getOrDefault(Outcome.Status.RAN, 0L), counts.getOrDefault(Outcome.Status.SKIPPED, 0L),
                counts.getOrDefault(Outcome.Status.FAILED, 0L), outcomes.stream()
                        .map(o -> o.flowId() + " " + o.status().name().toLowerCase()).collect(Collectors.joining(", ")));
    }

    private void banner() {
        LOG.info("""

                ===================================================================================================
                 DEMO JEMBATAN — SEMUA DATA TIRUAN / ALL DATA SIMULATED (profil / profile 'demo')
                 Moodle   : SANDBOX, jawaban Moodle 4.5.6 nyata yang direkam / recorded real Moodle answers — {}
                 SIMPEG   : H2 tiruan / simulated, {} ASN + {} magang / interns, Kota Tangerang Selatan (dibuat /
                            generated; bukan orang nyata / no real person)
                 e-Kinerja: tiruan / stand-in, {} penilaian SKP / SKP results — {}
                 LRS      : penyimpan statement bawaan / embedded statement store (basis data status / state store)
                 Setiap start memulai dari nol / every start begins afresh: {}
                ===================================================================================================""",
                peers.moodle().baseUrl(), peers.settings().asn(), peers.settings().interns(),
                peers.kinerja().recordCount(), peers.kinerja().url(), peers.settings().dir());
    }

    private Outcome runFlow(String flowId) {
        Optional<FlowRun> flow = flows.stream().filter(f -> f.flowId().equals(flowId)).findFirst();
        if (flow.isEmpty()) {
            LOG.info("DEMO: {} dilewati / skipped — alur ini belum ada di build ini / this flow is not in this build",
                    flowId);
            return new Outcome(flowId, Outcome.Status.SKIPPED, "");
        }
        LOG.info("DEMO: menjalankan / running {} ...", flowId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = flow.get().runOnce(List.of(), out);
        } catch (RuntimeException e) {
            LOG.warn("DEMO: {} GAGAL / FAILED: {}", flowId, e.toString());
            return new Outcome(flowId, Outcome.Status.FAILED, e.toString());
        }
        String output = bytes.toString(StandardCharsets.UTF_8).strip();
        Outcome.Status status = exit == EXIT_OK ? Outcome.Status.RAN
                : exit == EXIT_USAGE ? Outcome.Status.SKIPPED : Outcome.Status.FAILED;
        String verdict = switch (status) {
            case RAN -> "selesai / done";
            case SKIPPED -> "dilewati / skipped";
            case FAILED -> "GAGAL / FAILED";
        };
        LOG.info("DEMO: {} {}: {}", flowId, verdict, output.replace("\n", " | "));
        return new Outcome(flowId, status, output);
    }

    /**
     * Simulated learning in the sandbox: the first {@code jembatan.demo.learners} accounts the bridge created for ASN
     * (by NIP), in five groups, each group enrolled in two of the sandbox's courses with progress drawn from the
     * seed (most viewed the material, most of those were graded, most of those passed). Returns a NIP of one of
     * them, for the example URL.
     */
    static Optional<String> simulateLearning(MoodleSandbox moodle, DemoSettings settings) {
        SandboxData data = moodle.data();
        List<SandboxUser> created = data.users().stream()
                .filter(u -> u.id() > 13 && u.idnumber() != null && u.idnumber().matches("\\d{18}") && !u.suspended())
                .limit(settings.learners()).toList();
        List<Long> courses = data.courseIds();
        if (created.isEmpty() || courses.size() < 2) {
            LOG.info("DEMO: pembelajaran tiruan dilewati / simulated learning skipped: {} akun baru / new accounts,"
                    + " {} kursus / courses", created.size(), courses.size());
            return Optional.empty();
        }
        int groups = Math.min(5, courses.size());
        for (int g = 0; g < groups; g++) {
            int group = g;
            List<Long> users = new ArrayList<>();
            for (int i = group; i < created.size(); i += groups) {
                users.add(created.get(i).id());
            }
            List<Long> pair = List.of(courses.get(group), courses.get((group + 1) % courses.size()));
            if (!users.isEmpty()) {
                moodle.update(d -> d.withEnrolments(users, pair, settings.seed()));
            }
        }
        Function<Long, String> name = id -> data.courses().stream().filter(c -> c.id() == id).findFirst()
                .map(c -> c.shortname()).orElse(String.valueOf(id));
        LOG.info("DEMO: pembelajaran tiruan / simulated learning — {} akun yang baru dibuat didaftarkan di sandbox Moodle,"
                + " masing-masing di 2 kursus / of the new accounts enrolled in the sandbox Moodle, 2 courses each ({});"
                + " kemajuan diundi / progress drawn from seed {}", created.size(),
                courses.stream().map(name).collect(Collectors.joining(", ")), settings.seed());
        return Optional.of(created.get(0).idnumber());
    }

    private void whereToLook(int port, List<Outcome> outcomes, Optional<String> exampleNip) {
        String base = "http://localhost:" + port;
        String key = demoKey.isBlank() ? "(tidak ada / none: jembatan.api.clients)" : demoKey;
        String nip = exampleNip.orElse("<NIP>");
        StringBuilder block = new StringBuilder();
        block.append("\n===================================================================================================")
                .append("\n LIHAT DI SINI / WHERE TO LOOK (DEMO, data tiruan / simulated data)")
                .append("\n  Konsol admin / console   : ").append(base).append("/console  (").append(consoleAccounts())
                .append(")")
                .append("\n  Kesehatan / health       : ").append(base).append("/actuator/health")
                .append("\n  API (Swagger UI)         : ").append(base).append("/swagger-ui/index.html")
                .append("\n  Kompetensi / competency  : curl -H 'X-API-Key: ").append(key).append("' ")
                .append(base).append("/api/v1/competency/opd")
                .append("\n                             curl -H 'X-API-Key: ").append(key).append("' ")
                .append(base).append("/api/v1/competency/asn/").append(nip)
                .append("\n  Statement xAPI           : curl -u ").append(xapiUser.isBlank() ? "<user>:<password>"
                        : xapiUser + ":" + xapiPassword).append(" -H 'X-Experience-API-Version: 1.0.3' ")
                .append(base).append("/xapi/statements?limit=5")
                .append("\n  Moodle sandbox           : ").append(peers.moodle().baseUrl())
                .append("  (akun / accounts ").append(peers.moodle().data().users().size())
                .append(", kohort / cohorts ").append(peers.moodle().data().cohorts().size())
                .append(", pesan / messages ").append(peers.moodle().messages().size()).append(")")
                .append("\n  e-Kinerja tiruan / stand-in: ").append(peers.kinerja().url())
                .append("  (Bearer ").append(DemoPeers.KINERJA_TOKEN).append(")")
                .append("\n  SIMPEG (H2)              : ").append(peers.simpegUrl()).append(" (user sa)")
                .append("\n HASIL ALUR / FLOW RESULTS");
        for (Outcome o : outcomes) {
            block.append("\n  ").append(String.format("%-24s", o.flowId())).append(": ")
                    .append(o.status() == Outcome.Status.RAN ? "" : o.status().name() + " ")
                    .append(o.output().isEmpty() ? "-" : o.output().replace("\n", " | "));
        }
        block.append("\n===================================================================================================");
        LOG.info("{}", block);
    }

    /** The demo's console accounts as {@code user / password (ROLE)}, from {@code jembatan.console.users}. */
    private String consoleAccounts() {
        return console.users().isEmpty() ? "belum ada akun / no accounts: users add" : console.users().stream()
                .map(u -> u.username() + " / " + u.password() + " (" + u.role() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The demo ran each flow itself with the schedules held back; now the polls start as in a normal service. */
    private void startSchedules() {
        List<String> started = new ArrayList<>();
        for (Route route : camel.getRoutes()) {
            String id = route.getRouteId();
            if ((id.endsWith("poll") || id.endsWith("reconcile")) && !camel.getRouteController().getRouteStatus(id)
                    .isStarted()) {
                try {
                    camel.getRouteController().startRoute(id);
                    started.add(id);
                } catch (Exception e) {
                    LOG.warn("DEMO: jadwal {} tidak bisa dimulai / schedule {} could not start: {}", id, id,
                            e.toString());
                }
            }
        }
        LOG.info("DEMO: jadwal alur dimulai / flow schedules started: {}", started.isEmpty() ? "-"
                : String.join(", ", started));
    }
}
