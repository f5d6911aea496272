package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;

/** Which sentences get a parse: those worth it, within a bound per article. */
class ParsingAnnotatorTest {
    private static final Annotator TOKENS = new OpenNlpAnnotator();

    /** A parser that counts its calls and makes every word the root's child. */
    private static final class CountingParser implements DependencyParser {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Dependencies parse(Sentence s) {
            calls.incrementAndGet();
            int n = s.tokens().size();
            int[] heads = new int[n];
            String[] labels = new String[n], lemmas = new String[n], tags = new String[n];
            for (int i = 0; i < n; i++) {
                heads[i] = Dependencies.ROOT;
                labels[i] = "root";
                lemmas[i] = s.tokens().get(i).text();
                tags[i] = s.tokens().get(i).pos();
            }
            return new Dependencies(heads, labels, lemmas, tags);
        }
    }

    @Test
    void onlySentencesWorthParsingAreParsed() {
        CountingParser parser = new CountingParser();
        Annotator a = new ParsingAnnotator(TOKENS, parser, s -> s.text().contains("invited"));
        List<Sentence> out = a.annotate(new Article("a", "Kenya invited Ghana. The weather was fine.", null, null, null)).sentences();
        assertNotNull(out.get(0).dependencies());
        assertNull(out.get(1).dependencies());
        assertEquals(1, parser.calls.get());
    }

    @Test
    void aHugeArticleIsParsedOnlyUpToItsBound() {
        CountingParser parser = new CountingParser();
        Annotator a = new ParsingAnnotator(TOKENS, parser, s -> true);
        String text = "Kenya invited Ghana to the talks.\n".repeat(ParsingAnnotator.MAX_SENTENCES + 50);
        a.annotate(new Article("huge", text, null, null, null));
        assertEquals(ParsingAnnotator.MAX_SENTENCES, parser.calls.get());
    }

    @Test
    void aRunOnPieceLongerThanAnySentenceIsNotParsed() {
        CountingParser parser = new CountingParser();
        Annotator a = new ParsingAnnotator(TOKENS, parser, s -> true);
        String line = "Kenya invited Ghana and Togo, ".repeat(50); // 300 tokens: one piece, twice the bound
        a.annotate(new Article("line", line, null, null, null));
        assertEquals(0, parser.calls.get());
    }
}
