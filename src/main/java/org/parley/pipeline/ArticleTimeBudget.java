package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
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
 * its own while the caller watches it; past the budget the caller gets an {@link Exceeded} (one
 * error line for that article) and goes on with the next article. The overrunning thread is
 * interrupted and abandoned, never waited for: whatever stage is slow (a tagger's beam search, a
 * rule's scan, a parser the extractor may add) and whether or not it heeds the interrupt, the run
 * loses one thread's time to it, not its progress. Threads are reused while they keep within
 * budget, so the stages' per-thread models are built once per thread.
 *
 * <p>The budget counts the processor time the article's thread uses, so a machine busy with other
 * work, which stretches every article's wall-clock time alike, does not make articles overrun it
 * (a 9.9 MB article took 23 s of processor time and 330 s on the clock on a machine loaded 12
 * times over). Work that waits instead of computing uses no processor time; it is stopped once
 * {@value #WALL_CLOCK_FACTOR} times the budget has passed on the clock.
 */
final class ArticleTimeBudget implements Function<Article, ArticleGraph>, AutoCloseable {
    /**
     * Default budget. An article at the 10 MB read limit takes about 25 s of processor time
     * (extraction is linear in the text's size, see PathologicalTextTest); news articles take
     * milliseconds. Five minutes leaves room for a slower machine and still ends a runaway article
     * long before anyone would call the run hung.
     */
    static final Duration DEFAULT = Duration.ofMinutes(5);
    static final int WALL_CLOCK_FACTOR = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();

    /** Thrown to the caller when an article overran its budget. */
    static final class Exceeded extends RuntimeException {
        Exceeded(Duration budget) {
            super("extraction exceeded its time budget of " + seconds(budget) + " s", null, false, false);
        }
    }

    private final Function<Article, ArticleGraph> process;
    private final Duration budget;
    private final long checkNanos;
    private final ExecutorService runners;

    ArticleTimeBudget(Function<Article, ArticleGraph> process, Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the time budget must be positive, was " + budget);
        this.process = process;
        this.budget = budget;
        this.checkNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(10), Math.min(TimeUnit.MILLISECONDS.toNanos(500), budget.toNanos() / 20));
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
        Stopwatch used = new Stopwatch();
        Future<ArticleGraph> work = runners.submit(() -> {
            used.start();
            return process.apply(article);
        });
        long wallLimit = System.nanoTime() + budget.toNanos() * WALL_CLOCK_FACTOR;
        try {
            while (true) {
                try {
                    return work.get(checkNanos, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (used.nanos() > budget.toNanos() || System.nanoTime() - wallLimit > 0) {
                        work.cancel(true);
                        throw new Exceeded(budget);
                    }
                }
            }
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while extracting article " + article.id());
        } catch (ExecutionException e) {
            throw WorkerFailure.rethrow(e);
        }
    }

    /** Lets idle threads go; abandoned ones end when their work does (they are daemons). */
    @Override
    public void close() {
        runners.shutdown();
    }

    /** "300", "1.5", "0.001": the budget in seconds, as exactly as it was given to the millisecond. */
    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** The time one article's work has used so far: its thread's processor time where the JVM measures it. */
    private static final class Stopwatch {
        private volatile long thread = -1;
        private volatile long startNanos;

        /** On the thread that does the work, as it starts. */
        void start() {
            startNanos = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            thread = Thread.currentThread().getId();
        }

        long nanos() {
            long id = thread;
            if (id < 0) return 0; // not started yet
            long now = CPU_TIME ? THREADS.getThreadCpuTime(id) : System.nanoTime();
            return now < 0 ? 0 : now - startNanos;
        }
    }
}
