package org.parley.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.parley.rdf.ArticleGraph;
import org.parley.store.GraphSink;
import org.parley.store.StoreFailureException;

/**
 * The single writer of an ingest: collects article graphs into batches and stores each batch in
 * one transaction, when it is full or its oldest graph has waited the batch window. Batching
 * matters for TDB2, which copies B+tree blocks on every commit. The queue is bounded, so
 * extraction waits for a slow store instead of piling up graphs in memory.
 */
final class BatchWriter implements AutoCloseable {
    private static final Object END = new Object();

    private final GraphSink sink;
    private final int batchSize;
    private final long windowNanos;
    private final Consumer<List<ArticleGraph>> committed;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean failureThrown;

    BatchWriter(GraphSink sink, int batchSize, Duration window, Consumer<List<ArticleGraph>> committed) {
        this.sink = sink;
        this.batchSize = batchSize;
        this.windowNanos = window.toNanos();
        this.committed = committed;
        this.queue = new ArrayBlockingQueue<>(batchSize + 1);
        this.thread = new Thread(this::loop, "parley-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a graph for storing; throws the store's failure if an earlier batch could not be stored. */
    void add(ArticleGraph graph) {
        throwIfFailed();
        put(graph);
    }

    /** Stores what is queued and waits for the writer to finish. */
    @Override
    public void close() {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throwIfFailed();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing for the store", e);
        }
    }

    // Thrown once: try-with-resources would otherwise add the same exception to itself as suppressed.
    private void throwIfFailed() {
        if (failure != null && !failureThrown) {
            failureThrown = true;
            throw failure;
        }
    }

    private void loop() {
        List<ArticleGraph> batch = new ArrayList<>(batchSize);
        long deadline = 0;
        try {
            while (true) {
                Object item = batch.isEmpty() ? queue.take()
                        : queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item == END) {
                    flush(batch);
                    return;
                }
                if (item != null) {
                    if (batch.isEmpty()) deadline = System.nanoTime() + windowNanos;
                    batch.add((ArticleGraph) item);
                }
                if (batch.size() >= batchSize || (!batch.isEmpty() && System.nanoTime() >= deadline)) flush(batch);
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the store writer was interrupted", e);
        }
    }

    private void flush(List<ArticleGraph> batch) {
        if (batch.isEmpty()) return;
        if (failure == null) {
            try {
                sink.write(batch);
                committed.accept(List.copyOf(batch));
            } catch (RuntimeException e) {
                // Remember the failure and keep draining, so the producer never blocks on a full queue.
                failure = new StoreFailureException("could not store a batch of " + batch.size() + " articles", e);
            }
        }
        batch.clear();
    }
}
