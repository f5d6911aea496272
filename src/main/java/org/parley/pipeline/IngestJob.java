package org.parley.pipeline;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ContentHash;
import org.parley.resolve.IriMinter;
import org.parley.store.GraphSink;
import org.parley.store.StoreFailureException;

/**
 * One ingest run: reads inputs as a stream, turns articles into graphs, and stores them in
 * batches ({@link BatchWriter}): with one thread all on the calling thread, with more on a pool
 * of extraction threads and a writer thread. An article whose stored content hash matches
 * is skipped before any NLP runs. A bad input costs one error line, never the run.
 *
 * <p>{@link #stop()} (from a shutdown hook on Ctrl-C) ends reading; the articles in flight finish
 * and are committed, so the store holds whole articles only.
 */
public final class IngestJob {
    private final GraphSink sink;
    private final Function<Article, ArticleGraph> process;
    private final IngestOptions options;
    private final Consumer<String> errors;
    /** Inputs read ahead of a single-threaded run: a few, as each holds an article's text. */
    private static final int READ_AHEAD = 4;
    /*
     * Graphs waiting for the writer thread. The writer keeps up with extraction except while it
     * commits and releases the store's mapped pages (about a second at the default batch), when
     * the queue takes what the extraction threads make meanwhile: a few hundred graphs on two cores.
     * Its size, not the batch size, bounds the graphs held in memory.
     */
    private static final int WRITER_QUEUE = 512;

    private final IriMinter iris = new IriMinter();
    private final IngestCounters counters;
    private volatile boolean stopRequested;

    /**
     * @param process turns an article into its validated graph ({@code ArticlePipeline::process});
     *                may throw {@link org.parley.rdf.ShapeViolationException}
     * @param errors  receives one line per failed input, naming the input and the problem
     */
    public IngestJob(GraphSink sink, Function<Article, ArticleGraph> process, IngestOptions options, Consumer<String> errors) {
        this(sink, process, options, new IngestCounters(), errors);
    }

    /** @param counters the tally to keep, for a progress display that exists before the job */
    public IngestJob(GraphSink sink, Function<Article, ArticleGraph> process, IngestOptions options,
                     IngestCounters counters, Consumer<String> errors) {
        this.counters = counters;
        this.sink = sink;
        this.process = process;
        this.options = options;
        this.errors = errors;
    }

    public IngestCounters counters() { return counters; }

    /** Asks the run to stop after the articles in flight. Safe from any thread. */
    public void stop() { stopRequested = true; }

    /**
     * Runs to the end of the inputs or until stopped.
     *
     * @throws StoreFailureException when the store fails; batches committed before stay committed
     */
    public IngestReport run(Stream<ReadResult> inputs) {
        long start = System.nanoTime();
        inputs = new DistinctArticleIds().check(inputs);
        int batchSize = sink.storesBatchesWhole() ? options.batchSize() : 1;
        BatchWriter batches = new BatchWriter(sink, batchSize, options.batchWindow(),
                censuses -> censuses.forEach(counters::committed));
        try (ArticleTimeBudget budgeted = new ArticleTimeBudget(process, options.articleBudget())) {
            if (options.threads() == 1) runOnThisThread(inputs.iterator(), batches, budgeted);
            else runOnPool(inputs.iterator(), batches, budgeted);
        } finally {
            inputs.close();
        }
        return new IngestReport(counters.stored(), counters.unchanged(), counters.failed(), counters.relations(),
                counters.actors(), Duration.ofNanos(System.nanoTime() - start), stopRequested);
    }

    /*
     * --threads 1: extraction and commits one after the other, so that one thread means one core of
     * work. The calling thread commits; each article is extracted on a thread the time budget
     * watches (and can abandon) while the calling thread waits. Only reading runs ahead, on a thread
     * of its own, so that a part batch is still committed when its window ends while the input is
     * slow to come.
     */
    private void runOnThisThread(Iterator<ReadResult> inputs, BatchWriter batches, Function<Article, ArticleGraph> process) {
        try (batches; Prefetch<ReadResult> reader = new Prefetch<>(inputs, READ_AHEAD)) {
            while (!stopRequested) {
                if (!reader.await(batches.nanosUntilDue())) {
                    batches.flushIfDue();
                    continue;
                }
                if (!reader.hasItem()) break;
                handOn(outcome(reader.take(), process), batches::add);
                batches.flushIfDue();
            }
        }
    }

    /*
     * --threads N > 1: N extraction threads; the calling thread reads and hands the graphs in
     * input order to a writer thread, whose commits overlap the extraction.
     */
    private void runOnPool(Iterator<ReadResult> inputs, BatchWriter batches, Function<Article, ArticleGraph> process) {
        int threads = options.threads();
        try (BackgroundWriter writer = new BackgroundWriter(batches, WRITER_QUEUE);
             OrderedParallelMap<ReadResult, ArticleOutcome> map = new OrderedParallelMap<>(threads, threads * 4)) {
            map.run(inputs, input -> outcome(input, process), o -> handOn(o, writer::add), () -> stopRequested);
        }
    }

    private ArticleOutcome outcome(ReadResult input, Function<Article, ArticleGraph> process) {
        if (input instanceof ReadResult.Failed f) return new ArticleOutcome.Failed(f.input(), f.problem());
        ReadResult.Read read = (ReadResult.Read) input;
        Article article = read.article();
        // Outside the try: a store that cannot answer is the run's failure, not this article's.
        if (!options.force() && isStoredUnchanged(article)) return new ArticleOutcome.Unchanged(read.input());
        try {
            return new ArticleOutcome.Extracted(read.input(), process.apply(article));
        } catch (RuntimeException e) {
            return new ArticleOutcome.Failed(read.input(), ArticleOutcome.problemOf(e));
        }
    }

    private boolean isStoredUnchanged(Article article) {
        Optional<String> stored;
        try {
            stored = sink.storedHash(iris.article(article));
        } catch (RuntimeException e) {
            throw new StoreFailureException("could not read the stored hash of article " + article.id(), e);
        }
        return stored.isPresent() && stored.get().equals(ContentHash.of(article.text()));
    }

    private void handOn(ArticleOutcome outcome, Consumer<ArticleGraph> store) {
        if (outcome instanceof ArticleOutcome.Extracted e) {
            counters.extractedOne();
            store.accept(e.graph());
        } else if (outcome instanceof ArticleOutcome.Unchanged) {
            counters.unchangedOne();
        } else if (outcome instanceof ArticleOutcome.Failed f) {
            counters.failedOne();
            errors.accept(f.message());
        }
    }
}
