package org.parley.pipeline;

import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param threads     extraction threads
 * @param batchSize   articles per store transaction at most
 * @param batchWindow longest time an extracted article waits before its batch is committed
 * @param force       re-extract and replace articles whose stored content is unchanged
 * @param articleBudget longest time one article may take to extract; past it the article is
 *                    reported as failed and the run goes on
 */
public record IngestOptions(int threads, int batchSize, Duration batchWindow, boolean force, Duration articleBudget) {
    // TDB2 copies the index blocks a transaction touches, so a store grows with the number of
    // commits: at 10,000 articles, batches of 200 made a store 3.6x what tdb2.tdbloader makes of the
    // same triples, 1,000 1.6x, 2,500 1.23x, 5,000 1.11x; the store stage also takes a quarter less
    // CPU at 2,500 than at 1,000 (bench/RESULTS.md). Beyond 2,500 the gain is small, and the store
    // pages a batch touches, resident until its commit, grow. The window must let a full batch
    // gather at 40 articles a second, or it would cut the batches short.
    public static final int DEFAULT_BATCH = 2500;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_ARTICLE_BUDGET = ArticleTimeBudget.DEFAULT;

    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        if (batchSize < 1) throw new IllegalArgumentException("--batch must be at least 1, was " + batchSize);
        if (articleBudget.isNegative() || articleBudget.isZero()) {
            throw new IllegalArgumentException("--article-timeout must be more than 0 (e.g. 30s or 5m)");
        }
    }

    /** With the default time budget per article. */
    public IngestOptions(int threads, int batchSize, Duration batchWindow, boolean force) {
        this(threads, batchSize, batchWindow, force, DEFAULT_ARTICLE_BUDGET);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, DEFAULT_WINDOW, false);
    }
}
