package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ingest's progress line, on a clock the test moves. */
class ProgressPrinterTest {
    private final IngestCounters counters = new IngestCounters();
    private long now;
    private final StringWriter sink = new StringWriter();
    private final ProgressPrinter progress = new ProgressPrinter(counters, new PrintWriter(sink), true, OptionalLong.of(100),
            () -> now, false);

    @Test
    void theRateAndEtaStartFromTheFirstArticleNotFromTheModelsLoading() {
        assertEquals("0/100 done (starting): 0 extracted, 0 stored, 0 unchanged, 0 errors", progress.line());
        seconds(20); // loading the models: nothing to count yet
        progress.sample();
        extract(1);
        progress.sample();
        assertEquals("1/100 done (measuring the rate): 1 extracted, 0 stored, 0 unchanged, 0 errors", progress.line());
        for (int i = 0; i < 4; i++) {
            seconds(1);
            extract(4);
            progress.sample();
        }
        // 16 articles in the 4 s since the first: 4/s, and 83 to go is 21 s.
        assertEquals("17/100 done (4.0/s, ETA 0:21): 17 extracted, 0 stored, 0 unchanged, 0 errors", progress.line());
    }

    @Test
    void theRateIsThatOfTheLastHalfMinute() {
        extract(1);
        progress.sample();
        for (int i = 0; i < 60; i++) { // a minute at 1 article a second
            seconds(1);
            extract(1);
            progress.sample();
        }
        for (int i = 0; i < 31; i++) { // then 3 a second, for longer than the window
            seconds(1);
            extract(3);
            progress.sample();
        }
        assertEquals(3.0, progress.rate(), 0.1);
    }

    @Test
    void storedUnchangedAndFailedAreShownApartAndTheLastBatchIsNamed() {
        counters.unchangedOne();
        counters.failedOne();
        extract(98);
        progress.sample();
        seconds(1);
        progress.sample();
        assertEquals("100/100 done (0.0/s, storing the last batch): 98 extracted, 0 stored, 1 unchanged, 1 error", progress.line());
        progress.close();
        assertFalse(sink.toString().contains("\n"), "a terminal gets one line redrawn in place, and it is cleared at the end");
    }

    @Test
    void anEtaPastAnHourReadsAsHoursMinutesAndSeconds() {
        assertEquals("0:59", ProgressPrinter.clockTime(59));
        assertEquals("59:59", ProgressPrinter.clockTime(3599));
        assertEquals("2:00:05", ProgressPrinter.clockTime(7205));
    }

    private void extract(int n) {
        for (int i = 0; i < n; i++) counters.extractedOne();
    }

    private void seconds(int s) {
        now += TimeUnit.SECONDS.toNanos(s);
    }
}
