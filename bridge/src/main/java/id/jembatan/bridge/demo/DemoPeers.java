package id.jembatan.bridge.demo;

import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.sandbox.moodle.MoodleSandbox;
import id.jembatan.sandbox.moodle.SandboxData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The systems the demo stands in for, started before the application context: the sandbox Moodle (recorded real
 * answers; keeps the accounts, cohorts and enrolments the bridge makes), a SIMPEG database on H2 in PostgreSQL mode
 * filled by {@link SimpegGenerator}, and an e-Kinerja stand-in serving SKP results of the generated ASN. Each start
 * begins afresh: the demo folder's H2 files are deleted first, so a rerun shows every flow doing its work again.
 */
final class DemoPeers implements AutoCloseable {

    static final String SITE_NAME = "SANDBOX — Moodle tiruan / simulated Moodle (rekaman / recorded: LMS BPSDM"
            + " Pemerintah Kabupaten Sukamaju (Lab))";
    static final String SIMPEG_USER = "sa";
    static final String KINERJA_TOKEN = "DEMO-KINERJA-TOKEN";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPeers.class);
    private static final String[] DB_FILES = {"jembatan-state", "simpeg"};

    private final DemoSettings settings;
    private final MoodleSandbox moodle;
    private final KinerjaStandIn kinerja;
    private final String simpegUrl;
    private final List<String> activeNips;
    private final Path rules;

    private DemoPeers(DemoSettings settings, MoodleSandbox moodle, KinerjaStandIn kinerja, String simpegUrl,
            List<String> activeNips, Path rules) {
        this.rules = rules;
        this.settings = settings;
        this.moodle = moodle;
        this.kinerja = kinerja;
        this.simpegUrl = simpegUrl;
        this.activeNips = activeNips;
    }

    /** Empties the demo folder's databases, fills SIMPEG, starts the sandbox Moodle and the e-Kinerja stand-in. */
    static DemoPeers start(DemoSettings settings) {
        freshFolder(settings.dir());
        Path rules = copyRules(settings.dir());
        String simpegUrl = "jdbc:h2:file:" + settings.dir().resolve("simpeg")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        List<String> nips = fillSimpeg(simpegUrl, settings);
        MoodleSandbox moodle = MoodleSandbox.start(SandboxData.recorded()
                .withFunctions("core_cohort_delete_cohort_members").withSiteName(SITE_NAME));
        KinerjaStandIn kinerja;
        try {
            kinerja = KinerjaStandIn.start(simpegUrl, SIMPEG_USER, KINERJA_TOKEN, settings.seed());
        } catch (RuntimeException e) {
            moodle.close();
            throw e;
        }
        return new DemoPeers(settings, moodle, kinerja, simpegUrl, nips, rules);
    }

    /** The properties that point the bridge at these systems; they win over every other source. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("jembatan.state.jdbc-url", "jdbc:h2:file:" + settings.dir().resolve("jembatan-state"));
        p.put("jembatan.state.username", "sa");
        p.put("jembatan.state.password", "");
        p.put("jembatan.moodle.url", moodle.baseUrl().toString());
        p.put("jembatan.moodle.token", moodle.token());
        p.put("jembatan.simpeg.jdbc-url", simpegUrl);
        p.put("jembatan.simpeg.username", SIMPEG_USER);
        p.put("jembatan.simpeg.password", "");
        p.put("jembatan.kinerja.url", kinerja.url().toString());
        p.put("jembatan.kinerja.token", KINERJA_TOKEN);
        p.put("jembatan.flows.kinerja-recommendations.rules", rules.toString());
        return p;
    }

    MoodleSandbox moodle() {
        return moodle;
    }

    KinerjaStandIn kinerja() {
        return kinerja;
    }

    DemoSettings settings() {
        return settings;
    }

    String simpegUrl() {
        return simpegUrl;
    }

    /** NIPs of the active ASN SIMPEG holds, ascending. */
    List<String> activeNips() {
        return activeNips;
    }

    @Override
    public void close() {
        kinerja.close();
        moodle.close();
    }

    private static void freshFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    for (String db : DB_FILES) {
                        if (name.startsWith(db + ".") && name.endsWith(".db")) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("folder demo tidak bisa disiapkan / cannot prepare the demo folder " + dir
                    + " — set jembatan.demo.dir to a writable folder", e);
        }
    }

    /** The demo's kinerja-recommendations rules (sandbox course shortnames), written beside its databases. */
    private static Path copyRules(Path dir) {
        Path target = dir.resolve("recommendations.csv");
        try (InputStream in = DemoPeers.class.getClassLoader().getResourceAsStream("demo/recommendations.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/recommendations.csv is missing from the jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("aturan demo tidak bisa ditulis / cannot write the demo rules " + target, e);
        }
    }

    private static List<String> fillSimpeg(String url, DemoSettings settings) {
        try (Connection connection = DriverManager.getConnection(url, SIMPEG_USER, "")) {
            SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
            SimpegGenerator.Counts counts = new SimpegGenerator(settings.seed())
                    .populate(connection, settings.asn(), settings.interns());
            LOG.info("DEMO: SIMPEG tiruan / simulated SIMPEG (H2, mode PostgreSQL) di / at {}: {} OPD, {} ASN, {}"
                    + " magang / interns (dibuat / generated, bukan orang nyata / no real person)",
                    settings.dir().resolve("simpeg.mv.db"), counts.units(), counts.asn(), counts.interns());
            List<String> nips = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT nip FROM asn WHERE status_aktif = 'AKTIF' ORDER BY nip")) {
                while (rows.next()) {
                    nips.add(rows.getString(1));
                }
            }
            return List.copyOf(nips);
        } catch (SQLException e) {
            throw new IllegalStateException("SIMPEG demo tidak bisa dibuat / cannot build the demo SIMPEG at " + url
                    + ": " + e.getMessage(), e);
        }
    }
}
