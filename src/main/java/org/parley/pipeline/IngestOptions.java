package org.parley.pipeline;

import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param threads     extraction threads
 * @param batchSize   articles per store transaction at most
 * @param batchWindow longest time an extracted article waits before its batch is committed
 * @param force       re-extract and replace articles whose stored content is unchanged
 */
public record IngestOptions(int threads, int batchSize, Duration batchWindow, boolean force) {
    public static final int DEFAULT_BATCH = 200;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(5);

    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        if (batchSize < 1) throw new IllegalArgumentException("--batch must be at least 1, was " + batchSize);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, DEFAULT_WINDOW, false);
    }
}
