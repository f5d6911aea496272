package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ContentHash;
import org.parley.rdf.DIP;
import org.parley.rdf.ShapeValidator;
import org.parley.store.ParleyStore;

/**
 * What a killed, interrupted or contended {@code parley ingest} leaves behind, with real child
 * JVMs: the store always opens, holds whole articles only (each exactly as a clean ingest stores
 * it), and a re-run completes the rest without duplicates.
 *
 * <p>Every store here is compared with one reference store, filled by a clean one-shot ingest of
 * the same folder; extraction is deterministic, so each article graph must be isomorphic to its
 * reference graph.
 */
class IngestInterruptionTest {
    /** Enough articles that a run cannot finish in the moment between "several commits seen" and the kill. */
    static final int ARTICLES = 200;
    /** Small, so that several transactions commit before the kill. */
    static final String BATCH = "5";
    static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path shared;
    static Path inputs;
    static Map<String, Model> reference;
    static long referenceTriples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void articlesAndACleanOneShotIngestOfThem() throws IOException {
        inputs = ArticleFolder.write(shared.resolve("articles"), ARTICLES);
        Path store = shared.resolve("reference");
        CliTest.Run clean = CliTest.parley("ingest", "--store", store.toString(), "--threads", "2", inputs.toString());
        assertEquals(0, clean.status(), clean.err());
        try (ParleyStore s = ParleyStore.open(store)) {
            reference = articleGraphs(s);
            referenceTriples = s.tripleCount();
        }
        assertEquals(ARTICLES, reference.size(), "the reference store holds every article once");
    }

    @Test
    void sigkillMidwayLeavesOnlyWholeArticlesAndARerunCompletesTheRestWithoutDuplicates() throws Exception {
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("ingest.log");
        Process child = parleyChild(log, "ingest", "--store", store.toString(), "--threads", "2", "--batch", BATCH,
                inputs.toString());
        try {
            awaitCommits(store, 3, child, log);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
            assertTrue(child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }

        long survivors = assertOnlyWholeArticles(store);
        assertTrue(survivors > 0 && survivors < ARTICLES,
                "killed midway after some commits, yet the store holds " + survivors + " of " + ARTICLES + " articles");
        assertSummaryMatchesArticleGraphs(store);

        assertRerunCompletes(store, survivors);
    }

    @Test
    void ctrlCStopsAfterTheArticlesInFlightReportsHowFarItGotAndARerunCompletesTheRest() throws Exception {
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("ingest.log");
        Process child = parleyChild(log, interruptible(), "ingest", "--store", store.toString(), "--threads", "2", "--batch", BATCH,
                inputs.toString());
        String output;
        try {
            awaitCommits(store, 3, child, log);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "Ctrl-C ends the run: " + read(log));
            output = read(log);
            assertEquals(ExitCodes.INTERRUPTED, child.exitValue(), output);
        } finally {
            if (child.isAlive()) child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Matcher summary = Pattern.compile("(?m)^interrupted: (\\d+) articles? stored, 0 unchanged \\(skipped\\), 0 failed;.*"
                + "\\(everything listed is committed; run the same command again to continue\\)$").matcher(output);
        assertTrue(summary.find(), "prints how far it got: " + output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), "no stack trace: " + output);

        long stored = Long.parseLong(summary.group(1));
        assertEquals(stored, assertOnlyWholeArticles(store), "everything reported as stored is committed, and nothing else");
        assertTrue(stored > 0 && stored < ARTICLES, "stopped midway, yet " + stored + " of " + ARTICLES + " are stored");

        assertRerunCompletes(store, stored);
    }

