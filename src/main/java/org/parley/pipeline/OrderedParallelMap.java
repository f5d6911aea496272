package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on a pool of threads and hands the results on in input
 * order. At most {@code window} items are read and not yet handed on, so memory does not grow with the input,
 * and the input is read only as fast as the pool consumes it.
 */
public final class OrderedParallelMap<I, O> implements AutoCloseable {
    /** How long to wait for the next input before handing on what has finished meanwhile. */
    private static final long INPUT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ExecutorService pool;
    private final int window;

    public OrderedParallelMap(int threads, int window) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = Math.max(window, threads);
    }

    /**
     * Runs {@code f} over {@code inputs}, passing each result to {@code results} on the calling
     * thread in input order. When {@code stop} turns true no new item is taken; the items already
     * in flight still finish and are handed on.
     *
     * <p>The input is read a few items ahead on a thread of its own, so that results finished
     * while the input is slow to come (stdin, a feed) are handed on at once instead of waiting for
     * the next item: a writer downstream can then commit them when its batch window ends.
     */
    public void run(Iterator<I> inputs, Function<I, O> f, Consumer<O> results, BooleanSupplier stop) {
        Deque<Future<O>> inFlight = new ArrayDeque<>(window);
        // Items read and not yet handed on stay within the window: one queued by the reader, one it
        // holds while the queue is full, one taken but not yet submitted, and the rest in flight.
        int inFlightLimit = Math.max(1, window - 3);
        try (Prefetch<I> reader = new Prefetch<>(inputs, 1)) {
            while (!stop.getAsBoolean()) {
                if (!reader.await(INPUT_POLL_NANOS)) {
                    handOnFinished(inFlight, results);
                    continue;
                }
                if (!reader.hasItem()) break;
                I item = reader.take();
                inFlight.add(pool.submit(() -> f.apply(item)));
                if (inFlight.size() >= inFlightLimit) results.accept(await(inFlight.poll()));
                handOnFinished(inFlight, results);
            }
        }
        while (!inFlight.isEmpty()) results.accept(await(inFlight.poll()));
    }

    private static <O> void handOnFinished(Deque<Future<O>> inFlight, Consumer<O> results) {
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) results.accept(await(inFlight.poll()));
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw WorkerFailure.rethrow(e);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Daemon threads: a worker must never keep the JVM alive after the command has returned.
    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "parley-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
