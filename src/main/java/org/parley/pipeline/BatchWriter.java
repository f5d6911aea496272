package org.parley.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.rdf.ArticleGraph;
import org.parley.store.GraphSink;
import org.parley.store.StoreFailureException;

/**
 * Collects article graphs into batches and stores each batch in one transaction, when it is full
 * or its oldest graph has waited the batch window. Batching matters for TDB2, which copies B+tree
 * blocks on every commit. Runs on the thread that calls it: {@link BackgroundWriter} puts it on a
 * thread of its own. The caller asks {@link #nanosUntilDue()} how long it may wait for the next
 * graph and calls {@link #flushIfDue()} when that time has passed.
 */
final class BatchWriter implements AutoCloseable {
    private final GraphSink sink;
    private final int batchSize;
    private final long windowNanos;
    private final Consumer<List<ArticleGraph>> committed;
    private final List<ArticleGraph> batch;
    private long deadline;
    private boolean failed;

    BatchWriter(GraphSink sink, int batchSize, Duration window, Consumer<List<ArticleGraph>> committed) {
        this.sink = sink;
        this.batchSize = batchSize;
        this.windowNanos = window.toNanos();
        this.committed = committed;
        this.batch = new ArrayList<>(Math.min(batchSize, 10_000));
    }

    /** Adds a graph, storing the batch if that fills it. */
    void add(ArticleGraph graph) {
        if (failed) throw new IllegalStateException("the store failed; no more graphs are taken");
        if (batch.isEmpty()) deadline = System.nanoTime() + windowNanos;
        batch.add(graph);
        if (batch.size() >= batchSize) flush();
    }

    /** How long until the batch window of the oldest waiting graph ends; {@link Long#MAX_VALUE} when none waits. */
    long nanosUntilDue() {
        return batch.isEmpty() ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
    }

    /** Stores the batch if its oldest graph has waited the window. */
    void flushIfDue() {
        if (!batch.isEmpty() && System.nanoTime() - deadline >= 0) flush();
    }

    /** Stores what is left, unless the store has failed (the failure was thrown when it happened). */
    @Override
    public void close() {
        if (!failed) flush();
    }

    private void flush() {
        if (batch.isEmpty()) return;
        try {
            sink.write(batch);
            committed.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
            failed = true;
            throw new StoreFailureException("could not store a batch of " + batch.size() + " articles", e);
        } finally {
            batch.clear();
        }
    }
}
