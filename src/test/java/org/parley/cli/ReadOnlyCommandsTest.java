package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testkit.Mounts;

/**
 * Reading a store does not change it: {@code query}, {@code stats}, {@code export}, {@code shell},
 * {@code eval --store} and {@code serve} (without {@code --update}) begin no write transaction, so
 * a store keeps every byte however often it is read, and a store on a read-only file system, or of
 * another user, answers.
 */
class ReadOnlyCommandsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void tenReadOnlyCommandsInSeparateJvmsLeaveEveryByteOfTheStoreAsItWas() throws Exception {
        Path store = seedStore(tmp.resolve("store"));
        Map<String, String> before = contents(store);
        Map<String, String> sizesBefore = sizesAndTimes(store);
        ParleyProcess parley = new ParleyProcess(tmp);
        String dir = store.toString();
        List<List<String>> commands = List.of(
                List.of("stats", "--store", dir),
                List.of("query", "--store", dir, "invitations"),
                List.of("query", "--store", dir, "actor", "--param", "actor=Pakistan"),
                List.of("query", "--store", dir, "--query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                List.of("stats", "--store", dir),
                List.of("export", "--store", dir, "--format", "graphml", "-o", tmp.resolve("graph.graphml").toString()),
                List.of("export", "--store", dir, "--format", "dot"),
                List.of("query", "--store", dir, "representatives"),
                // an ingest with nothing new writes nothing either: the ontology's hash is the same in every JVM
                List.of("ingest", "--store", dir, CliTest.SEED));
        for (List<String> command : commands) {
            CliTest.Run run = parley.run(TIMEOUT, command.toArray(String[]::new));
            assertEquals(0, run.status(), command + ": " + run.err());
            assertEquals(sizesBefore, sizesAndTimes(store), "after " + command);
        }
        assertShellCountsOneArticle(new ParleyProcess(tmp), dir);
        assertEquals(sizesBefore, sizesAndTimes(store), "after shell");
        CliTest.Run eval = parley.run(TIMEOUT, "eval", "--store", dir, seedGold().toString());
        assertEquals(0, eval.status(), eval.err());
        assertEquals(sizesBefore, sizesAndTimes(store), "after eval --store");
        serveAndQuery(parley, dir);
        assertEquals(sizesBefore, sizesAndTimes(store), "after serve");
        assertEquals(before, contents(store), "every byte");
    }

    @Test
    void aStoreNoOneMayWriteAnswersQueriesAndStaysAsItWas() throws Exception {
        Path store = seedStore(tmp.resolve("store"));
        ParleyProcess parley = new ParleyProcess(tmp);
        String expected = parley.run(TIMEOUT, "query", "--store", store.toString(), "--format", "tsv", "invitations").out();
        assertTrue(expected.lines().count() > 1, "the seed has an invitation: " + expected);

        Path locked = seedStore(tmp.resolve("locked"));
        Map<String, String> before = contents(locked);
        chmodReadOnly(locked);
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        // Root writes whatever the permissions say, so for root the store is also mounted read-only.
        try (Mounts.Mount view = Mounts.root() ? Mounts.readOnlyView(locked, tmp.resolve("read-only-view")) : null) {
            Path readOnly = view == null ? locked : view.dir();
            ParleyProcess reader = new ParleyProcess(tmp).jvm("-Djava.io.tmpdir=" + childTmp);
            CliTest.Run query = reader.run(TIMEOUT, "query", "--store", readOnly.toString(), "--format", "tsv", "invitations");
            assertEquals(0, query.status(), query.err());
            assertEquals(expected, query.out());
            assertTrue(query.err().contains("store " + readOnly + " is read-only here"), query.err());

            CliTest.Run stats = reader.run(TIMEOUT, "stats", "--store", readOnly.toString());
            assertEquals(0, stats.status(), stats.err());
            assertTrue(stats.out().startsWith("articles:  1\n"), stats.out());

            assertShellCountsOneArticle(new ParleyProcess(tmp).jvm("-Djava.io.tmpdir=" + childTmp), readOnly.toString());

            CliTest.Run eval = reader.run(TIMEOUT, "eval", "--store", readOnly.toString(), seedGold().toString());
            assertEquals(0, eval.status(), eval.err());

            CliTest.Run ingest = reader.run(TIMEOUT, "ingest", "--store", readOnly.toString(), CliTest.SEED);
            assertEquals(3, ingest.status(), "writing is another matter: " + ingest.err());
        } finally {
            chmodWritable(locked);
        }
        assertEquals(before, contents(locked));
        try (Stream<Path> left = Files.list(childTmp)) {
            assertEquals(List.of(), left.toList(), "the private copy is deleted when done");
        }
    }

