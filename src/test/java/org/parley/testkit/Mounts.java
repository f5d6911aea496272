package org.parley.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * File systems that tests mount to meet what users meet: a small one that fills up, a read-only
 * one that even root cannot write. Mounting needs root (CI runs as root). Where it is refused,
 * the test is skipped on a developer's machine and fails in CI (the CI variable is set), like the
 * tests that need Graphviz or Chromium.
 */
public final class Mounts {
    private Mounts() {}

    /** A mounted file system; closing unmounts it. */
    public record Mount(Path dir) implements AutoCloseable {
        /** Gives a tmpfs another size, keeping what it holds: frees space on a full one. */
        public void resize(int megabytes) throws IOException, InterruptedException {
            String failure = run(List.of("mount", "-o", "remount,size=" + megabytes + "m", dir.toString()));
            if (failure != null) fail("cannot resize the tmpfs on " + dir + ": " + failure);
        }

        /**
         * Unmounts; while this JVM still maps files of a store there (TDB2's mapped files stay mapped
         * until their buffers are collected, after the store is closed), the file system is busy, so
         * it is then detached at once and let go when the last mapping goes (a lazy unmount).
         */
        @Override
        public void close() throws IOException, InterruptedException {
            if (run(List.of("umount", dir.toString())) == null) return;
            String failure = run(List.of("umount", "--lazy", dir.toString()));
            if (failure != null) fail("cannot unmount " + dir + ": " + failure);
        }
    }

    /** A tmpfs of {@code megabytes} MB on {@code dir}. */
    public static Mount tmpfs(Path dir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        require("a tmpfs", run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString())));
        return new Mount(dir);
    }

    /** {@code source} again on {@code dir}, read-only: writes there fail with EROFS, whoever makes them. */
    public static Mount readOnlyView(Path source, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        require("a bind mount", run(List.of("mount", "--bind", source.toString(), dir.toString())));
        Mount mount = new Mount(dir);
        String remount = run(List.of("mount", "-o", "remount,bind,ro", dir.toString()));
        if (remount != null) {
            mount.close();
            require("a read-only remount", remount);
        }
        return mount;
    }

    /** Whether this process runs as root, which file permissions do not stop. */
    public static boolean root() {
        try {
            return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                    StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            return false;
        }
    }

    private static void require(String what, String failure) {
        if (failure == null) return;
        String message = "cannot mount " + what + " here (" + failure.strip() + ")";
        if (System.getenv("CI") != null) fail(message + "; CI runs as root and must allow it");
        Assumptions.abort(message + "; skipped outside CI");
    }

    /** Runs a command; null when it succeeds, else what it printed. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return command.get(0) + " did not finish";
        }
        return p.exitValue() == 0 ? null : output.isBlank() ? "exit status " + p.exitValue() : output;
    }
}
