package org.parley.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code parley} run as a user runs it: a JVM of its own, with its output captured in files. */
final class ParleyProcess {
    /** Starts fast: these children do little work each, on a machine running many tests at once. */
    private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    private File stdout;
    private final Path logs;

    /** @param logs a folder for the captured output */
    ParleyProcess(Path logs) {
        this.logs = logs;
    }

    /** Adds a JVM option, e.g. {@code -Djava.io.tmpdir=DIR}. */
    ParleyProcess jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    private boolean piped;
    private File stdin;

    /** Sends standard output to this file (e.g. {@code /dev/full}) instead of capturing it. */
    ParleyProcess stdoutTo(File file) {
        this.stdout = file;
        return this;
    }

    /** Reads standard input from this file (a script for {@code parley shell}). */
    ParleyProcess stdinFrom(File file) {
        this.stdin = file;
        return this;
    }

    /** Gives standard output to the caller as a pipe, {@code process().getInputStream()}, instead of capturing it. */
    ParleyProcess stdoutPiped() {
        this.piped = true;
        return this;
    }

    /** Starts {@code parley ARGS}; output goes to files in the log folder. */
    Started start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path dir = Files.createTempDirectory(logs, "run-");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
        if (!piped) pb.redirectOutput(stdout != null ? stdout : out.toFile());
        if (stdin != null) pb.redirectInput(stdin);
        pb.environment().remove("PARLEY_PASSWORD");
        return new Started(pb.start(), out, err);
    }

    /** Runs {@code parley ARGS} to the end, which must come within {@code timeout}. */
    CliTest.Run run(Duration timeout, String... args) throws IOException, InterruptedException {
        return start(args).await(timeout);
    }

    /** A running parley. */
    record Started(Process process, Path out, Path err) {
        CliTest.Run await(Duration timeout) throws IOException, InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("parley did not finish within " + timeout + "; stderr: " + read(err));
            }
            return new CliTest.Run(process.exitValue(), read(out), read(err));
        }

        String errSoFar() throws IOException {
            return read(err);
        }

        String outSoFar() throws IOException {
            return read(out);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
