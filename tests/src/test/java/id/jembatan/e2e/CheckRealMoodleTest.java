package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.support.moodle.RealMoodle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar jembatan.jar check} against the real Moodle of the {@code -Pmoodle} tier: it passes with the
 * service {@code scripts/moodle.sh} made, and fails with one line naming the flow and the function once a function
 * is taken out of the service.
 */
@EnabledIfSystemProperty(named = RealMoodle.PROPERTY, matches = "true")
class CheckRealMoodleTest {

    private final RealMoodle moodle = RealMoodle.fromEnvironment();

    @TempDir
    Path workDir;

    @BeforeEach
    @AfterEach
    void reset() {
        moodle.reset();
    }

    private String[] check() {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(moodle.bridgeOptions(workDir, true));
        return args.toArray(String[]::new);
    }

    @Test
    void checkPassesAgainstTheRealMoodle() throws Exception {
        JarProcess.Outcome outcome = JarProcess.start(workDir, check()).await();

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output().lines().toList()).as(outcome.output())
                .anyMatch(line -> line.startsWith("OK    moodle") && line.contains("4.5.6 (Build: 20250811)")
                        && line.contains("Jembatan test Moodle"))
                .noneMatch(line -> line.startsWith("FAIL"));
        assertThat(outcome.output()).doesNotContain(moodle.token());
    }

    @Test
    void aFunctionMissingFromTheServiceFailsTheCheckNamingTheFlowAndTheFunction() throws Exception {
        moodle.fixture("remove-function", "core_course_get_contents");

        JarProcess.Outcome outcome = JarProcess.start(workDir, check()).await();

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output().lines().filter(line -> line.startsWith("FAIL")))
                .as(outcome.output()).singleElement().asString()
                .startsWith("FAIL  moodle")
                .contains("functions missing from the token's external service")
                .contains("moodle-learning (log) needs core_course_get_contents")
                .doesNotContain(moodle.token());
    }
}
