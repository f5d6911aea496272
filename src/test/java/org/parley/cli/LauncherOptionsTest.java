package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code parley} launcher passes: a heap cap and the parallel collector for the
 * batch commands, G1 left alone for {@code serve}, and the user's {@code PARLEY_JAVA_OPTS} last, a
 * collector named there replacing parley's (the JVM refuses to start with two). The launcher runs
 * from a copy, with stand-ins for {@code java} and {@code mvn} that only report how they were called.
 */
class LauncherOptionsTest {
    @TempDir
    Path tmp;
    private Path launcher;
    private Path bin;

    @BeforeEach
    void copyLauncherBesideStandIns() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        launcher = tmp.resolve("project/parley");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("parley"), launcher);
        bin = Files.createDirectories(tmp.resolve("bin"));
        standIn("java", "printf '%s\\n' \"$@\"");
        // the copy has no jar, so the launcher "builds" first; the stand-in notes how
        standIn("mvn", "printf '%s\\n' \"$@\" > '" + tmp.resolve("mvn-args") + "'");
    }

    @Test
    void batchCommandsGetTheHeapCapTheParallelCollectorAndSmallerInlining() throws Exception {
        List<String> args = javaArgs("", "ingest", "--threads", "2", "articles/");
        assertEquals(List.of("-Xmx2g", "-XX:+UseParallelGC", "-XX:GCTimeRatio=19",
                "-XX:MaxInlineLevel=9", "-XX:FreqInlineSize=150", "-XX:InlineSmallCode=1000", "-jar"), args.subList(0, 7));
        assertEquals(List.of("ingest", "--threads", "2", "articles/"), args.subList(8, args.size()));
    }

    @Test
    void theCoreBuildsAloneSoTheFirstRunDoesNotWaitForTheBeamModule() throws Exception {
        javaArgs("", "stats");
        assertEquals(List.of("-B", "-q", "-f", "core.pom.xml", "-DskipTests", "package"), Files.readAllLines(tmp.resolve("mvn-args")));
    }

    @Test
    void beamRunsTheBeamJarThatTheWholeBuildMakesWithMoreHeap() throws Exception {
        List<String> args = javaArgs("", "beam", "--input=articles/", "--output=out/graph");
        assertEquals("-Xmx3g", args.get(0));
        int jar = args.indexOf("-jar") + 1;
        assertEquals(launcher.getParent().resolve("beam/target/parley-beam.jar").toString(), args.get(jar));
        assertEquals(List.of("--input=articles/", "--output=out/graph"), args.subList(jar + 1, args.size()));
        assertEquals(List.of("-B", "-q", "-DskipTests", "package"), Files.readAllLines(tmp.resolve("mvn-args")));
    }

    @Test
    void serveKeepsTheJvmsDefaultCollectorAndCompiler() throws Exception {
        List<String> args = javaArgs("", "serve", "--port", "3031");
        assertEquals(List.of("-Xmx2g", "-jar"), args.subList(0, 2));
    }

    @Test
    void theUsersOptionsComeLastAndTheirCollectorReplacesParleys() throws Exception {
        List<String> args = javaArgs("-Xmx4g -XX:+UseG1GC -XX:MaxInlineLevel=15", "extract", "a.txt");
        assertFalse(args.contains("-XX:+UseParallelGC"), args.toString());
        // The JVM takes the last of two values of an option, so the user's inlining limit wins.
        assertEquals(List.of("-Xmx4g", "-XX:+UseG1GC", "-XX:MaxInlineLevel=15", "-jar"),
                args.subList(args.indexOf("-jar") - 3, args.indexOf("-jar") + 1));

        List<String> plain = javaArgs("-Dparley.store.fileMode=direct", "ingest", "a.txt");
        assertTrue(plain.containsAll(List.of("-XX:+UseParallelGC", "-Dparley.store.fileMode=direct")), plain.toString());
    }

    @Test
    void aClassArchiveIsRecordedOnceAfterEachBuildAndEveryCommandMapsIt() throws Exception {
        // This java records the archive it is asked to, as the real one does at exit.
        standIn("java", "printf '%s\\n' \"$@\"; for a in \"$@\"; do case \"$a\" in"
                + " -XX:ArchiveClassesAtExit=*) echo recorded > \"${a#*=}\";; esac; done");
        Path target = Files.createDirectories(launcher.resolveSibling("target"));

        Run first = run("", "ingest", "a.txt");
        assertTrue(first.err().contains("parley: recording the classes parley starts with"), first.err());
        Path archive = onlyArchive(target);
        assertTrue(archive.getFileName().toString().matches("parley-\\d+\\.jsa"), archive.toString());
        assertTrue(first.args().containsAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off")),
                "the JVM's archive messages would go to standard output: " + first.args());

        Run second = run("", "serve");
        assertFalse(second.err().contains("recording"), "recorded once: " + second.err());
        assertTrue(second.args().contains("-XX:SharedArchiveFile=" + archive), second.args().toString());
        assertFalse(run("-Xshare:off", "query", "x").args().stream().anyMatch(a -> a.contains("Archive")), "the user's choice wins");

        // A jar built after the archive has classes the archive lacks: it is recorded again.
        Path jar = target.resolve("parley.jar");
        Files.writeString(jar, "a newer jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1000));
        assertTrue(run("", "stats").err().contains("recording"));

        // A java that cannot record leaves an empty archive: not used, and not tried again until the next build.
        // (Another java binary, told apart by its path and time, has an archive of its own; the first's is removed.)
        standIn("java", "printf '%s\\n' \"$@\"");
        Files.setLastModifiedTime(bin.resolve("java"), FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Run failed = run("", "stats");
        assertTrue(failed.err().contains("recording") && Files.size(onlyArchive(target)) == 0, failed.err());
        assertFalse(failed.args().stream().anyMatch(a -> a.contains("Archive")), failed.args().toString());
        assertFalse(run("", "stats").err().contains("recording"));
    }

    private static Path onlyArchive(Path target) throws IOException {
        try (var files = Files.list(target)) {
            List<Path> archives = files.filter(f -> f.toString().contains(".jsa")).toList();
            assertEquals(1, archives.size(), "one archive, no recording left over: " + archives);
            return archives.get(0);
        }
    }

    record Run(List<String> args, String err) {}

    private Run run(String userOpts, String... command) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PARLEY_JAVA_OPTS", userOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = stderr(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
        assertEquals(0, p.exitValue(), err);
        return new Run(out.lines().toList(), err);
    }

    @Test
    void theFirstBuildLeavesNoColourCodesOnTheTerminal() throws Exception {
        standIn("mvn", "printf '\\033[0m\\033[0m'; printf '\\033[0m\\033[0m' >&2; exit 0");
        Process ok = launch("stats");
        assertEquals(0, ok.waitFor());
        String built = stderr(ok);
        assertTrue(built.startsWith("parley: building target/parley.jar (first run or sources changed) ...\n"), built);
        assertFalse(built.contains("\033"), built);

        standIn("mvn", "printf '\\033[0m\\033[1m[ERROR]\\033[m COMPILATION ERROR\\n' >&2; exit 1");
        Process failed = launch("stats");
        assertEquals(2, failed.waitFor());
        String err = stderr(failed);
        assertTrue(err.contains("[ERROR] COMPILATION ERROR\n") && err.endsWith("parley: the build failed (see above)\n"), err);
        assertFalse(err.contains("\033"), err);
    }

    private Process launch(String... command) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return pb.start();
    }

    private static String stderr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The arguments the launcher passed to java, one per element. */
    private List<String> javaArgs(String userOpts, String... command) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PARLEY_JAVA_OPTS", userOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out.lines().toList();
    }

    private void standIn(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
