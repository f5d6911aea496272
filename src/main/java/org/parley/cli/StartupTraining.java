package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parley.store.ParleyStore;

/**
 * Runs the commands whose start-up a user waits for (query, a named query, stats, export) on an
 * empty store of its own, with their output thrown away. The launcher runs this in a JVM started
 * with {@code -XX:ArchiveClassesAtExit} once after each build, so that the JVM records the
 * classes these commands load into an archive that every later start maps instead of loading
 * them from the jar (see the launcher). It loads no NLP model: no command it runs needs one.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("parley-startup-training");
        PrintStream stdout = System.out;
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream())); // export writes to it
            String store = dir.resolve("store").toString();
            ParleyStore.open(Path.of(store)).close();
            String[][] commands = {
                {"query", "--store", store, "--query", "ASK {}"},
                {"query", "--store", store, "--format", "table", "actors"},
                {"stats", "--store", store},
                {"export", "--store", store, "--format", "dot"},
            };
            for (String[] command : commands) {
                int status = Main.commandLine().setOut(nowhere).setErr(nowhere).execute(command);
                if (status != ExitCodes.OK) throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
            }
        } finally {
            System.setOut(stdout);
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
