package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The run the launcher records its class archive from: the commands succeed, and it leaves nothing behind. */
class StartupTrainingTest {
    @Test
    void runsQueryStatsAndExportOnAStoreOfItsOwnAndRemovesIt() throws Exception {
        List<Path> before = trainingDirs();
        PrintStream out = System.out;
        StartupTraining.main(new String[0]); // throws if a command fails
        assertSame(out, System.out, "standard output is given back");
        assertEquals(before, trainingDirs(), "the training store is deleted");
    }

    private static List<Path> trainingDirs() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("parley-startup-training")).sorted().toList();
        }
    }
}
