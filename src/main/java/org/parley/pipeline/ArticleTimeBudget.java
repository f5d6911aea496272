package org.parley.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;

/**
 * Gives each article a time budget for its way through the stages. The work runs on a thread of
 * its own while the caller waits up to the budget; past it the caller gets an
 * {@link Exceeded} (one error line for that article) and goes on with the next article. The
 * overrunning thread is interrupted and abandoned, never waited for: whatever stage is slow
 * (a tagger's beam search, a rule's scan, a parser the extractor may add) and whether or not it
 * heeds the interrupt, the run loses one worker's time to it, not its progress. Threads are
 * reused while they keep within budget, so the stages' per-thread models are built once per thread.
 */
final class ArticleTimeBudget implements Function<Article, ArticleGraph>, AutoCloseable {
    /**
     * Default budget. An article at the 10 MB read limit takes about a minute on one core of a
     * 2-core machine (extraction is linear in the text's size, see PathologicalTextTest); news
     * articles take milliseconds. Five minutes leaves room for a slow or busy machine and still
     * ends a runaway article long before anyone would call the run hung.
     */
    static final Duration DEFAULT = Duration.ofMinutes(5);

    /** Thrown to the caller when an article overran its budget. */
    static final class Exceeded extends RuntimeException {
        Exceeded(Duration budget) {
            super("extraction exceeded its time budget of " + seconds(budget) + " s", null, false, false);
        }
    }

    private final Function<Article, ArticleGraph> process;
    private final Duration budget;
    private final ExecutorService runners;

    ArticleTimeBudget(Function<Article, ArticleGraph> process, Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the time budget must be positive, was " + budget);
        this.process = process;
        this.budget = budget;
        AtomicInteger n = new AtomicInteger();
        // A thread per article in flight, kept while idle: an abandoned thread is never handed
        // work again, and a new one takes its place.
        this.runners = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "parley-extract-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned thread must never keep the JVM alive
            return t;
        });
    }

    @Override
    public ArticleGraph apply(Article article) {
        if (process instanceof LazyPipeline lazy) lazy.pipeline();
        Future<ArticleGraph> work = runners.submit(() -> process.apply(article));
        try {
            return work.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new Exceeded(budget);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while extracting article " + article.id());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets idle threads go; abandoned ones end when their work does (they are daemons). */
    @Override
    public void close() {
        runners.shutdown();
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
