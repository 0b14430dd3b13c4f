package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that cannot run prints one line with its reason and the setting to fix, not a stack trace. */
class CommandFailuresTest {

    private static final String SHORT_KEY = "short-key-echo";

    @TempDir
    Path workDir;

    @Test
    void aBridgeThatCannotStartPrintsOneLineNamingTheSettingAndNoStackTrace() throws Exception {
        JarProcess.Outcome check = JarProcess.run(workDir, "check", "--jembatan.api.clients.bkpsdm.key=" + SHORT_KEY,
                "--jembatan.api.clients.bkpsdm.scopes=competency:read");

        assertThat(check.exitCode()).as(check.output()).isEqualTo(2);
        assertThat(check.output()).as(check.output())
                .contains("the bridge could not start")
                .contains("jembatan.api.clients.bkpsdm.key")
                .contains("at least 24 characters")
                .doesNotContain(SHORT_KEY)
                .doesNotContain("Application run failed")
                .doesNotContainPattern("(?m)^\\s+at [a-z]");
        assertThat(check.output().lines().filter(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(3);
    }
}