    @Test
    void aSecondIngestIntoAStoreInUseNamesTheHolderAndExitsAtOnce() throws Exception {
        Path store = tmp.resolve("store");
        // An ingest from stdin holds the store, idle, until its input ends.
        Process holder = parleyChild(tmp.resolve("holder.log"), "ingest", "--store", store.toString(), "-");
        try {
            awaitLock(store, holder);

            Process second = parleyChild(tmp.resolve("second.log"), "ingest", "--store", store.toString(), inputs.toString());
            assertTrue(second.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the second ingest must not hang");
            String message = read(tmp.resolve("second.log"));
            assertEquals(ExitCodes.STORE_UNAVAILABLE, second.exitValue(), message);
            assertEquals(1, message.lines().count(), "one line: " + message);
            assertTrue(message.startsWith("parley ingest: store " + store + " is in use by another process (process "
                    + holder.pid() + ")"), message);
            assertTrue(message.contains("--endpoint"), "points to the way to write while the store is held: " + message);

            // The holder is untouched: it still takes its article and stores it.
            try (var stdin = holder.getOutputStream()) {
                stdin.write(Files.readAllBytes(Path.of(CliTest.SEED)));
            }
            assertTrue(holder.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(ExitCodes.OK, holder.exitValue(), read(tmp.resolve("holder.log")));
        } finally {
            if (holder.isAlive()) holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (ParleyStore s = ParleyStore.open(store)) {
            assertEquals(1, articleGraphs(s).size());
        }
    }

    /**
     * Opens the store and checks that every article graph in it is whole: it passes the shapes,
     * holds its article node and the hash of its text, and equals what a clean ingest stores for
     * that article (so no relation is missing). Returns the number of article graphs.
     */
    private static long assertOnlyWholeArticles(Path store) {
        ShapeValidator shapes = new ShapeValidator();
        try (ParleyStore s = ParleyStore.open(store)) {
            Map<String, Model> graphs = articleGraphs(s);
            for (Map.Entry<String, Model> e : graphs.entrySet()) {
                String iri = e.getKey();
                Model g = e.getValue();
                assertEquals(List.of(), shapes.violations(g), iri);
                Resource article = g.getResource(iri);
                assertTrue(g.contains(article, RDF.type, DIP.Article), iri + " has its dip:Article node");
                assertEquals(ContentHash.of(article.getProperty(DIP.text).getString()),
                        article.getProperty(DIP.contentHash).getString(), iri + " holds the hash of its text");
                Model expected = reference.get(iri);
                assertTrue(expected != null, iri + " is one of the inputs");
                assertTrue(g.isIsomorphicWith(expected), iri + " holds exactly what a clean ingest stores: "
                        + g.size() + " triples, expected " + expected.size());
            }
            long articleNodes = Txn.calculateRead(s.dataset(), () -> s.dataset().getUnionModel()
                    .listSubjectsWithProperty(RDF.type, DIP.Article).toList().size());
            assertEquals(graphs.size(), articleNodes, "no article node outside its own graph");
            return graphs.size();
        }
    }

    /** Re-running the same command stores the rest, skips what survived, and ends as a clean ingest does. */
    private static void assertRerunCompletes(Path store, long survivors) {
        CliTest.Run rerun = CliTest.parley("ingest", "--store", store.toString(), "--threads", "2", inputs.toString());
        assertEquals(0, rerun.status(), rerun.err());
        assertTrue(rerun.out().startsWith((ARTICLES - survivors) + " articles stored, " + survivors + " unchanged (skipped), 0 failed"),
                rerun.out());
        try (ParleyStore s = ParleyStore.open(store)) {
            Map<String, Model> graphs = articleGraphs(s);
            assertEquals(reference.keySet(), graphs.keySet(), "every input once");
            assertEquals(referenceTriples, s.tripleCount(), "no duplicates: the same triples as a clean one-shot ingest");
            graphs.forEach((iri, g) -> assertTrue(g.isIsomorphicWith(reference.get(iri)), iri));
        }
    }

    /** Every article graph of the store (not the ontology or the summary), copied out of the store. */
    static Map<String, Model> articleGraphs(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Map<String, Model> graphs = new LinkedHashMap<>();
            ds.listModelNames().forEachRemaining(name -> {
                if (name.getURI().startsWith(DIP.ID + "article/")) {
                    graphs.put(name.getURI(), ModelFactory.createDefaultModel().add(ds.getNamedModel(name)));
                }
            });
            return graphs;
        });
    }

    /** The summary the writer kept equals one built afresh from the article graphs that survived. */
    static void assertSummaryMatchesArticleGraphs(Path store) {
        try (ParleyStore s = ParleyStore.open(store)) {
            Model kept = summary(s);
            s.summarize(progress -> {});
            assertTrue(kept.size() > 0 && kept.isIsomorphicWith(summary(s)), "the summary holds exactly the stored articles' facts");
        }
    }

    private static Model summary(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getNamedModel(DIP.SUMMARY_GRAPH)));
    }

    private static Process parleyChild(Path log, String... args) throws IOException {
        return parleyChild(log, List.of(), args);
    }

    private static Process parleyChild(Path log, List<String> launcher, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * A child inherits an ignored SIGINT (as under a CI runner or a shell's background job), and a
     * JVM leaves an ignored SIGINT ignored, so Ctrl-C could not reach it. Then the child starts
     * through env, which restores the default handling first.
     */
    private static List<String> interruptible() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return List.of();
        long ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16)).findFirst().orElse(0L);
        boolean sigintIgnored = (ignored & (1L << (2 - 1))) != 0; // bit n-1 stands for signal n; SIGINT is 2
        return sigintIgnored ? List.of("env", "--default-signal=INT") : List.of();
    }

    /**
     * Waits until the child has committed at least {@code commits} transactions. TDB2 rewrites the
     * small state file of each index (the root of its copy-on-write B+tree) at every commit, so each
     * change of the quad index's state is one commit; polling may merge some, which only waits longer.
     */
    private static void awaitCommits(Path store, int commits, Process child, Path log) throws Exception {
        Path state = store.resolve("Data-0001").resolve("GSPO.bpt");
        byte[] seen = null;
        int changes = 0;
        long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
        // First an article's IRI in the node table: the ingest has begun (opening the store commits
        // the ontology and an empty summary, and a signal then would find no ingest to stop).
        Path nodes = store.resolve("Data-0001").resolve("nodes-data.obj");
        byte[] article = (DIP.ID + "article/a").getBytes(StandardCharsets.UTF_8);
        while (!(Files.exists(nodes) && contains(Files.readAllBytes(nodes), article))) {
            if (!child.isAlive()) fail("the ingest ended before it could be stopped; use more articles: " + read(log));
            if (System.nanoTime() > deadline) fail("no article written in " + CHILD_TIMEOUT + ": " + read(log));
            Thread.sleep(20);
        }
        // One more change than asked: the first may be the ontology's commit.
        while (changes < commits + 1) {
            if (!child.isAlive()) fail("the ingest ended before it could be stopped; use more articles: " + read(log));
            if (System.nanoTime() > deadline) fail("no commits seen in " + CHILD_TIMEOUT + ": " + read(log));
            byte[] now = Files.exists(state) ? Files.readAllBytes(state) : null;
            if (now != null && !Arrays.equals(now, seen)) {
                if (seen != null) changes++;
                seen = now;
            }
            Thread.sleep(20);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) if (haystack[i + k] != needle[k]) continue outer;
            return true;
        }
        return false;
    }

    /** Waits until the child holds the store's lock (TDB2 writes the holder's pid into tdb.lock). */
    private static void awaitLock(Path store, Process child) throws Exception {
        Path lock = store.resolve("tdb.lock");
        long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
        while (!(Files.exists(lock) && Files.readString(lock).trim().equals(Long.toString(child.pid())))) {
            assertTrue(child.isAlive(), "the holder ended early");
            assertTrue(System.nanoTime() < deadline, "the holder never took the lock");
            Thread.sleep(20);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /**
     * A folder of distinct short articles cut from real news: the development corpus beside the
     * clone when it is there, else the seed article. Each is a headline and three paragraphs, so
     * a few hundred of them ingest in seconds.
     */
    static final class ArticleFolder {
        private ArticleFolder() {}

        static Path write(Path dir, int count) throws IOException {
            List<List<String>> sources = new ArrayList<>();
            for (Path text : sourceTexts()) {
                List<String> lines = Files.readAllLines(text).stream().filter(l -> !l.isBlank()).toList();
                if (lines.size() >= 4) sources.add(lines);
            }
            assertFalse(sources.isEmpty(), "no source articles");
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                List<String> lines = sources.get(i % sources.size());
                int paragraphs = lines.size() - 1;
                int from = 1 + (i / sources.size() * 3) % paragraphs;
                StringBuilder text = new StringBuilder(lines.get(0));
                for (int k = 0; k < 3; k++) text.append('\n').append(lines.get(1 + (from - 1 + k) % paragraphs));
                Files.writeString(dir.resolve(String.format("a%03d.txt", i)), text.append('\n'));
            }
            return dir;
        }

        private static List<Path> sourceTexts() throws IOException {
            for (String candidate : new String[] {System.getProperty("parley.corpus.dev", ""), "../shared/corpus/dev",
                    "/work/shared/corpus/dev"}) {
                if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate))) {
                    try (Stream<Path> files = Files.list(Path.of(candidate))) {
                        return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                    }
                }
            }
            try (Stream<Path> files = Files.list(Path.of("seeds"))) {
                return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        }
    }
}
