package id.jembatan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code bridge/target/jembatan.jar} as an admin would, and collects what it printed. */
final class JarProcess {

    record Outcome(int exitCode, String output) {
    }

    private JarProcess() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("jembatan.jar", "../bridge/target/jembatan.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the bridge first (./mvnw verify builds it): missing " + jar);
        }
        return jar;
    }

    static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jembatan.jar did not finish within 120 s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(process.exitValue(), output);
    }
}
