package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;

/** The parser reads a sentence without its ", respectively," aside; the aside hangs on the word before it. */
class AsideSkippingParserTest {
    private static final Annotator TOKENS = new OpenNlpAnnotator();

    /** A parser that remembers the words it was given and chains each word to the next. */
    private static final class RecordingParser implements DependencyParser {
        final List<String> seen = new ArrayList<>();

        @Override
        public Dependencies parse(Sentence s) {
            int n = s.tokens().size();
            int[] heads = new int[n];
            String[] labels = new String[n], lemmas = new String[n], tags = new String[n];
            for (int i = 0; i < n; i++) {
                seen.add(s.tokens().get(i).text());
                heads[i] = i + 1 < n ? i + 1 : Dependencies.ROOT;
                labels[i] = i + 1 < n ? "dep" : "root";
                lemmas[i] = s.tokens().get(i).text();
                tags[i] = "X";
            }
            return new Dependencies(heads, labels, lemmas, tags);
        }
    }

    private static Sentence sentence(String text) {
        return TOKENS.annotate(new Article("a", text, null, null, null)).sentences().get(0);
    }

    @Test
    void theAsideAndItsCommasAreNotParsedAndHangOnTheWordBefore() {
        RecordingParser inner = new RecordingParser();
        Sentence s = sentence("Ana and Luis, respectively, called on Quito.");
        Dependencies d = new AsideSkippingParser(inner).parse(s);
        assertEquals(List.of("Ana", "and", "Luis", "called", "on", "Quito", "."), inner.seen);
        assertEquals(s.tokens().size(), d.size());
        // "Luis" (2) was followed by "called" (6) in what the parser read
        assertEquals(6, d.head(2));
        assertEquals(2, d.head(4));
        assertEquals("advmod", d.label(4));
        assertEquals("punct", d.label(3));
        assertEquals(2, d.head(5));
        assertEquals(Dependencies.ROOT, d.head(9));
    }

    @Test
    void aSentenceWithoutAnAsideIsParsedAsItIs() {
        RecordingParser inner = new RecordingParser();
        new AsideSkippingParser(inner).parse(sentence("Ana called on Quito, respectfully."));
        assertEquals(List.of("Ana", "called", "on", "Quito", ",", "respectfully", "."), inner.seen);
    }
}
