package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;

/**
 * Very large articles go through the whole pipeline in time linear in their size, within the test
 * JVM's 2 GB heap (surefire's argLine). On an idle 2-core machine a 1 MB line takes about 10 s and
 * 5 MB of lines about 30 s; the limits leave room for a loaded CI runner. Before the fixes a 200 kB
 * line took minutes (one sentence of 40,000 tokens) and 5 MB of lines spent most of its time
 * comparing every description with every office-holder.
 */
class LargeArticleTest {
    static final Duration ONE_MEGABYTE_LINE_LIMIT = Duration.ofSeconds(90);
    static final Duration FIVE_MEGABYTES_OF_LINES_LIMIT = Duration.ofSeconds(180);

    @Test
    void aOneMegabyteSingleLineIsProcessed() {
        StringBuilder line = new StringBuilder(1_100_000);
        for (int i = 0; line.length() < 1_000_000; i++) {
            line.append(CorpusSamples.SENTENCES.get(i % CorpusSamples.SENTENCES.size())).append(' ');
        }
        assertFalse(line.toString().contains("\n"));
        ArticleGraph graph = assertTimeoutPreemptively(ONE_MEGABYTE_LINE_LIMIT,
                () -> SharedPipeline.PIPELINE.process(new Article("one-line", line.toString(), null, null, null)));
        assertTrue(graph.model().listSubjectsWithProperty(DIP.article).toList().size() > 0,
                "the real sentences in the line still give relations");
    }

    @Test
    void fiveMegabytesOfLinesAreProcessed() {
        StringBuilder text = new StringBuilder(5_200_000);
        for (int i = 0; text.length() < 5_000_000; i++) {
            text.append(CorpusSamples.ARTICLES.get(i % CorpusSamples.ARTICLES.size())).append('\n');
        }
        Article article = new Article("many-lines", text.toString(), null, null, null);
        ArticleGraph graph = assertTimeoutPreemptively(FIVE_MEGABYTES_OF_LINES_LIMIT,
                () -> SharedPipeline.PIPELINE.process(article));
        assertEquals(text.length(), graph.model().getResource(graph.graphIri()).getProperty(DIP.text).getString().length());
        assertTrue(graph.model().listSubjectsWithProperty(DIP.article).toList().size() > 0);
    }
}
