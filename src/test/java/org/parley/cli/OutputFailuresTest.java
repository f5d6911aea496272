package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is a failure, never a silent success: {@code extract > shard.nq}
 * onto a full disk must not exit 0 with nothing written. And {@code export -o} writes regular files
 * only: it never replaces a device, a pipe or a directory, {@code --force} or not.
 */
class OutputFailuresTest {
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final File FULL = new File("/dev/full"); // every write fails with ENOSPC, as on a full disk

    @TempDir
    static Path shared;
    static String store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void seedStore() {
        store = shared.resolve("store").toString();
        CliTest.Run run = CliTest.parley("ingest", "--store", store, CliTest.SEED);
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void everyCommandWritingToAFullDeviceExitsOneWithOneLineSayingSo() throws Exception {
        assertTrue(FULL.exists(), "Linux has /dev/full");
        ParleyProcess parley = new ParleyProcess(tmp).stdoutTo(FULL);
        for (List<String> command : List.of(List.of("extract", "--format", "nq", CliTest.SEED),
                List.of("query", "--store", store, "invitations"), List.of("export", "--store", store),
                List.of("stats", "--store", store))) {
            CliTest.Run run = parley.run(TIMEOUT, command.toArray(String[]::new));
            assertEquals(1, run.status(), command + ": " + run.err());
            assertEquals(List.of("parley " + command.get(0) + ": cannot write to standard output: No space left on device"),
                    run.err().lines().toList(), command.toString());
        }
    }

    @Test
    void aReaderThatGoesAwayEndsTheCommandQuietlyAsItWouldAShellTool() throws Exception {
        ParleyProcess.Started query = new ParleyProcess(tmp).stdoutPiped().start("query", "--store", store, "--query",
                "SELECT * WHERE { ?s ?p ?o }");
        query.process().getInputStream().close(); // as `| head` does once it has its lines
        CliTest.Run run = query.await(TIMEOUT);
        assertEquals(128 + 13, run.status(), "SIGPIPE's status, as for `parley query | head` under pipefail: " + run.err());
        assertEquals("", run.err());
    }

    @Test
    void exportRefusesToReplaceADeviceAPipeOrADirectoryEvenWithForce() throws Exception {
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String[] target : new String[][] {{"/dev/null", "a character device"}, {fifo.toString(), "a named pipe"},
                {tmp.toString(), "a directory"}}) {
            for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
                String[] args = Stream.concat(Stream.of("export", "--store", store, "-o", target[0]),
                        force.stream()).toArray(String[]::new);
                CliTest.Run run = CliTest.parley(args);
                assertEquals(2, run.status(), run.err());
                assertEquals("parley export: " + target[0] + " is not a regular file (" + target[1] + "); export writes"
                        + " only regular files (leave out -o to write to standard output)\n", run.err());
            }
        }
        assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }
}
