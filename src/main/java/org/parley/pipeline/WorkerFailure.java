package org.parley.pipeline;

import java.util.concurrent.ExecutionException;

/** What work on another thread threw, thrown again on the thread that waited for it. */
final class WorkerFailure {
    private WorkerFailure() {}

    /** Throws the work's own exception or error; returns (for {@code throw}) a wrapper for a checked one. */
    static RuntimeException rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        return new IllegalStateException(e.getCause());
    }
}
