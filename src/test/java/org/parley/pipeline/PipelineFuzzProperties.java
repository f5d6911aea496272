package org.parley.pipeline;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing of the whole pipeline (issue 7): for any text, extraction finishes within a time limit,
 * never throws, stays inside the text, refers only to its own entities, and every graph passes the
 * SHACL shapes. Failures shrink to a small article; each bug found has an example test in
 * {@link FuzzFindingsTest}. Tries are tuned to keep the whole run near half a minute on two cores.
 */
class PipelineFuzzProperties {
    /** Generous for articles of a few thousand characters, which take milliseconds. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    void randomUnicodeNeverBreaksThePipeline(@ForAll("unicode") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    void diplomaticWordSaladNeverBreaksThePipeline(@ForAll("wordSalad") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void shuffledSentencesOfRealArticles(@ForAll("shuffled") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void realArticlesCutAtRandomOffsets(@ForAll("truncated") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void realArticlesWithRandomEdits(@ForAll("mutated") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void longNamesRepeatedWordsAndUnbalancedQuotes(@ForAll("pathological") String text) {
        PipelineInvariants.holdFor(text, LIMIT);
    }

    /**
     * Lines of 20,000 to 200,000 characters; the limit grows with the length. The line is built here
     * from its parts so that a failure report shows the parts, not 200 kB of text.
     */
    @Property(tries = 5, shrinking = ShrinkingMode.OFF)
    void hugeSingleLines(@ForAll("lineUnits") List<String> units, @ForAll @IntRange(min = 20_000, max = 200_000) int length,
                         @ForAll("lineSeparators") String separator) {
        String text = FuzzText.hugeLine(units, length, separator);
        PipelineInvariants.holdFor(text, LIMIT.plusMillis(text.length() / 10));
    }

    @Provide Arbitrary<String> unicode() { return FuzzText.unicodeTexts(); }
    @Provide Arbitrary<String> wordSalad() { return FuzzText.wordSalad(); }
    @Provide Arbitrary<String> shuffled() { return FuzzText.shuffledSentences(); }
    @Provide Arbitrary<String> truncated() { return FuzzText.truncatedArticles(); }
    @Provide Arbitrary<String> mutated() { return FuzzText.mutatedArticles(); }
    @Provide Arbitrary<String> pathological() { return FuzzText.pathological(); }
    @Provide Arbitrary<List<String>> lineUnits() { return FuzzText.lineUnits(); }
    @Provide Arbitrary<String> lineSeparators() { return FuzzText.lineSeparators(); }
}
