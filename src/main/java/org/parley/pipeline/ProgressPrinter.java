package org.parley.pipeline;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows how an ingest is going: on a terminal one line redrawn in place twice a second; otherwise
 * a plain line every ten seconds, which reads well in a log. Error lines pass through here so they
 * never garble the progress line. For example:
 *
 * <pre>412/2000 done (9.8/s, ETA 2:42): 400 extracted, 0 stored, 11 unchanged, 1 error</pre>
 *
 * <p>"Done" counts inputs as extraction finishes with them, so it moves from the first article on;
 * "stored" moves only when a batch commits. The rate is that of the last half minute, measured from
 * the first finished article, so neither the models' loading nor a slow start skews the ETA.
 */
public final class ProgressPrinter implements AutoCloseable {
    private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Samples between two lines in a log: one line every ten seconds. */
    private static final int LOG_EVERY = 20;

    private record Sample(long nanos, long processed) {}

    private final IngestCounters counters;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final ScheduledExecutorService timer;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private volatile OptionalLong total;
    private int drawnWidth;
    private long ticks;

    /** @param total how many articles the inputs hold, if known now; {@link #expect(long)} can tell it later */
    public ProgressPrinter(IngestCounters counters, PrintWriter err, boolean terminal, OptionalLong total) {
        this(counters, err, terminal, total, System::nanoTime, true);
    }

    /** For tests: a clock of their own, and no timer (they call {@link #sample()} and {@link #line()}). */
    ProgressPrinter(IngestCounters counters, PrintWriter err, boolean terminal, OptionalLong total,
                    LongSupplier clock, boolean timed) {
        this.counters = counters;
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-progress");
            t.setDaemon(true);
            return t;
        });
        if (timed) timer.scheduleAtFixedRate(this::tick, SAMPLE_NANOS, SAMPLE_NANOS, TimeUnit.NANOSECONDS);
    }

    /** The number of articles the inputs hold, once counted (counting a large input runs alongside the ingest). */
    public void expect(long articles) {
        total = OptionalLong.of(articles);
    }

    /** Prints one error line. */
    public synchronized void error(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private synchronized void tick() {
        sample();
        if (terminal) draw();
        else if (++ticks % LOG_EVERY == 0) {
            err.println(line());
            err.flush();
        }
    }

    private void draw() {
        String line = line();
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        drawnWidth = line.length();
        err.flush();
    }

    private void clear() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }

    /** Records how far the run is now; the rate is read off these samples. */
    synchronized void sample() {
        long processed = counters.processed();
        if (processed == 0) return; // still starting: loading models, reading the first input
        long now = clock.getAsLong();
        samples.addLast(new Sample(now, processed));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > WINDOW_NANOS) samples.removeFirst();
    }

    /** Articles a second over the window, or -1 before there are two samples to tell. */
    double rate() {
        if (samples.size() < 2) return -1;
        Sample first = samples.peekFirst(), last = samples.peekLast();
        double seconds = (last.nanos() - first.nanos()) / 1e9;
        return seconds <= 0 ? -1 : (last.processed() - first.processed()) / seconds;
    }

    synchronized String line() {
        long processed = counters.processed();
        OptionalLong expected = total;
        StringBuilder b = new StringBuilder().append(processed);
        if (expected.isPresent()) b.append('/').append(expected.getAsLong());
        b.append(" done (");
        double rate = rate();
        if (processed == 0) {
            b.append("starting");
        } else if (rate < 0) {
            b.append("measuring the rate");
        } else {
            b.append(String.format(Locale.ROOT, "%.1f/s", rate));
            if (expected.isPresent() && processed >= expected.getAsLong() && counters.done() < processed) {
                b.append(", storing the last batch");
            } else if (expected.isPresent() && processed < expected.getAsLong() && rate > 0) {
                b.append(", ETA ").append(clockTime(Math.round((expected.getAsLong() - processed) / rate)));
            }
        }
        b.append("): ").append(counters.extracted()).append(" extracted, ")
                .append(counters.stored()).append(" stored, ")
                .append(counters.unchanged()).append(" unchanged, ")
                .append(counters.failed()).append(counters.failed() == 1 ? " error" : " errors");
        return b.toString();
    }

    /** "2:05", or "1:02:05" past an hour. */
    static String clockTime(long seconds) {
        if (seconds < 3600) return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        clear();
        err.flush();
    }
}
