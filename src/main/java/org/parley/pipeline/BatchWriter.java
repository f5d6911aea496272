package org.parley.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.rdf.ArticleGraph;
import org.parley.store.GraphSink;
import org.parley.store.StoreFailureException;

/**
 * Stores article graphs in batches, one transaction each, committed when the batch is full or its
 * oldest graph has waited the batch window. Batching matters for TDB2, which copies B+tree blocks
 * on every commit. Each graph goes into the open batch as it comes ({@link GraphSink#startBatch()}),
 * so the writer works while extraction goes on rather than all at the commit, and the batch is not
 * held in memory. Runs on the thread that calls it: {@link BackgroundWriter} puts it on a thread
 * of its own. The caller asks {@link #nanosUntilDue()} how long it may wait for the next graph
 * and calls {@link #flushIfDue()} when that time has passed.
 */
final class BatchWriter implements AutoCloseable {
    private final GraphSink sink;
    private final int batchSize;
    private final long windowNanos;
    private final Consumer<List<GraphCensus>> committed;
    /** The batch being stored, null between batches. */
    private GraphSink.Batch open;
    /** What the open batch holds, reported once it is committed. */
    private final List<GraphCensus> censuses = new ArrayList<>();
    private long deadline;
    private boolean failed;

    /** @param committed told what each batch held, after its commit */
    BatchWriter(GraphSink sink, int batchSize, Duration window, Consumer<List<GraphCensus>> committed) {
        this.sink = sink;
        this.batchSize = batchSize;
        this.windowNanos = window.toNanos();
        this.committed = committed;
    }

    /** Adds a graph to the open batch, storing the batch if that fills it. */
    void add(ArticleGraph graph) {
        if (failed) throw new IllegalStateException("the store failed; no more graphs are taken");
        try {
            if (open == null) {
                open = sink.startBatch();
                deadline = System.nanoTime() + windowNanos;
            }
            open.add(graph);
        } catch (RuntimeException e) {
            throw failure(e, censuses.size() + 1);
        }
        censuses.add(GraphCensus.of(graph));
        if (censuses.size() >= batchSize) flush();
    }

    /** How long until the batch window of the oldest waiting graph ends; {@link Long#MAX_VALUE} when none waits. */
    long nanosUntilDue() {
        return open == null ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
    }

    /** Stores the batch if its oldest graph has waited the window. */
    void flushIfDue() {
        if (open != null && System.nanoTime() - deadline >= 0) flush();
    }

    /** Stores what is left, unless the store has failed (the failure was thrown when it happened). */
    @Override
    public void close() {
        if (!failed) flush();
    }

    private void flush() {
        if (open == null) return;
        try {
            open.commit();
        } catch (RuntimeException e) {
            throw failure(e, censuses.size());
        }
        open = null;
        List<GraphCensus> stored = List.copyOf(censuses);
        censuses.clear();
        committed.accept(stored);
    }

    /** Drops the open batch: a batch that cannot be stored whole is not stored at all. */
    private StoreFailureException failure(RuntimeException cause, int articles) {
        failed = true;
        if (open != null) {
            try {
                open.abort();
            } catch (RuntimeException second) {
                cause.addSuppressed(second);
            }
        }
        open = null;
        censuses.clear();
        // A sink that stores each article on its own (a remote store) has no batches to speak of.
        String what = sink.storesBatchesWhole() ? "could not store a batch of " + articles + " articles" : "could not store the article";
        return new StoreFailureException(what, cause);
    }
}
