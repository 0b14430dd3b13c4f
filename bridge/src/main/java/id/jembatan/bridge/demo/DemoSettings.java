package id.jembatan.bridge.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What the {@code demo} profile builds ({@code jembatan.demo.*}). Read from the environment before the application
 * context exists, because the demo's peers must run before the flows' beans read their URLs.
 *
 * @param dir          folder of the demo's H2 files (state store and SIMPEG), emptied at every start
 *                     ({@code jembatan.demo.dir}, default {@code ./data/demo})
 * @param asn          ASN the SIMPEG generator writes ({@code jembatan.demo.asn}, default 500)
 * @param interns      interns it writes ({@code jembatan.demo.interns}, default 20)
 * @param learners     created accounts the sandbox Moodle enrols in its courses, with simulated progress
 *                     ({@code jembatan.demo.learners}, default 150)
 * @param seed         seed of the generated city and the simulated learning ({@code jembatan.demo.seed})
 */
record DemoSettings(Path dir, int asn, int interns, int learners, long seed) {

    static final String PROFILE = "demo";

    static DemoSettings from(Environment environment) {
        Binder binder = Binder.get(environment);
        Path dir = Path.of(binder.bind("jembatan.demo.dir", String.class).orElse("./data/demo"));
        int asn = binder.bind("jembatan.demo.asn", Integer.class).orElse(500);
        int interns = binder.bind("jembatan.demo.interns", Integer.class).orElse(20);
        int learners = binder.bind("jembatan.demo.learners", Integer.class).orElse(150);
        long seed = binder.bind("jembatan.demo.seed", Long.class).orElse(20260115L);
        if (asn < 1 || interns < 0 || learners < 0) {
            throw new IllegalStateException("jembatan.demo.asn harus >= 1, interns dan learners >= 0 / must be at"
                    + " least 1, interns and learners at least 0; were " + asn + ", " + interns + ", " + learners);
        }
        return new DemoSettings(dir.toAbsolutePath().normalize(), asn, interns, learners, seed);
    }
}
