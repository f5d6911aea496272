package org.parley.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how an ingest is going: on a terminal one line redrawn in place twice a second (done,
 * rate, ETA when the total is known, errors); otherwise a plain line every ten seconds, which
 * reads well in a log. Error lines pass through here so they never garble the progress line.
 */
public final class ProgressPrinter implements AutoCloseable {
    private final IngestCounters counters;
    private final PrintWriter err;
    private final boolean terminal;
    private final OptionalLong total;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int drawnWidth;

    public ProgressPrinter(IngestCounters counters, PrintWriter err, boolean terminal, OptionalLong total) {
        this.counters = counters;
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 500 : 10_000;
        timer.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
    }

    /** Prints one error line. */
    public synchronized void error(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private synchronized void draw() {
        String line = line();
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    private void clear() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }

    String line() {
        long done = counters.done();
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        StringBuilder b = new StringBuilder();
        b.append(done);
        if (total.isPresent()) b.append('/').append(total.getAsLong());
        b.append(String.format(Locale.ROOT, " articles, %.1f/s", rate));
        if (total.isPresent() && rate > 0 && done <= total.getAsLong()) {
            long eta = Math.round((total.getAsLong() - done) / rate);
            b.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
        }
        b.append(", ").append(counters.failed()).append(counters.failed() == 1 ? " error" : " errors");
        return b.toString();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        clear();
        err.flush();
    }
}
