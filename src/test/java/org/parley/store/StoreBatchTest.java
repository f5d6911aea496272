package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parley.rdf.ArticleGraph;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch the ingest writer fills one graph at a time: stored whole at its commit, or not at all. */
class StoreBatchTest {
    @TempDir
    Path tmp;

    private ParleyStore store;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() {
        store = ParleyStore.open(tmp);
    }

    @AfterEach
    void close() throws InterruptedException {
        reader.shutdown();
        reader.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    private static ArticleGraph graph(String id) {
        return DiplomacyFixture.graph(DiplomacyFixture.article(id));
    }

    /** What a reader on another thread, such as an extraction thread asking for a stored hash, sees. */
    private <T> T onAnotherThread(Supplier<T> read) throws Exception {
        return reader.submit(read::get).get(10, TimeUnit.SECONDS);
    }

    @Test
    void graphsAddedToABatchReachOtherThreadsOnlyAtItsCommit() throws Exception {
        ArticleGraph first = graph("first");
        ArticleGraph second = graph("second");
        GraphSink.Batch batch = store.startBatch();
        batch.add(first);
        batch.add(second);

        assertEquals(Optional.empty(), onAnotherThread(() -> store.storedHash(first.graphIri())));

        batch.commit();
        assertTrue(onAnotherThread(() -> store.storedHash(first.graphIri())).isPresent());
        assertTrue(onAnotherThread(() -> store.storedHash(second.graphIri())).isPresent());
    }

    @Test
    void anAbortedBatchLeavesArticlesAndSummaryAsTheyWere() {
        ArticleGraph kept = graph("kept");
        store.write(List.of(kept));
        long triples = store.tripleCount();
        String hash = store.storedHash(kept.graphIri()).orElseThrow();

        GraphSink.Batch batch = store.startBatch();
        batch.add(graph("dropped"));
        batch.add(graph("kept")); // a replacement of the stored article, taken back too
        batch.abort();

        assertEquals(triples, store.tripleCount(), "article graphs and summary graph unchanged");
        assertEquals(Optional.of(hash), store.storedHash(kept.graphIri()));
        assertEquals(Optional.empty(), store.storedHash(graph("dropped").graphIri()));
    }

    @Test
    void aBatchCannotBeUsedAfterItsCommit() {
        GraphSink.Batch batch = store.startBatch();
        batch.add(graph("once"));
        batch.commit();

        assertThrows(IllegalStateException.class, () -> batch.add(graph("twice")));
        batch.abort(); // nothing left to drop: a writer cleaning up after a failure may still call it
        assertTrue(store.storedHash(graph("once").graphIri()).isPresent());
    }
}
