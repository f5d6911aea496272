package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.parley.store.ParleyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2's file mode is fixed per JVM, so the other mode runs in a child JVM: a store made in one
 * mode must open, answer and take writes in the other.
 */
class StoreFileModeTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreMadeMappedOpensDirectAndBack() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, CliTest.parley("ingest", "--store", store.toString(), CliTest.SEED).status());
        String stats = CliTest.parley("stats", "--store", store.toString()).out();

        Child direct = child("direct", "stats", "--store", store.toString());
        assertEquals(0, direct.status(), direct.output());
        assertTrue(direct.output().contains(stats.strip()), "the same figures in direct mode: " + direct.output());

        Path other = tmp.resolve("other");
        Child ingest = child("direct", "ingest", "--store", other.toString(), "seeds");
        assertEquals(0, ingest.status(), ingest.output());
        try (ParleyStore s = ParleyStore.open(other)) {
            assertTrue(s.tripleCount() > 0, "a store made in direct mode opens mapped");
        }
    }

    @Test
    void anUnknownFileModeIsAClearError() throws Exception {
        Child bad = child("bogus", "stats", "--store", tmp.resolve("store").toString());
        assertTrue(bad.status() != 0);
        assertTrue(bad.output().contains("-Dparley.store.fileMode must be 'mapped' or 'direct', was 'bogus'"), bad.output());
    }

    record Child(int status, String output) {}

    private static Child child(String fileMode, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ParleyStore.FILE_MODE_PROPERTY + "=" + fileMode,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child must end");
        return new Child(p.exitValue(), output);
    }
}
