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
 * order. At most {@code window} items are in flight, so memory does not grow with the input,
 * and the input is read only as fast as the pool consumes it.
 */
public final class OrderedParallelMap<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final int window;

    public OrderedParallelMap(int threads, int window) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = Math.max(window, threads);
    }

    /**
     * Runs {@code f} over {@code inputs}, passing each result to {@code results} on the calling
     * thread in input order. When {@code stop} turns true no new item is read; the items already
     * in flight still finish and are handed on.
     */
    public void run(Iterator<I> inputs, Function<I, O> f, Consumer<O> results, BooleanSupplier stop) {
        Deque<Future<O>> inFlight = new ArrayDeque<>(window);
        while (!stop.getAsBoolean() && inputs.hasNext()) {
            I item = inputs.next();
            inFlight.add(pool.submit(() -> f.apply(item)));
            if (inFlight.size() >= window) results.accept(await(inFlight.poll()));
            while (!inFlight.isEmpty() && inFlight.peek().isDone()) results.accept(await(inFlight.poll()));
        }
        while (!inFlight.isEmpty()) results.accept(await(inFlight.poll()));
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
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
