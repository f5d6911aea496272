package org.parley.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.parley.rdf.ArticleGraph;
import org.parley.store.StoreFailureException;

/**
 * Runs a {@link BatchWriter} on a thread of its own, so that commits overlap extraction on a
 * pool of extraction threads. The queue is bounded, so extraction waits for a slow store instead
 * of piling up graphs in memory.
 */
final class BackgroundWriter implements AutoCloseable {
    private static final Object END = new Object();

    private final BatchWriter batches;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean failureThrown;

    BackgroundWriter(BatchWriter batches, int capacity) {
        this.batches = batches;
        this.queue = new ArrayBlockingQueue<>(capacity);
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

    /*
     * Whatever stops the writer, an Error too (out of memory), must reach the threads that feed it:
     * a writer thread that died unseen left them extracting and printing progress with nothing
     * stored, or blocked on a full queue, until killed.
     */
    private static RuntimeException stopped(Throwable e) {
        return e instanceof RuntimeException r ? r : new StoreFailureException("the store writer stopped", e);
    }

    private void loop() {
        try {
            while (true) {
                long wait = batches.nanosUntilDue();
                Object item = wait == Long.MAX_VALUE ? queue.take() : queue.poll(wait, TimeUnit.NANOSECONDS);
                if (item == END) {
                    if (failure == null) batches.close();
                    return;
                }
                // After a failure keep draining, so the producer never blocks on a full queue.
                if (failure != null) continue;
                try {
                    if (item != null) batches.add((ArticleGraph) item);
                    batches.flushIfDue();
                } catch (RuntimeException | Error e) {
                    failure = stopped(e);
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the store writer was interrupted", e);
        } catch (RuntimeException | Error e) {
            failure = stopped(e); // from the last batch, stored at END
        }
    }
}
