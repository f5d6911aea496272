package org.parley.extract;

import java.util.List;
import java.util.Locale;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** One sentence with its resolved mentions, in token order: what the relation extractors read. */
final class SentenceRefs {
    final int index;
    final Sentence sentence;
    final List<Ref> refs;

    SentenceRefs(int index, Sentence sentence, List<Ref> refs) {
        this.index = index;
        this.sentence = sentence;
        this.refs = List.copyOf(refs);
    }

    List<Token> tokens() { return sentence.tokens(); }

    String word(int i) {
        return i >= 0 && i < sentence.tokens().size() ? sentence.tokens().get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    /** The ref that starts at token i, or null. */
    Ref refAt(int i) {
        for (Ref r : refs) if (r.start() == i) return r;
        return null;
    }

    /** The ref that ends just before token i, or null. */
    Ref refEndingAt(int i) {
        for (Ref r : refs) if (r.end() == i) return r;
        return null;
    }

    Ref refCovering(int i) {
        for (Ref r : refs) if (i >= r.start() && i < r.end()) return r;
        return null;
    }
}