    @Test
    void commandsThatReadOrMaintainAStoreSayWhenThereIsNoneAndCreateNone() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (Path nowhere : List.of(tmp.resolve("missing"), empty)) {
            for (List<String> command : List.of(List.of("query", "invitations"), List.of("stats"), List.of("summarize"),
                    List.of("compact"), List.of("export"), List.of("shell"))) {
                String[] args = Stream.concat(command.stream(), Stream.of("--store", nowhere.toString())).toArray(String[]::new);
                CliTest.Run run = CliTest.parley(args);
                assertEquals(1, run.status(), command + ": " + run.err());
                assertEquals("parley " + command.get(0) + ": no store at " + nowhere
                        + " (run 'parley ingest' first, or pass --store DIR)\n", run.err());
            }
        }
        assertFalse(Files.exists(tmp.resolve("missing")));
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** {@code parley shell} on the store, with a script on standard input. */
    private void assertShellCountsOneArticle(ParleyProcess parley, String store) throws Exception {
        Path script = Files.writeString(tmp.resolve("script.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article };\n");
        CliTest.Run shell = parley.stdinFrom(script.toFile())
                .run(TIMEOUT, "shell", "--store", store, "--history", tmp.resolve("history").toString(), "--format", "tsv");
        assertEquals(List.of("?n", "1"), shell.out().lines().toList(), shell.err());
    }

    /** A gold folder of the seed article that says it has no actors: enough for eval to read the store. */
    private Path seedGold() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.copy(Path.of(CliTest.SEED), gold.resolve("seed-pakistan-us-iran-talks.txt"));
        Files.writeString(gold.resolve("seed-pakistan-us-iran-talks.gold.json"),
                "{\"id\": \"seed-pakistan-us-iran-talks\", \"entities\": [], \"relations\": []}");
        return gold;
    }

    private static Path seedStore(Path dir) {
        CliTest.Run run = CliTest.parley("ingest", "--store", dir.toString(), CliTest.SEED);
        assertEquals(0, run.status(), run.err());
        return dir;
    }

    /** Starts a read-only server on the store, answers a query through it, and stops it as Ctrl-C would. */
    private static void serveAndQuery(ParleyProcess parley, String store) throws Exception {
        ParleyProcess.Started serve = parley.start("serve", "--store", store, "--port", "0");
        try {
            String sparql = null;
            Pattern url = Pattern.compile("SPARQL query\\s+(http://127\\.0\\.0\\.1:\\d+/parley/sparql)");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (sparql == null && System.nanoTime() < deadline && serve.process().isAlive()) {
                Matcher m = url.matcher(serve.outSoFar());
                if (m.find()) sparql = m.group(1);
                else Thread.sleep(50);
            }
            assertNotNull(sparql, "serve printed its endpoint: " + serve.outSoFar() + serve.errSoFar());
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
                assertTrue(qe.execSelect().next().getLiteral("n").getLong() > 0);
            }
            serve.process().destroy(); // SIGTERM, as Ctrl-C or a service manager would send
            serve.await(TIMEOUT);
        } finally {
            if (serve.process().isAlive()) serve.process().destroyForcibly();
        }
    }

    /**
     * Every file of the store with its size and SHA-256, but for TDB2's lock files: those hold the
     * process id of whoever opened the store last, which is how TDB2 keeps a store to one process.
     */
    static Map<String, String> contents(Path store) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(store)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("tdb.lock")) continue;
                files.put(store.relativize(f).toString(), Files.size(f) + " bytes, sha-256 " + sha256(f));
            }
        }
        return files;
    }

    /** Each file's size and time of last change, lock files aside: cheaper than {@link #contents}, for every step. */
    private static Map<String, String> sizesAndTimes(Path store) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(store)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("tdb.lock")) continue;
                files.put(store.relativize(f).toString(), Files.size(f) + " bytes, changed " + Files.getLastModifiedTime(f));
            }
        }
        return files;
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chmodReadOnly(Path dir) throws IOException, InterruptedException {
        chmod("a-w", dir);
    }

    private static void chmodWritable(Path dir) throws IOException, InterruptedException {
        chmod("u+w", dir);
    }

    private static void chmod(String mode, Path dir) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("chmod", "-R", mode, dir.toString()).inheritIO().start().waitFor());
    }
}
