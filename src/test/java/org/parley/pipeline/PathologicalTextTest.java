package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.ingest.Article;

/**
 * Text built to find work that grows faster than the text: the time to extract 4 MB of each shape
 * must stay within twice the linear share of the time for 1 MB. Linear work takes 4 times as long;
 * quadratic work would take 16 (before the fix, 1 MB of brackets without a space took over 13
 * minutes). Time is the extracting thread's CPU time, which a busy machine does not inflate, and
 * the ratio, not a time, is checked, so a slow machine passes as well as a fast one.
 */
class PathologicalTextTest {
    /** Generous: linear growth gives 4, a quadratic stage 16. */
    static final double MAX_RATIO = 8.0;
    static final int ONE_MB = 1_000_000;

    enum Shape {
        /** One line without a sentence end: one "sentence" of a million characters. */
        NO_SENTENCE_END(size -> repeat("the minister said that Iran would send a delegation to the talks in Istanbul and ", size)),
        /** Over 100,000 commas in one list. */
        COMMAS(size -> "The foreign ministers of these countries were invited to the talks: "
                + repeat("Iran, Pakistan, Egypt, Qatar, the United States, ", size)),
        /** Brackets and quotes of every kind, opened tens of thousands deep and closed again. */
        NESTED_QUOTES_AND_BRACKETS(size -> {
            int depth = size / 32;
            return "(“Iran [said ‘".repeat(depth) + "talks" + "’] Pakistan”) ".repeat(depth);
        }),
        /** Brackets and quotes without a space between them: one token a megabyte long. */
        ONE_HUGE_RUN(size -> "(".repeat(size / 4) + "\"".repeat(size / 4) + "Iran" + "\"".repeat(size / 4) + ")".repeat(size / 4)),
        /** One sentence, over and over. */
        REPEATED_SENTENCE(size -> repeat("Pakistan has been invited to participate in the US-Iran talks in Istanbul. ", size));

        final IntFunction<String> text;

        Shape(IntFunction<String> text) {
            this.text = text;
        }
    }

    @BeforeAll
    static void warmUp() {
        // The first article pays for loading classes and compiling hot code; neither is the text's cost.
        SharedPipeline.PIPELINE.process(new Article("warm-up", Shape.REPEATED_SENTENCE.text.apply(ONE_MB / 4), null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void extractionTimeGrowsLinearlyWithTheText(Shape shape) {
        double one = cpuSeconds(shape, ONE_MB);
        double four = cpuSeconds(shape, 4 * ONE_MB);
        double ratio = four / Math.max(one, 0.05);
        assertTrue(ratio <= MAX_RATIO, String.format(Locale.ROOT,
                "%s: 1 MB took %.2f s of CPU, 4 MB %.2f s: %.1f times as long, where linear work takes 4", shape, one, four, ratio));
    }

    private static double cpuSeconds(Shape shape, int size) {
        Article article = new Article(shape.name().toLowerCase(Locale.ROOT), shape.text.apply(size), null, null, null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        SharedPipeline.PIPELINE.process(article);
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static String repeat(String unit, int size) {
        StringBuilder b = new StringBuilder(size + unit.length());
        while (b.length() < size) b.append(unit);
        b.setLength(size);
        return b.toString();
    }
}
