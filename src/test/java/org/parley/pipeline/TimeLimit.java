package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work on one reusable worker thread and fails when it overruns its limit. Unlike
 * assertTimeoutPreemptively, which starts a fresh thread per call, the worker is kept, so the
 * annotator's per-thread OpenNLP instances are built once rather than for each of thousands of tries.
 * A worker that overran is abandoned (interrupted, daemon) and the next call gets a new one.
 */
final class TimeLimit {
    private static ExecutorService worker = newWorker();

    private TimeLimit() {}

    static synchronized <T> T within(Duration limit, String what, Callable<T> work) {
        Future<T> result = worker.submit(work);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail(what + " took longer than " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + what);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pipeline-under-time-limit");
            t.setDaemon(true);
            return t;
        });
    }
}
