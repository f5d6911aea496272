package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.system.Txn;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ContentHash;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest's resident memory must not grow with the store: after enough has been written the store
 * lets go of its memory-mapped files, and goes on working as before.
 */
class MappedPagesReleaseTest {
    @TempDir
    Path tmp;

    @Test
    void afterEnoughGrowthTheStoreUnmapsWhatItWroteAndKeepsEveryGraph() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux /proc to see mappings");
        Path dir = tmp.resolve("store");
        List<ArticleGraph> written = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.write(batch("first", 40, written));
            long mappedBefore = mappedBytesUnder(dir);
            assertTrue(mappedBefore > 0, "the store's files are mapped while it writes");

            store.releaseAfterGrowth(1); // any growth is enough
            store.write(batch("second", 40, written));

            // The collector frees the old mappings; the reconnected store maps only what it reads.
            long mappedAfter = waitForMappingsBelow(dir, mappedBefore);
            assertTrue(mappedAfter < mappedBefore,
                    "mapped store bytes after release " + mappedAfter + " not below " + mappedBefore);

            for (ArticleGraph g : written) {
                long size = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(g.graphIri()).size());
                assertEquals(g.model().size(), size, g.graphIri());
            }
            store.write(batch("third", 5, written));
            assertEquals(written.size(), Txn.calculateRead(store.dataset(), () -> countArticleGraphs(store)));
        }
    }

    @Test
    void readersOnOtherThreadsGoOnWhileTheStoreReconnects() throws Exception {
        Path dir = tmp.resolve("store");
        List<ArticleGraph> written = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.write(batch("seed", 1, written));
            String iri = written.get(0).graphIri();
            String hash = ContentHash.of(DiplomacyFixture.article("seed-0").text());
            store.releaseAfterGrowth(1);

            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    for (int i = 0; i < 2_000; i++) assertEquals(hash, store.storedHash(iri).orElseThrow());
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            for (int i = 0; i < 5; i++) store.write(batch("more" + i, 3, written));
            reader.join();
            if (failure.get() != null) throw new AssertionError("a reader failed during reconnects", failure.get());
        }
    }

    @Test
    void aFailedReconnectKeepsTheCommittedBatchAndFailsTheNextWriteNamingTheStore() {
        Path dir = tmp.resolve("store");
        List<ArticleGraph> written = new ArrayList<>();
        ParleyStore store = ParleyStore.open(dir);
        store.releaseAfterGrowth(1);
        store.reconnectWith(d -> { throw new IllegalStateException("disk gone"); });

        store.write(batch("kept", 2, written)); // commits, then cannot reconnect

        IllegalStateException next = assertThrows(IllegalStateException.class, () -> store.write(batch("next", 1, written)));
        assertTrue(next.getMessage().contains(dir.toString()), next.getMessage());
        assertEquals("disk gone", next.getCause().getMessage());
        store.close();
        try (ParleyStore reopened = ParleyStore.open(dir)) {
            for (ArticleGraph g : written.subList(0, 2))
                assertTrue(reopened.storedHash(g.graphIri()).isPresent(), g.graphIri() + " was committed");
        }
    }

    private static List<ArticleGraph> batch(String prefix, int n, List<ArticleGraph> written) {
        List<ArticleGraph> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Article article = DiplomacyFixture.article(prefix + "-" + i);
            batch.add(DiplomacyFixture.graph(article));
        }
        written.addAll(batch);
        return batch;
    }

    private static long countArticleGraphs(ParleyStore store) {
        long n = 0;
        var it = store.dataset().asDatasetGraph().listGraphNodes();
        while (it.hasNext()) if (it.next().getURI().contains("/article/")) n++;
        return n;
    }

    private static long waitForMappingsBelow(Path dir, long bytes) throws Exception {
        long mapped = mappedBytesUnder(dir);
        for (int i = 0; i < 50 && mapped >= bytes; i++) {
            System.gc();
            Thread.sleep(100);
            mapped = mappedBytesUnder(dir);
        }
        return mapped;
    }

    /** Bytes of this process's address space mapped from files under {@code dir}, from /proc/self/maps. */
    private static long mappedBytesUnder(Path dir) throws IOException {
        String prefix = dir.toRealPath().toString() + "/";
        long total = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            int slash = line.indexOf('/');
            if (slash < 0 || !line.startsWith(prefix, slash)) continue;
            String[] range = line.substring(0, line.indexOf(' ')).split("-");
            total += Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
        }
        return total;
    }
}
