package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * Every command that opens the embedded store, run in another process while this one holds it:
 * the documented status 3 and one line that names the holder and the way to write anyway,
 * whatever the command. (Within one JVM TDB2 shares the open store, so the holder must be another
 * process.)
 */
class StoreInUseTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommandOnAHeldStoreExitsWithThreeAndPointsToEndpoint() throws Exception {
        List<Process> children = new ArrayList<>();
        Path dir = tmp.resolve("held");
        String store = dir.toString();
        try (ParleyStore held = ParleyStore.open(dir)) {
            held.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("kept"))));
            String holder = "(process " + ProcessHandle.current().pid() + ")";
            List<List<String>> commands = List.of(
                    List.of("ingest", "--store", store, CliTest.SEED),
                    List.of("query", "--store", store, "invitations"),
                    List.of("stats", "--store", store),
                    List.of("compact", "--store", store),
                    List.of("demo", "--store", store),
                    List.of("export", "--store", store, "--format", "dot"),
                    List.of("serve", "--store", store, "--port", "0"));
            // All at once: each is a JVM start, and none of them may wait for the store.
            for (List<String> command : commands) children.add(parleyChild(command, tmp.resolve(command.get(0) + ".log")));
            for (int i = 0; i < commands.size(); i++) {
                String name = commands.get(i).get(0);
                Process child = children.get(i);
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), name + " must not hang");
                String err = Files.readString(tmp.resolve(name + ".log"), StandardCharsets.UTF_8);
                assertEquals(ExitCodes.STORE_UNAVAILABLE, child.exitValue(), name + ": " + err);
                assertTrue(err.startsWith("parley " + name + ": store " + store + " is in use by another process " + holder),
                        name + ": " + err);
                assertTrue(err.contains("--endpoint"), name + ": " + err);
                assertEquals(1, err.lines().count(), name + " says it in one line: " + err);
            }
        } finally {
            for (Process child : children) if (child.isAlive()) child.destroyForcibly();
        }
    }

    private static Process parleyChild(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
