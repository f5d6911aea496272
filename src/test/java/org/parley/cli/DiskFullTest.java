package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ContentHash;
import org.parley.rdf.DIP;
import org.parley.rdf.ShapeValidator;
import org.parley.store.ParleyStore;
import org.parley.testkit.Mounts;

/**
 * An ingest into a store on a file system that fills up mid-run, a real one: a small tmpfs, whose
 * pages TDB2's memory-mapped writes cannot get, as on a full disk. The run stops at once with exit
 * status 3 and one line naming the store and the cause; once space is freed the store opens and
 * holds whole articles only, and the same command stores the rest.
 */
class DiskFullTest {
    static final int ARTICLES = 120;
    /** Holds the empty store and some dozens of articles written in small batches, not all of them. */
    static final int SMALL_MB = 12;
    static final Duration TIMEOUT = Duration.ofMinutes(4);
    /** Free space below which the file system counts as full: less than one page per index file. */
    static final long FULL_BELOW = 64 * 1024;
    /** Generous for a busy machine: it took 2 s here, where it used to go on until killed. */
    static final Duration STOPS_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void anIngestThatFillsTheDiskStopsWithStatusThreeAndARerunAfterFreeingSpaceCompletesIt() throws Exception {
        Path inputs = IngestInterruptionTest.ArticleFolder.write(tmp.resolve("articles"), ARTICLES);
        ParleyProcess parley = new ParleyProcess(tmp);
        try (Mounts.Mount small = Mounts.tmpfs(tmp.resolve("small"), SMALL_MB)) {
            Path store = small.dir().resolve("store");
            String[] ingest = {"ingest", "--store", store.toString(), "--threads", "2", "--batch", "5", inputs.toString()};

            ParleyProcess.Started filling = parley.start(ingest);
            long fullAt = 0;
            while (filling.process().isAlive()) {
                if (fullAt == 0 && Files.getFileStore(small.dir()).getUsableSpace() < FULL_BELOW) fullAt = System.nanoTime();
                Thread.sleep(100);
            }
            assertTrue(fullAt != 0, "the disk filled up");
            Duration stopping = Duration.ofNanos(System.nanoTime() - fullAt);
            assertTrue(stopping.compareTo(STOPS_WITHIN) < 0, "stopped " + stopping + " after the disk filled");
            CliTest.Run full = filling.await(TIMEOUT);
            assertEquals(3, full.status(), full.err());
            String last = full.err().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("parley ingest: ") && last.contains("store " + store + ": no space left on its device"),
                    "one line naming the store and the cause: " + full.err());
            assertFalse(full.err().contains("\tat ") || full.err().contains("Exception"), "no stack trace: " + full.err());

            CliTest.Run stats = parley.run(TIMEOUT, "stats", "--store", store.toString());
            assertEquals(0, stats.status(), "reading needs no space: " + stats.err());

            small.resize(SMALL_MB * 20);
            long stored = assertWholeArticlesOnly(store);
            assertTrue(stored > 0 && stored < ARTICLES, "some batches were committed before the disk filled: " + stored);
            CliTest.Run rerun = parley.run(TIMEOUT, ingest);
            assertEquals(0, rerun.status(), rerun.err());
            assertTrue(rerun.out().startsWith((ARTICLES - stored) + " articles stored, " + stored + " unchanged"), rerun.out());
            assertEquals(ARTICLES, assertWholeArticlesOnly(store));
        }
    }

    /**
     * Every article graph passes the shapes and holds its article with the hash of its text, and the
     * summary holds exactly their facts. Returns the number of article graphs.
     */
    private static long assertWholeArticlesOnly(Path store) {
        ShapeValidator shapes = new ShapeValidator();
        long articles;
        try (ParleyStore s = ParleyStore.open(store)) {
            Map<String, Model> graphs = IngestInterruptionTest.articleGraphs(s);
            graphs.forEach((iri, g) -> {
                assertEquals(List.of(), shapes.violations(g), iri);
                Resource article = g.getResource(iri);
                assertEquals(ContentHash.of(article.getProperty(DIP.text).getString()),
                        article.getProperty(DIP.contentHash).getString(), iri + " holds the hash of its text");
            });
            articles = graphs.size();
        }
        IngestInterruptionTest.assertSummaryMatchesArticleGraphs(store);
        return articles;
    }
}
