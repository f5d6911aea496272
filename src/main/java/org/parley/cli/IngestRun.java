package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.parley.ingest.Article;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.InputCount;
import org.parley.pipeline.IngestCounters;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.IngestReport;
import org.parley.pipeline.ProgressPrinter;
import org.parley.rdf.ArticleGraph;
import org.parley.store.GraphSink;

/**
 * Runs one ingest for a command: progress on stderr, the summary on stdout, and a shutdown hook
 * so that Ctrl-C stops after the articles in flight and commits them before the JVM exits.
 */
final class IngestRun {
    /** How long Ctrl-C waits for the articles in flight and the last commit. */
    private static final long STOP_GRACE_SECONDS = 60;

    private IngestRun() {}

    /** Runs the ingest and returns the exit status; a failing store propagates as an exception. */
    static int run(List<String> paths, GraphSink sink, Function<Article, ArticleGraph> process, IngestOptions options,
                   PrintWriter out, PrintWriter err) {
        IngestCounters counters = new IngestCounters();
        boolean terminal = System.console() != null;
        CountDownLatch reported = new CountDownLatch(1);
        try (ProgressPrinter progress = new ProgressPrinter(counters, err, terminal, OptionalLong.empty())) {
            Thread counting = countInBackground(paths, progress);
            IngestJob job = new IngestJob(sink, process, options, counters, progress::error);
            Thread hook = new Thread(() -> {
                job.stop();
                awaitQuietly(reported);
            }, "parley-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                IngestReport report = job.run(new ArticleSources().read(paths));
                progress.close();
                out.println(report.summary());
                out.flush();
                if (report.interrupted()) return ExitCodes.INTERRUPTED;
                return report.failed() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
            } finally {
                counting.interrupt();
                reported.countDown();
                removeQuietly(hook);
            }
        }
    }

    /**
     * Counts the articles for the ETA on a thread of its own: on a large input (a 100 MB JSON Lines
     * file, a folder of a million files) counting takes seconds that the ingest need not wait for.
     */
    private static Thread countInBackground(List<String> paths, ProgressPrinter progress) {
        Thread t = new Thread(() -> InputCount.articles(paths).ifPresent(progress::expect), "parley-count");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: the JVM is exiting on a signal and will use its own status (130 for SIGINT)
        }
    }
}
