package id.jembatan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** A running jar whose output lines are collected as they come. */
    static final class Running {
        private final Process process;
        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread reader;

        private Running(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException ignored) {
                    // the process was killed
                }
            }, "jar-output");
            reader.setDaemon(true);
            reader.start();
        }

        List<String> lines() {
            return lines;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** Kills the process without letting it shut down, as a power cut or {@code kill -9} would. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        Outcome await() throws InterruptedException {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jembatan.jar did not finish within 300 s: " + lines);
            }
            reader.join(10_000);
            return new Outcome(process.exitValue(), String.join("\n", lines));
        }
    }

    static Running start(Path workDir, String... args) throws IOException {
        return start(workDir, Map.of(), args);
    }

    /** Starts the jar with {@code environment} added to this process's environment, as an admin's unit file would. */
    static Running start(Path workDir, Map<String, String> environment, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new Running(builder.start());
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs to the end (at most 120 s), reading the output as it comes so that a long one cannot block the jar. */
    static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        Running running = start(workDir, args);
        if (!running.process.waitFor(120, TimeUnit.SECONDS)) {
            running.process.destroyForcibly();
            throw new IllegalStateException("jembatan.jar did not finish within 120 s: " + command(args));
        }
        return running.await();
    }
}
