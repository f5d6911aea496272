package org.parley.pipeline;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphWriter;

/**
 * Extraction without storing: article graphs are made on a pool of threads and written in the
 * order of the input, so the output is the same whatever the thread count.
 */
public final class ExtractJob {
    private final Function<Article, ArticleGraph> process;
    private final int threads;
    private final Duration articleBudget;
    private final Consumer<String> errors;

    /** Counts of a finished run. */
    public record Result(long written, long failed) {}

    /** With the default time budget per article. */
    public ExtractJob(Function<Article, ArticleGraph> process, int threads, Consumer<String> errors) {
        this(process, threads, ArticleTimeBudget.DEFAULT, errors);
    }

    /** @param articleBudget longest time one article may take; past it the article is reported as failed */
    public ExtractJob(Function<Article, ArticleGraph> process, int threads, Duration articleBudget, Consumer<String> errors) {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        if (articleBudget.isNegative() || articleBudget.isZero()) {
            throw new IllegalArgumentException("--article-timeout must be more than 0 (e.g. 30s or 5m)");
        }
        this.process = process;
        this.threads = threads;
        this.articleBudget = articleBudget;
        this.errors = errors;
    }

    public Result run(Stream<ReadResult> inputs, ArticleGraphWriter out) {
        return run(inputs, out, () -> false);
    }

    /**
     * @param outputFailed whether the output can no longer be written (a full disk, a closed pipe):
     *                     then reading stops, as anything extracted would be lost
     */
    public Result run(Stream<ReadResult> inputs, ArticleGraphWriter out, BooleanSupplier outputFailed) {
        long[] counts = new long[2];
        try (Stream<ReadResult> distinct = new DistinctArticleIds().check(inputs);
             ArticleTimeBudget budgeted = new ArticleTimeBudget(process, articleBudget);
             OrderedParallelMap<ReadResult, ArticleOutcome> map = new OrderedParallelMap<>(threads, threads * 4)) {
            map.run(distinct.iterator(), input -> ArticleOutcome.extract(input, budgeted), o -> {
                if (o instanceof ArticleOutcome.Extracted e) {
                    out.write(e.graph());
                    counts[0]++;
                } else if (o instanceof ArticleOutcome.Failed f) {
                    errors.accept(f.message());
                    counts[1]++;
                }
            }, outputFailed);
        }
        out.close();
        return new Result(counts[0], counts[1]);
    }
}
